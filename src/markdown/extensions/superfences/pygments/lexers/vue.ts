/**
 * Pygments' VueLexer (pygments/lexers/html.py, Pygments 2.20.0): HtmlLexer with `{{ }}`
 * interpolations and directive attributes (`v-if`, `:prop`, `@event`, `v-bind:[key]`) whose
 * values are lexed by JavaScriptLexer.
 *
 *     <p v-if="ok">{{ n + 1 }}</p>   ->   <p><</p><nt>p</nt> <na>v-if</na><o>=</o><s>"</s><nx>ok</nx><s>"</s><p>></p><cp>{{</cp>...
 */
import { using } from '../delegation.ts';
import { bygroups, type Callback, type LexerDefinition } from '../regex-lexer.ts';
import { htmlLexer } from './html.ts';

const P = 'Punctuation';

/** `using(this, state=['name'])`: a list is the whole stack, so no `root` below `name`. */
const usingName: Callback = function* (lexer, match) {
  for (const [index, type, value] of lexer.tokensUnprocessed(match.text, ['name'])) yield [index + match.start, type, value];
};

export const vueLexer: LexerDefinition = {
  name: 'Vue',
  aliases: ['vue'],
  flags: 'is',
  tokens: {
    ...htmlLexer.tokens,
    root: [
      [String.raw`(\{\{)(.*?)(\}\})`, bygroups('Comment.Preproc', using('javascript'), 'Comment.Preproc')],
      ['[^<&{]+', 'Text'],
      ...(htmlLexer.tokens['root'] ?? []),
    ],
    tag: [
      [String.raw`\s+`, 'Text'],
      [String.raw`((?:[@:]|v-)(?:[.\w:-]|\[[^\]]*?\])+\s*)(=)(\s*)`, bygroups(usingName, 'Operator', 'Text'), 'attr-directive'],
      [String.raw`([\w:-]+\s*)(=)(\s*)`, bygroups('Name.Attribute', 'Operator', 'Text'), 'attr'],
      [String.raw`[\w:-]+`, 'Name.Attribute'],
      [String.raw`(/?)(\s*)(>)`, bygroups(P, 'Text', P), '#pop'],
    ],
    name: [
      [String.raw`[\w-]+`, 'Name.Attribute'],
      ['[:@.]', P],
      [String.raw`(\[)([^\]]*?)(\])`, bygroups('Comment.Preproc', using('javascript'), 'Comment.Preproc')],
    ],
    'attr-directive': [
      [String.raw`(["\'])(.*?)(\1)`, bygroups('Literal.String', using('javascript'), 'Literal.String'), '#pop'],
      [String.raw`[^\s>]+`, using('javascript'), '#pop'],
    ],
  },
};
