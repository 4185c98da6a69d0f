/**
 * Pygments' BaseMakefileLexer and MakefileLexer (pygments/lexers/make.py, Pygments 2.20).
 * BaseMakefileLexer is a rule table whose recipes and assigned values are lexed as Bash;
 * MakefileLexer first takes out the conditional and include lines (and the lines a trailing
 * backslash continues) as `Comment.Preproc`, comment lines as `Comment`, lexes the rest with
 * BaseMakefileLexer and splices those lines back in (do_insertions).
 *
 *     ifdef DEBUG        ->   <cp>ifdef DEBUG</cp>
 *     all: main.o        ->   <nf>all</nf><o>:</o><w> </w><n>main</n>.<n>o</n>
 */
import { doInsertions, usingLexer, type Insertion } from '../delegation.ts';
import { bygroups, compileLexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';

export const baseMakefileLexer: LexerDefinition = {
  name: 'Base Makefile',
  aliases: ['basemake'],
  tokens: {
    root: [
      // recipes (need to allow spaces because of expandtabs)
      [String.raw`^(?:[\t ]+.*\n|\n)+`, usingLexer('bash')],
      // special variables
      [String.raw`\$[<@$+%?|*]`, 'Keyword'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#.*?\n`, 'Comment'],
      [String.raw`((?:un)?export)(\s+)(?=[\w\${}\t -]+\n)`, bygroups('Keyword', 'Text.Whitespace'), 'export'],
      [String.raw`(?:un)?export\s+`, 'Keyword'],
      // assignment
      [
        String.raw`([\w\${}().-]+)(\s*)([!?:+]?=)([ \t]*)((?:.*\\\n)+|.*\n)`,
        bygroups('Name.Variable', 'Text.Whitespace', 'Operator', 'Text.Whitespace', usingLexer('bash')),
      ],
      // strings
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      // targets
      [String.raw`([^\n:]+)(:+)([ \t]*)`, bygroups('Name.Function', 'Operator', 'Text.Whitespace'), 'block-header'],
      // expansions
      [String.raw`\$\(`, 'Keyword', 'expansion'],
    ],
    expansion: [
      [String.raw`[^\w$().-]+`, 'Text'],
      [String.raw`[\w.-]+`, 'Name.Variable'],
      [String.raw`\$`, 'Keyword'],
      [String.raw`\(`, 'Keyword', '#push'],
      [String.raw`\)`, 'Keyword', '#pop'],
    ],
    export: [
      [String.raw`[\w\${}-]+`, 'Name.Variable'],
      [String.raw`\n`, 'Text', '#pop'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    'block-header': [
      ['[,|]', 'Punctuation'],
      [String.raw`#.*?\n`, 'Comment', '#pop'],
      [String.raw`\\\n`, 'Text'], // line continuation
      [String.raw`\$\(`, 'Keyword', 'expansion'],
      ['[a-zA-Z_]+', 'Name'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ['.', 'Text'],
    ],
  },
};

/** BSD make, GNU make and Automake directives; Python's `re.match` of r_special, no flags. */
const SPECIAL = new RegExp(
  String.raw`^(?:\.\s*(include|undef|error|warning|if|else|elif|endif|for|endfor)|` +
    String.raw`\s*(ifeq|ifneq|ifdef|ifndef|else|endif|-?include|define|endef|:|vpath)|` +
    String.raw`\s*(if|else|endif))(?=\s)`,
  'u',
);
const COMMENT = /^\s*@?#/u;
/** str.splitlines(keepends=True): Python also ends lines at \v, \f, \x1c-\x1e, \x85, \u2028/9. */
const LINE = /[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])?/gu;

export const makefileLexer: LexerFactory = {
  name: 'Makefile',
  aliases: ['make', 'makefile', 'mf', 'bsdmake'],
  create(byName) {
    const base = compileLexer(baseMakefileLexer, byName);
    return {
      name: 'Makefile',
      byName,
      *tokensUnprocessed(text) {
        const insertions: Insertion[] = [];
        let done = '';
        let continued = false;
        for (const [line] of text.matchAll(LINE)) {
          if (line === '') continue;
          if (SPECIAL.test(line) || continued) {
            insertions.push([done.length, [[0, 'Comment.Preproc', line]]]);
            continued = pythonStrip(line).endsWith('\\');
          } else if (COMMENT.test(line)) {
            insertions.push([done.length, [[0, 'Comment', line]]]);
          } else {
            done += line;
          }
        }
        yield* doInsertions(insertions, base.tokensUnprocessed(done));
      },
    };
  },
};

/** str.strip(): Python's whitespace, which also counts \x1c-\x1f as space. */
function pythonStrip(value: string): string {
  return value.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu, '');
}
