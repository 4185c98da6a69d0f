/**
 * Pygments' token types and the short CSS class HtmlFormatter gives each (pygments/token.py
 * STANDARD_TYPES). A type is its dotted path from the root `Token`: `String.Double` is
 * `Literal.String.Double`, `Whitespace` is `Text.Whitespace`. Plain `Text` has no class, so
 * HtmlFormatter writes it without a span: `echo<span class="w"> </span>hi`.
 */

const STANDARD_TYPES = [
  ['', ''], ['Text', ''], ['Text.Whitespace', 'w'], ['Escape', 'esc'], ['Error', 'err'], ['Other', 'x'],
  ['Keyword', 'k'], ['Keyword.Constant', 'kc'], ['Keyword.Declaration', 'kd'], ['Keyword.Namespace', 'kn'],
  ['Keyword.Pseudo', 'kp'], ['Keyword.Reserved', 'kr'], ['Keyword.Type', 'kt'], ['Name', 'n'],
  ['Name.Attribute', 'na'], ['Name.Builtin', 'nb'], ['Name.Builtin.Pseudo', 'bp'], ['Name.Class', 'nc'],
  ['Name.Constant', 'no'], ['Name.Decorator', 'nd'], ['Name.Entity', 'ni'], ['Name.Exception', 'ne'],
  ['Name.Function', 'nf'], ['Name.Function.Magic', 'fm'], ['Name.Property', 'py'], ['Name.Label', 'nl'],
  ['Name.Namespace', 'nn'], ['Name.Other', 'nx'], ['Name.Tag', 'nt'], ['Name.Variable', 'nv'],
  ['Name.Variable.Class', 'vc'], ['Name.Variable.Global', 'vg'], ['Name.Variable.Instance', 'vi'],
  ['Name.Variable.Magic', 'vm'], ['Literal', 'l'], ['Literal.Date', 'ld'], ['Literal.String', 's'],
  ['Literal.String.Affix', 'sa'], ['Literal.String.Backtick', 'sb'], ['Literal.String.Char', 'sc'],
  ['Literal.String.Delimiter', 'dl'], ['Literal.String.Doc', 'sd'], ['Literal.String.Double', 's2'],
  ['Literal.String.Escape', 'se'], ['Literal.String.Heredoc', 'sh'], ['Literal.String.Interpol', 'si'],
  ['Literal.String.Other', 'sx'], ['Literal.String.Regex', 'sr'], ['Literal.String.Single', 's1'],
  ['Literal.String.Symbol', 'ss'], ['Literal.Number', 'm'], ['Literal.Number.Bin', 'mb'],
  ['Literal.Number.Float', 'mf'], ['Literal.Number.Hex', 'mh'], ['Literal.Number.Integer', 'mi'],
  ['Literal.Number.Integer.Long', 'il'], ['Literal.Number.Oct', 'mo'], ['Operator', 'o'],
  ['Operator.Word', 'ow'], ['Punctuation', 'p'], ['Punctuation.Marker', 'pm'], ['Comment', 'c'],
  ['Comment.Hashbang', 'ch'], ['Comment.Multiline', 'cm'], ['Comment.Preproc', 'cp'],
  ['Comment.PreprocFile', 'cpf'], ['Comment.Single', 'c1'], ['Comment.Special', 'cs'], ['Generic', 'g'],
  ['Generic.Deleted', 'gd'], ['Generic.Emph', 'ge'], ['Generic.Error', 'gr'], ['Generic.Heading', 'gh'],
  ['Generic.Inserted', 'gi'], ['Generic.Output', 'go'], ['Generic.Prompt', 'gp'], ['Generic.Strong', 'gs'],
  ['Generic.Subheading', 'gu'], ['Generic.EmphStrong', 'ges'], ['Generic.Traceback', 'gt'],
] as const;

type StandardType = Exclude<(typeof STANDARD_TYPES)[number][0], ''>;

/**
 * Every type a lexer may emit: a standard one, or a subtype of one that Pygments creates on the
 * fly (`Punctuation.Indicator`, `Generic.Prompt.VirtualEnv`), whose class is derived below. A type
 * made right under the root (LilyPond's `Token.Pitch`) is written with its `Token.` prefix.
 */
export type TokenType = StandardType | `${StandardType}.${string}` | `Token.${string}`;

const CLASSES: ReadonlyMap<string, string> = new Map(STANDARD_TYPES);

/**
 * The classes HtmlFormatter writes for a token type ('' means no span). A non-standard type gets
 * its own class (nearest standard ancestor's class plus one `-Part` per level below it), then each
 * ancestor's up to a standard one, as _get_css_classes does: `Literal.Scalar.Plain` ->
 * `l l-Scalar l-Scalar-Plain`. Below `Text` or the root, whose class is empty, the list starts
 * with a space: `Text.Symbol` -> ` -Symbol`, `Token.Number.Fraction` -> ` -Number -Number-Fraction`.
 */
export function cssClass(type: TokenType): string {
  const standard = CLASSES.get(type);
  if (standard !== undefined) return standard;
  const parts = type.startsWith('Token.') ? type.split('.').slice(1) : type.split('.');
  const isStandard = (depth: number): boolean => CLASSES.has(parts.slice(0, depth).join('.'));
  // _get_ttype_class: the nearest standard ancestor's class, then `-Part` for each level below it
  const ownClass = (depth: number): string => {
    let base = depth;
    while (base > 0 && !isStandard(base)) base--;
    return (CLASSES.get(parts.slice(0, base).join('.')) ?? '') + parts.slice(base, depth).map((part) => `-${part}`).join('');
  };
  let depth = parts.length;
  let classes = ownClass(depth);
  while (!isStandard(depth)) classes = `${ownClass(--depth)} ${classes}`;
  return classes;
}

const TYPES_BY_CLASS: ReadonlyMap<string, string> = new Map(STANDARD_TYPES.filter(([, name]) => name !== '').map(([type, name]): [string, string] => [name, type]));

/** The token type path HtmlFormatter gave a class to (`c1` -> `Comment.Single`), for styles that need the hierarchy. */
export function tokenTypeOfClass(className: string): string | undefined {
  return TYPES_BY_CLASS.get(className);
}
