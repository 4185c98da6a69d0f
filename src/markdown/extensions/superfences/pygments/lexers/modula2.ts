/**
 * Pygments' Modula2Lexer (pygments/lexers/modula2.py, Pygments 2.20), rule for rule: one rule
 * table for every dialect, then a pass that types names by the dialect's word sets (reserved
 * words, builtins, standard library names) and marks what the dialect lacks as `Error` (prefixed
 * numbers in PIM and ISO, suffixed ones in R10, `//` comments, the other dialect's pragmas). The
 * dialect comes from the `dialect` option or the first dialect tag in the text (`(*!m2iso*)`);
 * without either, every dialect's words count. The `style` option `algol` (or `algol_nu`)
 * lowercases keywords and builtins and writes `#`, `<=`, `>=`, `==`, `*.` as `≠ ≤ ≥ ≡ •`;
 * `treat_stdlib_adts_as_builtins` (default on) makes R10's ADTs pseudo builtins, else namespaces.
 *
 *     PROCEDURE Add(a, b : INTEGER) : INTEGER;   ->   <kr>PROCEDURE</kr> <n>Add</n><p>(</p><n>a</n><p>,</p> <n>b</n> <p>:</p> <nb>INTEGER</nb><p>)</p> <p>:</p> <nb>INTEGER</nb><p>;</p>
 */
