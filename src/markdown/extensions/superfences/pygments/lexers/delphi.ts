/**
 * Pygments' DelphiLexer (pygments/lexers/pascal.py, Pygments 2.20.0), step for step. It is no
 * RegexLexer: a Scanner tries one pattern after another (re.DOTALL | re.MULTILINE |
 * re.IGNORECASE) and a few flags remember what came before, so the name after `procedure` is a
 * function, names after `label` are labels, and `read`/`write` are pseudo keywords in a property.
 *
 *     procedure Foo.Bar;   ->   <k>procedure</k><w> </w><nc>Foo</nc><o>.</o><nf>Bar</nf><o>;</o>
 */
import { pythonRegExp } from '../python-regex.ts';
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import {
  ASM_INSTRUCTIONS, ASM_REGISTERS, BLOCK_KEYWORDS, BUILTIN_TYPES, BUILTIN_UNITS, DELPHI_KEYWORDS, DIRECTIVES,
  FREE_PASCAL_KEYWORDS, FUNCTION_MODIFIERS, PORTUGOL_BUILTIN_TYPES, PORTUGOL_KEYWORDS, TURBO_PASCAL_KEYWORDS,
} from './delphi-words.ts';
import { booleanOption, listOption } from './options.ts';

/** The options DelphiLexer reads (get_bool_opt / get_list_opt). */
interface DelphiOptions {
  readonly portugol?: unknown;
  readonly turbopascal?: unknown;
  readonly delphi?: unknown;
  readonly freepascal?: unknown;
  readonly units?: unknown;
}

const BLOCK = new Set(BLOCK_KEYWORDS);
const MODIFIERS = new Set(FUNCTION_MODIFIERS);
const DIRECTIVE_SET = new Set(DIRECTIVES);
const TYPES = new Set(BUILTIN_TYPES);
const PORTUGOL_TYPES = new Set(PORTUGOL_BUILTIN_TYPES);
const REGISTERS = new Set(ASM_REGISTERS);
const INSTRUCTIONS = new Set(ASM_INSTRUCTIONS);
/** Text that Python's str.strip empties (str.isspace characters only). */
const PYTHON_BLANK = pythonRegExp(String.raw`\s*\Z`, '', false);
const isBlank = (text: string): boolean => {
  PYTHON_BLANK.lastIndex = 0;
  return PYTHON_BLANK.test(text);
};

/**
 * pygments.scanner.Scanner: `scan` matches at the position and, only when it matches, moves on
 * and keeps the match (a failed scan leaves the last match in place, which the lexer then yields).
 */
class Scanner {
  pos = 0;
  startPos = 0;
  match = '';
  readonly text: string;
  readonly #cache = new Map<string, RegExp>();
  constructor(text: string) {
    this.text = text;
  }

  get eos(): boolean {
    return this.pos >= this.text.length;
  }

  #regex(pattern: string): RegExp {
    let regex = this.#cache.get(pattern);
    if (regex === undefined) this.#cache.set(pattern, (regex = pythonRegExp(pattern, 'smi', false)));
    regex.lastIndex = this.pos;
    return regex;
  }

  test(pattern: string): boolean {
    return this.#regex(pattern).exec(this.text) !== null;
  }

  scan(pattern: string): boolean {
    const found = this.#regex(pattern).exec(this.text);
    if (found === null) return false;
    this.startPos = found.index;
    this.pos = found.index + found[0].length;
    this.match = found[0];
    return true;
  }

  getChar(): void {
    this.scan('.');
  }
}

