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
import { doInsertions, using, type Insertion } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import { bygroups, compileLexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';

export const baseMakefileLexer: LexerDefinition = {
  name: 'Base Makefile',
  aliases: ['basemake'],
  tokens: {
    root: [
      // recipes (need to allow spaces because of expandtabs)
      [String.raw`^(?:[\t ]+.*\n|\n)+`, using('bash')],
      // special variables
      [String.raw`\$[<@$+%?|*]`, 'Keyword'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`#.*?\n`, 'Comment'],
      [String.raw`((?:un)?export)(\s+)(?=[\w\${}\t -]+\n)`, bygroups('Keyword', 'Text.Whitespace'), 'export'],
      [String.raw`(?:un)?export\s+`, 'Keyword'],
      // assignment
      [
        String.raw`([\w\${}().-]+)(\s*)([!?:+]?=)([ \t]*)((?:.*\\\n)+|.*\n)`,
        bygroups('Name.Variable', 'Text.Whitespace', 'Operator', 'Text.Whitespace', using('bash')),
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

/** BSD make, GNU make and Automake directives (r_special), matched at a line start as re.match does. */
const SPECIAL = pythonRegExp(
  String.raw`^(?:\.\s*(include|undef|error|warning|if|else|elif|endif|for|endfor)|` +
    String.raw`\s*(ifeq|ifneq|ifdef|ifndef|else|endif|-?include|define|endef|:|vpath)|` +
    String.raw`\s*(if|else|endif))(?=\s)`,
  '',
  false,
);
const COMMENT = pythonRegExp(String.raw`^\s*@?#`, '', false);
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
          if (matchesAtStart(SPECIAL, line) || continued) {
            insertions.push([done.length, [[0, 'Comment.Preproc', line]]]);
            continued = pythonStrip(line).endsWith('\\');
          } else if (matchesAtStart(COMMENT, line)) {
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

/** The sticky regex matches at the start of `line`. */
function matchesAtStart(regex: RegExp, line: string): boolean {
  regex.lastIndex = 0;
  return regex.test(line);
}

/** str.strip(): Python's whitespace, which has U+001C-U+001F and U+0085 but not U+FEFF. */
function pythonStrip(value: string): string {
  const space = String.raw`[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]`;
  return value.replace(new RegExp(`^${space}+|${space}+$`, 'gu'), '');
}
