/**
 * Pygments' RobotFrameworkLexer (pygments/lexers/robotframework.py, Pygments 2.20.0): no regex
 * rules but Robot Framework's own row model. Each line is split into cells (two or more spaces, or
 * ` | ` pipes); the table the last `*** Heading ***` opened decides each cell's token by its column
 * (robot-tokenizers.ts); `${variables}` inside a cell are split out afterwards (robot-variables.ts).
 *
 *     Login    Open Browser    ${URL}   ->   <gu>Login</gu><p>    </p><nf>Open Browser</nf><p>    </p><p>${</p><nv>URL</nv><p>}</p>
 */
import type { Lexer, LexerFactory, Token } from '../regex-lexer.ts';
import type { TokenType } from '../token.ts';
import {
  COMMENT, ERROR, ForLoop, HEADING, KEYWORD_SETTING_WORDS, KeywordCall, SEPARATOR, SYNTAX, Setting, TC_KW_NAME,
  TEST_CASE_SETTING_WORDS, VARIABLE, TemplatedKeywordCall, TestCaseSetting, VariableRow, Comment, gherkin, normalize,
  type Pair, type TemplateSetter, type Tokenizer,
} from './robot-tokenizers.ts';
import { splitVariable } from './robot-variables.ts';

/** Python's str.splitlines(): the line ends are dropped (each row then ends with one `\n`). */
function splitlines(text: string): string[] {
  const lines = text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** str.expandtabs(2): the lexer sets `tabsize` 2, which Lexer.get_tokens applies before lexing. */
function expandTabs(text: string): string {
  let column = 0;
  let out = '';
  for (const char of text) {
    if (char === '\t') {
      const spaces = 2 - (column % 2);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += char;
      column = char === '\n' || char === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

// RowSplitter
const SPACE_SPLITTER = /( {2,})/;
const PIPE_SPLITTER = /((?:^| +)\|(?: +|$))/;

/** The row's values: separator, cell, separator, cell... then `\n`, which counts as a separator. */
function splitRow(row: string): string[] {
  const values: string[] = [];
  if (row.startsWith('| ')) {
    let rest = row;
    let match = PIPE_SPLITTER.exec(rest);
    // re.split(row, 1) on a row that starts with `| ` splits at index 0.
    values.push(match?.[1] ?? '');
    rest = rest.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
    while ((match = PIPE_SPLITTER.exec(rest)) !== null) {
      values.push(rest.slice(0, match.index), match[1] ?? '');
      rest = rest.slice(match.index + match[0].length);
    }
    values.push(rest);
  } else values.push('', ...row.split(SPACE_SPLITTER));
  values.push('\n');
  return values;
}

/**
 * A table (`_Table`): one tokenizer per row; a row whose cells before `...` are all empty
 * continues the previous row with that row's tokenizer.
 */
abstract class Table {
  protected tokenizer: Tokenizer;
  protected previousTokenizer: Tokenizer | undefined;
  private valuesOnRow: string[] = [];

  constructor(previous?: Tokenizer) {
    this.tokenizer = this.newTokenizer();
    this.previousTokenizer = previous;
  }

  protected abstract newTokenizer(): Tokenizer;

  tokenize(value: string, index: number): Pair[] {
    let out: Pair[];
    if (this.continues(value, index)) {
      if (this.previousTokenizer) this.tokenizer = this.previousTokenizer;
      out = [[value, SYNTAX]];
    } else out = this.tokenizeCell(value, index);
    this.valuesOnRow.push(value);
    return out;
  }

  protected continues(value: string, _index: number): boolean {
    return value === '...' && this.valuesOnRow.every((previous) => isEmpty(previous));
  }

  protected tokenizeCell(value: string, _index: number): Pair[] {
    return this.tokenizer.tokenize(value);
  }

  /** `end_row`: `__init__` again, keeping this row's tokenizer for a `...` row. */
  endRow(): void {
    this.previousTokenizer = this.tokenizer;
    this.tokenizer = this.newTokenizer();
    this.valuesOnRow = [];
  }
}

function isEmpty(value: string): boolean {
  return value === '' || value === '\\';
}

class UnknownTable extends Table {
  protected newTokenizer(): Tokenizer {
    return new Comment();
  }

  protected override continues(): boolean {
    return false;
  }
}

class VariableTable extends Table {
  protected newTokenizer(): Tokenizer {
    return new VariableRow();
  }
}

class SettingTable extends Table {
  private readonly templateSetter: TemplateSetter;

  constructor(templateSetter: TemplateSetter) {
    super();
    this.templateSetter = templateSetter;
  }

  protected newTokenizer(): Tokenizer {
    return new Setting();
  }

  protected override tokenizeCell(value: string, index: number): Pair[] {
    if (index === 0 && normalize(value) === 'testtemplate') this.tokenizer = new Setting(this.templateSetter);
    return super.tokenizeCell(value, index);
  }
}

/** `_is_template_set`: a template other than empty, `\`, `NONE` or `${EMPTY}`. */
function isTemplateSet(template: string): boolean {
  return !['', '\\', 'none', '${empty}'].includes(normalize(template));
}

class TestCaseTable extends Table {
  /** undefined is Python's None: no `[Template]` seen in this test (false: one that clears it). */
  private testTemplate: boolean | undefined;
  private defaultTemplate: boolean | undefined;

  protected newTokenizer(): Tokenizer {
    // `_tokenizer_class`, a property: templated tests take arguments only.
    const templated = this.testTemplate === true || (this.defaultTemplate === true && this.testTemplate !== false);
    return templated ? new TemplatedKeywordCall() : new KeywordCall();
  }

  protected newSetting(templateSetter?: TemplateSetter): Tokenizer {
    return new TestCaseSetting(templateSetter, TEST_CASE_SETTING_WORDS);
  }

  protected isTemplate(value: string): boolean {
    return normalize(value) === '[template]';
  }

  protected override continues(value: string, index: number): boolean {
    return index > 0 && super.continues(value, index);
  }

  protected override tokenizeCell(value: string, index: number): Pair[] {
    if (index === 0) {
      if (value !== '') this.testTemplate = undefined;
      return gherkin(value, TC_KW_NAME);
    }
    if (index === 1 && value.startsWith('[') && value.endsWith(']')) {
      if (this.isTemplate(value)) {
        this.testTemplate = false;
        this.tokenizer = this.newSetting((template) => (this.testTemplate = isTemplateSet(template)));
      } else this.tokenizer = this.newSetting();
    }
    if (index === 1 && value.startsWith(':') && normalize(value, ':') === 'for') this.tokenizer = new ForLoop();
    if (index === 1 && isEmpty(value)) return [[value, SYNTAX]];
    return super.tokenizeCell(value, index);
  }

  setDefaultTemplate(template: string): void {
    this.defaultTemplate = isTemplateSet(template);
  }
}

class KeywordTable extends TestCaseTable {
  protected override newTokenizer(): Tokenizer {
    return new KeywordCall();
  }

  protected override newSetting(templateSetter?: TemplateSetter): Tokenizer {
    return new TestCaseSetting(templateSetter, KEYWORD_SETTING_WORDS);
  }

  protected override isTemplate(): boolean {
    return false;
  }
}

/** RowTokenizer: the tables by their normalized heading; rows go to the last one opened. */
class RowTokenizer {
  private table: Table = new UnknownTable();
  private readonly tables: ReadonlyMap<string, Table>;

  constructor() {
    const testcases = new TestCaseTable();
    const settings = new SettingTable((template) => testcases.setDefaultTemplate(template));
    const variables = new VariableTable();
    const keywords = new KeywordTable();
    this.tables = new Map<string, Table>([
      ['settings', settings], ['setting', settings], ['metadata', settings],
      ['variables', variables], ['variable', variables],
      ['testcases', testcases], ['testcase', testcases], ['tasks', testcases], ['task', testcases],
      ['keywords', keywords], ['keyword', keywords], ['userkeywords', keywords], ['userkeyword', keywords],
    ]);
  }

  *tokenize(row: string): Generator<Pair> {
    let commented = false;
    let heading = false;
    for (const [position, value] of splitRow(row).entries()) {
      // The first value, and every second after it, is a separator (divmod(position - 1, 2)).
      const index = Math.floor((position - 1) / 2);
      const separator = position % 2 === 0;
      if (value.startsWith('#')) commented = true;
      else if (index === 0 && value.startsWith('*')) {
        this.table = this.tables.get(normalize(value, '*')) ?? new UnknownTable();
        heading = true;
      }
      if (commented) yield [value, COMMENT];
      else if (separator) yield [value, SEPARATOR];
      else if (heading) yield [value, HEADING];
      else yield* this.table.tokenize(value, index);
    }
    this.table.endRow();
  }
}

/** VariableTokenizer: `${name}` split out of a value, recursively (names and indexes may hold variables). */
function* splitVariables(string: string, token: TokenType): Generator<Pair> {
  const split = splitVariable(string, '$@%&');
  if (split === undefined || token === COMMENT || token === ERROR) {
    yield [string, token];
    return;
  }
  const parts: Pair[] = [[string.slice(0, split.start), token], [`${split.identifier}{`, SYNTAX]];
  for (const part of parts) if (part[0] !== '') yield part;
  for (const part of splitVariables(split.base, VARIABLE)) if (part[0] !== '') yield part;
  yield ['}', SYNTAX];
  if (split.index !== undefined) {
    yield ['[', SYNTAX];
    for (const part of splitVariables(split.index, VARIABLE)) if (part[0] !== '') yield part;
    yield [']', SYNTAX];
  }
  for (const part of splitVariables(string.slice(split.end), token)) if (part[0] !== '') yield part;
}

export const robotFrameworkLexer: LexerFactory = {
  name: 'RobotFramework',
  aliases: ['robotframework'],
  create(byName): Lexer {
    return {
      name: this.name,
      byName,
      *tokensUnprocessed(text): Generator<Token> {
        const rows = new RowTokenizer();
        let index = 0;
        for (const row of splitlines(expandTabs(text))) {
          for (const [cell, type] of rows.tokenize(row)) {
            for (const [value, token] of splitVariables(cell, type)) {
              if (value === '') continue;
              yield [index, token, value];
              index += value.length;
            }
          }
        }
      },
    };
  },
};
