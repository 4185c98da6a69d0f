/**
 * Robot Framework's cell tokenizers (pygments/lexers/robotframework.py, Pygments 2.20.0): each reads
 * the values of one row, left to right, and gives the n-th value its n-th token type, or decides by
 * the value (a setting's name, a `${var} =` assignment, a `Given` prefix).
 *
 *     new KeywordCall().tokenize('Given user logs in')   ->   [['Given ', 'Generic.Emph'], ['user logs in', 'Name.Function']]
 */
import type { TokenType } from '../token.ts';
import { splitVariable } from './robot-variables.ts';

export const HEADING = 'Generic.Heading';
const SETTING = 'Keyword.Namespace';
const IMPORT = 'Name.Namespace';
export const TC_KW_NAME = 'Generic.Subheading';
const KEYWORD = 'Name.Function';
export const ARGUMENT = 'Literal.String';
export const VARIABLE = 'Name.Variable';
export const COMMENT = 'Comment';
export const SEPARATOR = 'Punctuation';
export const SYNTAX = 'Punctuation';
const GHERKIN = 'Generic.Emph';
export const ERROR = 'Error';

export type Pair = readonly [value: string, type: TokenType];

/** Lowercased, without spaces nor the characters in `remove`. */
export function normalize(string: string, remove = ''): string {
  let out = string.toLowerCase();
  for (const char of `${remove} `) out = out.split(char).join('');
  return out;
}

const GHERKIN_PREFIX = /^(Given|When|Then|And|But) /i;

export function gherkin(value: string, token: TokenType): Pair[] {
  const match = GHERKIN_PREFIX.exec(value);
  if (!match) return [[value, token]];
  const end = match[0].length;
  return [[value.slice(0, end), GHERKIN], [value.slice(end), token]];
}

/** `_is_assign`: the whole value (a trailing `=` and spaces aside) is one `${var}`, `@{var}` or `&{var}`. */
function isAssign(value: string): boolean {
  const bare = value.endsWith('=') ? value.slice(0, -1).trim() : value;
  const split = splitVariable(bare, '$@&');
  return split !== undefined && split.start === 0 && split.end === bare.length;
}

/** Tokenizer: the n-th value it sees gets its n-th token type (the last one repeats). */
export abstract class Tokenizer {
  protected index = 0;
  protected tokens: readonly TokenType[] = [];

  tokenize(value: string): Pair[] {
    const result = this.tokenizeAt(value, this.index);
    this.index++;
    return typeof result === 'string' ? [[value, result]] : result;
  }

  protected tokenizeAt(_value: string, index: number): TokenType | Pair[] {
    return this.tokens[Math.min(index, this.tokens.length - 1)] ?? ERROR;
  }
}

export class Comment extends Tokenizer {
  protected override tokens = [COMMENT] as const;
}

export interface SettingWords {
  readonly keyword: readonly string[];
  readonly imports: readonly string[];
  readonly other: readonly string[];
}

export const SETTING_WORDS: SettingWords = {
  keyword: ['suitesetup', 'suiteprecondition', 'suiteteardown', 'suitepostcondition', 'testsetup', 'tasksetup', 'testprecondition',
    'testteardown', 'taskteardown', 'testpostcondition', 'testtemplate', 'tasktemplate'],
  imports: ['library', 'resource', 'variables'],
  other: ['documentation', 'metadata', 'forcetags', 'defaulttags', 'testtimeout', 'tasktimeout'],
};
export const TEST_CASE_SETTING_WORDS: SettingWords = {
  keyword: ['setup', 'precondition', 'teardown', 'postcondition', 'template'],
  imports: [],
  other: ['documentation', 'tags', 'timeout'],
};
export const KEYWORD_SETTING_WORDS: SettingWords = {
  keyword: ['teardown'],
  imports: [],
  other: ['documentation', 'arguments', 'return', 'timeout', 'tags'],
};

export type TemplateSetter = (template: string) => void;

/** A setting row: its name decides how the values after it are read (a keyword call, an import). */
export class Setting extends Tokenizer {
  protected override tokens = [SETTING, ARGUMENT] as const;
  private custom: Tokenizer | undefined;
  private readonly templateSetter: TemplateSetter | undefined;
  private readonly words: SettingWords;

  constructor(templateSetter?: TemplateSetter, words = SETTING_WORDS) {
    super();
    this.templateSetter = templateSetter;
    this.words = words;
  }

  protected override tokenizeAt(value: string, index: number): TokenType | Pair[] {
    if (index === 1 && this.templateSetter) this.templateSetter(value);
    if (index === 0) {
      const normalized = normalize(value);
      if (this.words.keyword.includes(normalized)) this.custom = new KeywordCall(false);
      else if (this.words.imports.includes(normalized)) this.custom = new ImportSetting();
      else if (!this.words.other.includes(normalized)) return ERROR;
    } else if (this.custom) return this.custom.tokenize(value);
    return super.tokenizeAt(value, index);
  }
}

class ImportSetting extends Tokenizer {
  protected override tokens = [IMPORT, ARGUMENT] as const;
}

/** `[Setup]`, `[Tags]`... in a test case or keyword: the brackets are syntax around the name. */
export class TestCaseSetting extends Setting {
  protected override tokenizeAt(value: string, index: number): TokenType | Pair[] {
    if (index === 0) {
      const name = value.slice(1, -1);
      const type = super.tokenizeAt(name, index);
      return [['[', SYNTAX], [name, typeof type === 'string' ? type : ERROR], [']', SYNTAX]];
    }
    return super.tokenizeAt(value, index);
  }
}

export class VariableRow extends Tokenizer {
  protected override tokens = [SYNTAX, ARGUMENT] as const;

  protected override tokenizeAt(value: string, index: number): TokenType | Pair[] {
    if (index === 0 && !isAssign(value)) return ERROR;
    return super.tokenizeAt(value, index);
  }
}

export class KeywordCall extends Tokenizer {
  protected override tokens = [KEYWORD, ARGUMENT] as const;
  private keywordFound: boolean;
  private assigns = 0;

  constructor(supportAssign = true) {
    super();
    this.keywordFound = !supportAssign;
  }

  protected override tokenizeAt(value: string, index: number): TokenType | Pair[] {
    if (!this.keywordFound && isAssign(value)) {
      this.assigns++;
      return SYNTAX; // the variable tokenizer splits it later
    }
    if (this.keywordFound) return super.tokenizeAt(value, index - this.assigns);
    this.keywordFound = true;
    return gherkin(value, KEYWORD);
  }
}

export class TemplatedKeywordCall extends Tokenizer {
  protected override tokens = [ARGUMENT] as const;
}

/** The old `:FOR` loop: syntax up to `IN` / `IN RANGE`, arguments after. */
export class ForLoop extends Tokenizer {
  private inArguments = false;

  protected override tokenizeAt(value: string): TokenType | Pair[] {
    const token = this.inArguments ? ARGUMENT : SYNTAX;
    if (['IN', 'IN RANGE'].includes(value.toUpperCase())) this.inArguments = true;
    return token;
  }
}