function createDelphiLexer(byName: (alias: string) => Lexer | undefined, options: DelphiOptions): Lexer {
  const portugol = booleanOption(options.portugol, false);
  const keywords = new Set<string>();
  const builtins = new Set<string>();
  if (portugol) {
    for (const word of PORTUGOL_KEYWORDS) keywords.add(word);
    for (const word of PORTUGOL_BUILTIN_TYPES) builtins.add(word);
  } else {
    if (booleanOption(options.turbopascal, true)) for (const word of TURBO_PASCAL_KEYWORDS) keywords.add(word);
    if (booleanOption(options.delphi, true)) for (const word of DELPHI_KEYWORDS) keywords.add(word);
    if (booleanOption(options.freepascal, true)) for (const word of FREE_PASCAL_KEYWORDS) keywords.add(word);
    // Pygments raises a KeyError for a unit it does not know; such a unit adds nothing here.
    for (const unit of listOption(options.units, Object.keys(BUILTIN_UNITS))) for (const word of BUILTIN_UNITS[unit] ?? []) builtins.add(word);
  }

  function* tokensUnprocessed(text: string): Generator<Token> {
    const scanner = new Scanner(text);
    const stack = ['initial'];
    let inFunctionBlock = false;
    let inPropertyBlock = false;
    let wasDot = false;
    let nextTokenIsFunction = false;
    let nextTokenIsProperty = false;
    let collectLabels = false;
    let blockLabels = new Set<string>();
    let braceBalance = [0, 0];

    /** A name in the main code: keywords switch the flags above, the flags decide the name's type. */
    const name = (): TokenType => {
      const lowercase = scanner.match.toLowerCase();
      if (lowercase === 'result') return 'Name.Builtin.Pseudo';
      if (keywords.has(lowercase)) {
        // A block keyword (with brackets balanced) ends a function or property header.
        if (portugol) {
          if (lowercase === 'funcao' || lowercase === 'procedimento') {
            inFunctionBlock = true;
            nextTokenIsFunction = true;
          }
          return 'Keyword';
        }
        if ((inFunctionBlock || inPropertyBlock) && BLOCK.has(lowercase) && (braceBalance[0] ?? 0) <= 0 && (braceBalance[1] ?? 0) <= 0) {
          inFunctionBlock = false;
          inPropertyBlock = false;
          braceBalance = [0, 0];
          blockLabels = new Set();
        }
        if (lowercase === 'label' || lowercase === 'goto') collectLabels = true;
        else if (lowercase === 'asm') stack.push('asm');
        else if (lowercase === 'property') {
          inPropertyBlock = true;
          nextTokenIsProperty = true;
        } else if (['procedure', 'operator', 'function', 'constructor', 'destructor'].includes(lowercase)) {
          inFunctionBlock = true;
          nextTokenIsFunction = true;
        }
        return 'Keyword';
      }
      if (!portugol && inFunctionBlock && MODIFIERS.has(lowercase)) return 'Keyword.Pseudo';
      if (!portugol && inPropertyBlock && (lowercase === 'read' || lowercase === 'write')) {
        nextTokenIsFunction = true;
        return 'Keyword.Pseudo';
      }
      if (nextTokenIsFunction) {
        // `Class.Method`: the name before the dot is the class.
        if (!portugol && scanner.test(String.raw`\s*\.\s*`)) return 'Name.Class';
        nextTokenIsFunction = false;
        if (portugol) blockLabels.add(lowercase);
        return 'Name.Function';
      }
      if (!portugol && nextTokenIsProperty) {
        nextTokenIsProperty = false;
        return 'Name.Property';
      }
      if (!portugol && collectLabels) {
        blockLabels.add(lowercase);
        return 'Name.Label';
      }
      if (blockLabels.has(lowercase)) return 'Name.Label';
      if (portugol && PORTUGOL_TYPES.has(lowercase)) return 'Keyword.Type';
      if (!portugol && TYPES.has(lowercase)) return 'Keyword.Type';
      if (!portugol && DIRECTIVE_SET.has(lowercase)) return 'Keyword.Pseudo';
      // A built-in right after a dot is some record's field.
      if (!portugol && !wasDot && builtins.has(lowercase)) return 'Name.Builtin';
      return 'Name';
    };

    const initial = (): TokenType => {
      if (scanner.scan(String.raw`\s+`)) return 'Text.Whitespace';
      // Pygments tests the match for a leading `$`, which a match starting `{` or `(*` never has.
      if (!portugol && scanner.scan(String.raw`\{.*?\}|\(\*.*?\*\)`)) return 'Comment.Multiline';
      if (scanner.scan('//.*?$')) return 'Comment.Single';
      if (portugol && scanner.scan(String.raw`(<\-)|(>=)|(<=)|%|<|>|-|\+|\*|\=|(<>)|\/|\.|:|,`)) return 'Operator';
      if (!portugol && scanner.scan(String.raw`[-+*\/=<>:;,.@\^]`)) {
        // A `;` ends a label list.
        if (collectLabels && scanner.match === ';') collectLabels = false;
        return 'Operator';
      }
      if (scanner.scan(String.raw`[\(\)\[\]]+`)) {
        // `foo = Function(...)` names no function; in a header, count brackets to find its end.
        nextTokenIsFunction = false;
        if (inFunctionBlock || inPropertyBlock) {
          const change = { '(': [1, 0], ')': [-1, 0], '[': [0, 1], ']': [0, -1] }[scanner.match] ?? [0, 0];
          braceBalance = [(braceBalance[0] ?? 0) + (change[0] ?? 0), (braceBalance[1] ?? 0) + (change[1] ?? 0)];
        }
        return 'Punctuation';
      }
      if (scanner.scan('[A-Za-z_][A-Za-z_0-9]*')) return name();
      if (scanner.scan(portugol ? '"' : "'")) {
        stack.push('string');
        return 'Literal.String';
      }
      if (!portugol && scanner.scan(String.raw`\#(\d+|\$[0-9A-Fa-f]+)`)) return 'Literal.String.Char';
      if (!portugol && scanner.scan(String.raw`\$[0-9A-Fa-f]+`)) return 'Literal.Number.Hex';
      if (scanner.scan(String.raw`\d+(?![eE]|\.[^.])`)) return 'Literal.Number.Integer';
      if (scanner.scan(String.raw`\d+(\.\d+([eE][+-]?\d+)?|[eE][+-]?\d+)`)) return 'Literal.Number.Float';
      if (stack.length > 1) stack.pop();
      scanner.getChar();
      return 'Error';
    };

    const string = (): TokenType => {
      const quote = portugol ? '"' : "'";
      if (scanner.scan("''")) return 'Literal.String.Escape';
      if (scanner.scan(quote)) {
        stack.pop();
        return 'Literal.String';
      }
      if (scanner.scan(`[^${quote}]*`)) return 'Literal.String';
      scanner.getChar();
      stack.pop();
      return 'Error';
    };

    /** Inside `asm ... end`: instructions, registers and `@@labels`. */
    const asm = (): TokenType => {
      if (scanner.scan(String.raw`\s+`)) return 'Text.Whitespace';
      if (scanner.scan('end')) {
        stack.pop();
        return 'Keyword';
      }
      if (scanner.scan(String.raw`\{.*?\}|\(\*.*?\*\)`)) return 'Comment.Multiline';
      if (scanner.scan('//.*?$')) return 'Comment.Single';
      if (scanner.scan("'")) {
        stack.push('string');
        return 'Literal.String';
      }
      if (scanner.scan('@@[A-Za-z_][A-Za-z_0-9]*')) return 'Name.Label';
      if (scanner.scan('[A-Za-z_][A-Za-z_0-9]*')) {
        const lowercase = scanner.match.toLowerCase();
        return INSTRUCTIONS.has(lowercase) ? 'Keyword' : REGISTERS.has(lowercase) ? 'Name.Builtin' : 'Name';
      }
      if (scanner.scan(String.raw`[-+*\/=<>:;,.@\^]+`)) return 'Operator';
      if (scanner.scan(String.raw`[\(\)\[\]]+`)) return 'Punctuation';
      if (scanner.scan(String.raw`\$[0-9A-Fa-f]+`)) return 'Literal.Number.Hex';
      if (scanner.scan(String.raw`\d+(?![eE]|\.[^.])`)) return 'Literal.Number.Integer';
      if (scanner.scan(String.raw`\d+(\.\d+([eE][+-]?\d+)?|[eE][+-]?\d+)`)) return 'Literal.Number.Float';
      scanner.getChar();
      stack.pop();
      return 'Error';
    };

    while (!scanner.eos) {
      const top = stack.at(-1);
      let token: TokenType = 'Error';
      if (top === 'initial') token = initial();
      else if (top === 'string') token = string();
      else if (!portugol && top === 'asm') token = asm();
      // Python's str.strip: only a match with something besides whitespace moves the dot flag.
      if (!portugol && !isBlank(scanner.match)) wasDot = scanner.match === '.';
      yield [scanner.startPos, token, scanner.match];
    }
  }

  return { name: 'Delphi', byName, tokensUnprocessed, withOptions: (given) => createDelphiLexer(byName, given) };
}

/** `delphi`, `pascal`: `x := $FF;` -> `<n>x</n><w> </w><o>:=</o><w> </w><mh>$FF</mh><o>;</o>`. */
export const delphiLexer: LexerFactory = {
  name: 'Delphi',
  aliases: ['delphi', 'pas', 'pascal', 'objectpascal'],
  create: (byName) => createDelphiLexer(byName, {}),
};

/**
 * PortugolLexer (batch T): a DelphiLexer run with `portugol=True` on top of its own options,
 * under its own name: `x <- 5` -> `<n>x</n><w> </w><o><-</o><w> </w><mi>5</mi>`.
 */
function createPortugolLexer(byName: (alias: string) => Lexer | undefined, options: DelphiOptions): Lexer {
  const delphi = createDelphiLexer(byName, { ...options, portugol: true });
  return { ...delphi, name: 'Portugol', withOptions: (given) => createPortugolLexer(byName, given) };
}

export const portugolLexer: LexerFactory = {
  name: 'Portugol',
  aliases: ['portugol'],
  create: (byName) => createPortugolLexer(byName, {}),
};