import { compileLexer, include, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import { MODULA2_DIALECTS, type Modula2Words } from './modula2-words.ts';
import { booleanOption, listOption } from './options.ts';

const DIALECTS = Object.keys(MODULA2_DIALECTS);

/** A dialect's sets, built once per lexer. */
interface Dialect {
  readonly name: string;
  readonly sets: { readonly [K in keyof Modula2Words]: ReadonlySet<string> };
}

function dialect(name: string): Dialect {
  const words = MODULA2_DIALECTS[name];
  const set = (kind: keyof Modula2Words): ReadonlySet<string> => new Set(words?.[kind]);
  return {
    name,
    sets: {
      reject: set('reject'), reserved: set('reserved'), builtins: set('builtins'), pseudoBuiltins: set('pseudoBuiltins'),
      adts: set('adts'), modules: set('modules'), types: set('types'), procedures: set('procedures'),
      variables: set('variables'), constants: set('constants'),
    },
  };
}

/** get_dialect_from_dialect_tag: `(*!m2iso*)` -> `m2iso`; a tag naming no dialect -> `unknown`. */
function dialectOfTag(tag: string): string {
  if (tag.length <= 5 || !tag.startsWith('(*!') || !tag.endsWith('*)')) return 'unknown';
  const indicator = tag.slice(3, -2);
  return DIALECTS.slice(1).includes(indicator) ? indicator : 'unknown';
}

const ALGOL_SYMBOLS: Readonly<Record<string, string>> = { '#': '≠', '<=': '≤', '>=': '≥', '==': '≡', '*.': '•' };
const PIM_OR_ISO = (name: string): boolean => !['unknown', 'm2r10', 'objm2'].includes(name);

const modula2Definition: LexerDefinition = {
  name: 'Modula-2',
  aliases: ['modula2', 'm2'],
  flags: 'ms',
  tokens: {
    whitespace: [
      [String.raw`\n+`, 'Text'],
      [String.raw`\s+`, 'Text'],
    ],
    dialecttags: [
      [String.raw`\(\*!m2pim\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2iso\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2r10\*\)`, 'Comment.Special'],
      [String.raw`\(\*!objm2\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2iso\+aglet\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2pim\+gm2\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2iso\+p1\*\)`, 'Comment.Special'],
      [String.raw`\(\*!m2iso\+xds\*\)`, 'Comment.Special'],
    ],
    identifiers: [
      [String.raw`([a-zA-Z_$][\w$]*)`, 'Name'],
    ],
    prefixed_number_literals: [
      [String.raw`0b[01]+(\'[01]+)*`, 'Literal.Number.Bin'],
      [String.raw`0[ux][0-9A-F]+(\'[0-9A-F]+)*`, 'Literal.Number.Hex'],
    ],
    plain_number_literals: [
      [String.raw`[0-9]+(\'[0-9]+)*\.[0-9]+(\'[0-9]+)*[eE][+-]?[0-9]+(\'[0-9]+)*`, 'Literal.Number.Float'],
      [String.raw`[0-9]+(\'[0-9]+)*\.[0-9]+(\'[0-9]+)*`, 'Literal.Number.Float'],
      [String.raw`[0-9]+(\'[0-9]+)*`, 'Literal.Number.Integer'],
    ],
    suffixed_number_literals: [
      ['[0-7]+B', 'Literal.Number.Oct'],
      ['[0-7]+C', 'Literal.Number.Oct'],
      ['[0-9A-F]+H', 'Literal.Number.Hex'],
    ],
    string_literals: [
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
    ],
    digraph_operators: [
      [String.raw`\*\.`, 'Operator'],
      [String.raw`\+>`, 'Operator'],
      ['<>', 'Operator'],
      ['<=', 'Operator'],
      ['>=', 'Operator'],
      ['==', 'Operator'],
      ['::', 'Operator'],
      [':=', 'Operator'],
      [String.raw`\+\+`, 'Operator'],
      ['--', 'Operator'],
    ],
    unigraph_operators: [
      ['[+-]', 'Operator'],
      ['[*/]', 'Operator'],
      [String.raw`\\`, 'Operator'],
      ['[=#<>]', 'Operator'],
      [String.raw`\^`, 'Operator'],
      ['@', 'Operator'],
      ['&', 'Operator'],
      ['~', 'Operator'],
      ['`', 'Operator'],
    ],
    digraph_punctuation: [
      [String.raw`\.\.`, 'Punctuation'],
      ['<<', 'Punctuation'],
      ['>>', 'Punctuation'],
      ['->', 'Punctuation'],
      [String.raw`\|#`, 'Punctuation'],
      ['##', 'Punctuation'],
      [String.raw`\|\*`, 'Punctuation'],
    ],
    unigraph_punctuation: [
      [String.raw`[()\[\]{},.:;|]`, 'Punctuation'],
      ['!', 'Punctuation'],
      [String.raw`\?`, 'Punctuation'],
    ],
    comments: [
      [String.raw`^//.*?\n`, 'Comment.Single'],
      [String.raw`\(\*([^$].*?)\*\)`, 'Comment.Multiline'],
      [String.raw`/\*(.*?)\*/`, 'Comment.Multiline'],
    ],
    pragmas: [
      [String.raw`<\*.*?\*>`, 'Comment.Preproc'],
      [String.raw`\(\*\$.*?\*\)`, 'Comment.Preproc'],
    ],
    root: [
      include('whitespace'),
      include('dialecttags'),
      include('pragmas'),
      include('comments'),
      include('identifiers'),
      include('suffixed_number_literals'),
      include('prefixed_number_literals'),
      include('plain_number_literals'),
      include('string_literals'),
      include('digraph_punctuation'),
      include('digraph_operators'),
      include('unigraph_punctuation'),
      include('unigraph_operators'),
    ],
  },
};

/** Modula2Lexer with its options; each text starts from the option's dialect, as each Pygments lexer instance does. */
function createModula2Lexer(byName: (alias: string) => Lexer | undefined, options: Readonly<Record<string, unknown>>): Lexer {
  const lexer = compileLexer(modula2Definition, byName);
  // the first dialect option that names a dialect; `m2iso+xds` only by tag, as in Pygments
  const initial = listOption(options['dialect'], []).find((name) => DIALECTS.slice(1, -1).includes(name)) ?? 'unknown';
  const styles = listOption(options['style'], []);
  const algol = styles.includes('algol') || styles.includes('algol_nu');
  const adtsAsBuiltins = booleanOption(options['treat_stdlib_adts_as_builtins'], true);
  return {
    ...lexer,
    *tokensUnprocessed(text, stack) {
      let current = dialect(initial);
      let setByTag = false;
      for (const [index, type, text0] of lexer.tokensUnprocessed(text, stack)) {
        let token: TokenType = type;
        let value = text0;
        if (!setByTag && token === 'Comment.Special') {
          const indicated = dialectOfTag(value);
          if (indicated !== 'unknown') {
            current = dialect(indicated);
            setByTag = true;
          }
        }
        const { sets, name } = current;
        if (token === 'Name') {
          const lower = (): string => (algol ? value.toLowerCase() : value);
          if (sets.reserved.has(value)) [token, value] = ['Keyword.Reserved', lower()];
          else if (sets.builtins.has(value)) [token, value] = ['Name.Builtin', lower()];
          else if (sets.pseudoBuiltins.has(value)) [token, value] = ['Name.Builtin.Pseudo', lower()];
          else if (sets.adts.has(value)) [token, value] = adtsAsBuiltins ? ['Name.Builtin.Pseudo', lower()] : ['Name.Namespace', value];
          else if (sets.modules.has(value)) token = 'Name.Namespace';
          else if (sets.types.has(value)) token = 'Name.Class';
          else if (sets.procedures.has(value)) token = 'Name.Function';
          else if (sets.variables.has(value)) token = 'Name.Variable';
          else if (sets.constants.has(value)) token = 'Name.Constant';
        } else if (token.startsWith('Literal.Number')) {
          // prefixed literals are errors in PIM and ISO; octal, suffixed hex and `E` reals in R10 and ObjM2
          if (PIM_OR_ISO(name)) {
            if (value.includes("'") || ['0b', '0x', '0u'].includes(value.slice(0, 2))) token = 'Error';
          } else if (name === 'm2r10' || name === 'objm2') {
            if (token === 'Literal.Number.Oct') token = 'Error';
            else if (token === 'Literal.Number.Hex' && value.includes('H')) token = 'Error';
            else if (token === 'Literal.Number.Float' && value.includes('E')) token = 'Error';
          }
        } else if (token.startsWith('Comment')) {
          // `//` comments are errors in PIM and ISO; ISO pragmas in PIM; PIM pragmas are comments elsewhere
          if (token === 'Comment.Single' && PIM_OR_ISO(name)) token = 'Error';
          if (token === 'Comment.Preproc') {
            if (value.startsWith('<*') && name.startsWith('m2pim')) token = 'Error';
            else if (value.startsWith('(*$') && name !== 'unknown' && !name.startsWith('m2pim')) token = 'Comment.Multiline';
          }
        } else {
          if (sets.reject.has(value)) token = 'Error';
          if (algol) value = ALGOL_SYMBOLS[value] ?? value;
        }
        yield [index, token, value];
      }
    },
    withOptions: (given) => createModula2Lexer(byName, given),
  };
}

export const modula2Lexer: LexerFactory = {
  name: 'Modula-2',
  aliases: ['modula2', 'm2'],
  create: (byName) => createModula2Lexer(byName, {}),
};
