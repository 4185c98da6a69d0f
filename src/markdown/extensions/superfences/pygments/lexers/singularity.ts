/**
 * Pygments' SingularityLexer (pygments/lexers/configs.py, Pygments 2.20.0), rule for rule:
 * Singularity/Apptainer definition files; `%post`-style sections are lexed as Bash.
 *
 *     Bootstrap: docker   ->   <k>Bootstrap</k>:<w> </w>docker
 */
import { using } from '../delegation.ts';
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const singularityLexer: LexerDefinition = {
  name: 'Singularity',
  aliases: ['singularity'],
  flags: 'mis',
  tokens: {
    root: [
      [String.raw`^(%(?:pre|post|setup|environment|help|labels|test|runscript|files|startscript))(\s*)`, bygroups('Generic.Heading', 'Text.Whitespace'), 'script'],
      [String.raw`^(%app(?:install|help|run|labels|env|test|files))(\s*)`, bygroups('Generic.Heading', 'Text.Whitespace'), 'script'],
      [String.raw`^(\s*)(bootstrap|from|osversion|mirrorurl|include|registry|namespace|includecmd)(:)`, bygroups('Text.Whitespace', 'Keyword', 'Text')],
      [String.raw`\s*#.*?\n`, 'Comment'],
      [String.raw`\b(([0-9]+\.?[0-9]*)|(\.[0-9]+))\b`, 'Literal.Number'],
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      [String.raw`(?!^\s*%).`, 'Text'],
    ],
    script: [
      [String.raw`(.+?(?=^\s*%))|(.*)`, using('bash'), '#pop'],
    ],
  },
};
