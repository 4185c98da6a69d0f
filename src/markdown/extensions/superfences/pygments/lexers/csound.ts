/**
 * Pygments' CsoundScoreLexer, CsoundOrchestraLexer and CsoundDocumentLexer (pygments/lexers/csound.py,
 * Pygments 2.20), rule for rule, over CsoundLexer's shared states (csound-common.ts). The
 * orchestra lexer types a name as an opcode (`Name.Builtin`), an opcode defined earlier with
 * `opcode` (`Name.Function`: Pygments keeps those names on the class, for as long as the process
 * runs; here for as long as the renderer), or a variable whose rate prefix (`gk`, `a`, `S`...) is
 * a type. Scores inside `scoreline`, Python and Lua code inside `pyrun` and `lua_exec` go to those
 * lexers; a .csd document hands its sections to the orchestra, score and HTML lexers.
 *
 *     instr 1   ->   <kd>instr</kd> <nf>1</nf>
 *     i 1 0 2   ->   <k>i</k> <mi>1</mi> <mi>0</mi> <mi>2</mi>
 */
import { using } from '../delegation.ts';
import { pythonRegExp } from '../python-regex.ts';
import { bygroups, compileLexer, defaultState, include, words, type Callback, type Lexer, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { CSOUND_TOKENS } from './csound-common.ts';
import { CSOUND_DEPRECATED_OPCODES, CSOUND_OPCODES, CSOUND_REMOVED_OPCODES } from './csound-words.ts';

const OPCODES: ReadonlySet<string> = new Set([...CSOUND_OPCODES, ...CSOUND_DEPRECATED_OPCODES, ...CSOUND_REMOVED_OPCODES]);

export const csoundScoreLexer: LexerDefinition = {
  name: 'Csound Score',
  aliases: ['csound-score', 'csound-sco'],
  tokens: {
    ...CSOUND_TOKENS,
    root: [
      [String.raw`\n`, 'Text.Whitespace'],
      include('whitespace and macro uses'),
      include('preprocessor directives'),
      ['[aBbCdefiqstvxy]', 'Keyword'],
      ['z', 'Keyword.Constant'],
      [String.raw`([nNpP][pP])(\d+)`, bygroups('Keyword', 'Literal.Number.Integer')],
      ['[mn]', 'Keyword', 'mark statement'],
      include('numbers'),
      [String.raw`[!+\-*/^%&|<>#~.]`, 'Operator'],
      [String.raw`[()\[\]]`, 'Punctuation'],
      ['"', 'Literal.String', 'quoted string'],
      [String.raw`\{`, 'Comment.Preproc', 'loop after left brace'],
    ],
    'mark statement': [
      include('whitespace and macro uses'),
      [String.raw`[A-Z_a-z]\w*`, 'Name.Label'],
      [String.raw`\n`, 'Text.Whitespace', '#pop'],
    ],
    'loop after left brace': [
      include('whitespace and macro uses'),
      [String.raw`\d+`, 'Literal.Number.Integer', ['#pop', 'loop after repeat count']],
    ],
    'loop after repeat count': [
      include('whitespace and macro uses'),
      [String.raw`[A-Z_a-z]\w*`, 'Comment.Preproc', ['#pop', 'loop']],
    ],
    loop: [
      [String.raw`\}`, 'Comment.Preproc', '#pop'],
      include('root'),
    ],
    'braced string': [
      [String.raw`\}\}`, 'Literal.String', '#pop'],
      [String.raw`[^}]|\}(?!\})`, 'Literal.String'],
    ],
  },
};

/** A rate prefix (`g` for global, then a, f, i, k, S or w) and the rest of a variable's name. */
const RATE_PREFIX = pythonRegExp(String.raw`^(g?[afikSw])(\w+)`, '', true);

function orchestraDefinition(userDefinedOpcodes: Set<string>): LexerDefinition {
  /** `opcode name, ...`: the name is remembered as a user-defined opcode. */
  const opcodeNameCallback: Callback = function* (_lexer, match) {
    userDefinedOpcodes.add(match.text);
    yield [match.start, 'Name.Function', match.text];
  };
  /** A name with an optional `:type` annotation (`kvar:k`). */
  const nameCallback: Callback = function* (_lexer, match) {
    const name = match.group(1) ?? '';
    let annotation: 'Keyword.Type' | 'Name' = 'Keyword.Type';
    if (OPCODES.has(name)) yield [match.start, 'Name.Builtin', name];
    else if (userDefinedOpcodes.has(name)) yield [match.start, 'Name.Function', name];
    else {
      annotation = 'Name';
      RATE_PREFIX.lastIndex = 0;
      const rate = RATE_PREFIX.exec(name);
      if (rate === null) yield [match.start, 'Name', name];
      else {
        yield [match.start, 'Keyword.Type', rate[1] ?? ''];
        yield [match.start + (rate[1] ?? '').length, 'Name', rate[2] ?? ''];
      }
    }
    const colon = match.group(2);
    if (colon) {
      yield [match.groupStart(2), 'Punctuation', colon];
      yield [match.groupStart(3), annotation, match.group(3) ?? ''];
    }
  };
  return {
    name: 'Csound Orchestra',
    aliases: ['csound', 'csound-orc'],
    tokens: {
      ...CSOUND_TOKENS,
      root: [
        [String.raw`\n`, 'Text.Whitespace'],
        [String.raw`^([ \t]*)(\w+)(:)([ \t]+|$)`, bygroups('Text.Whitespace', 'Name.Label', 'Punctuation', 'Text.Whitespace')],
        include('whitespace and macro uses'),
        include('preprocessor directives'),
        [String.raw`\binstr\b`, 'Keyword.Declaration', 'instrument numbers and identifiers'],
        [String.raw`\bopcode\b`, 'Keyword.Declaration', 'after opcode keyword'],
        [String.raw`\b(?:end(?:in|op))\b`, 'Keyword.Declaration'],
        include('partial statements'),
      ],
      'partial statements': [
        [String.raw`\b(?:0dbfs|A4|k(?:r|smps)|nchnls(?:_i)?|sr)\b`, 'Name.Variable.Global'],
        include('numbers'),
        [String.raw`\+=|-=|\*=|/=|<<|>>|<=|>=|==|!=|&&|\|\||[~¬]|[=!+\-*/^%&|<>#?:]`, 'Operator'],
        [String.raw`[(),\[\]]`, 'Punctuation'],
        ['"', 'Literal.String', 'quoted string'],
        [String.raw`\{\{`, 'Literal.String', 'braced string'],
        [words(['do', 'else', 'elseif', 'endif', 'enduntil', 'fi', 'if', 'ithen', 'kthen', 'od', 'then', 'until', 'while'], String.raw`\b`, String.raw`\b`), 'Keyword'],
        [words(['return', 'rireturn'], String.raw`\b`, String.raw`\b`), 'Keyword.Pseudo'],
        [String.raw`\b[ik]?goto\b`, 'Keyword', 'goto label'],
        [String.raw`\b(r(?:einit|igoto)|tigoto)(\(|\b)`, bygroups('Keyword.Pseudo', 'Punctuation'), 'goto label'],
        [String.raw`\b(c(?:g|in?|k|nk?)goto)(\(|\b)`, bygroups('Keyword.Pseudo', 'Punctuation'), ['goto label', 'goto argument']],
        [String.raw`\b(timout)(\(|\b)`, bygroups('Keyword.Pseudo', 'Punctuation'), ['goto label', 'goto argument', 'goto argument']],
        [String.raw`\b(loop_[gl][et])(\(|\b)`, bygroups('Keyword.Pseudo', 'Punctuation'), ['goto label', 'goto argument', 'goto argument', 'goto argument']],
        [String.raw`\bprintk?s\b`, 'Name.Builtin', 'prints opcode'],
        [String.raw`\b(?:readscore|scoreline(?:_i)?)\b`, 'Name.Builtin', 'Csound score opcode'],
        [String.raw`\bpyl?run[it]?\b`, 'Name.Builtin', 'Python opcode'],
        [String.raw`\blua_(?:exec|opdef)\b`, 'Name.Builtin', 'Lua opcode'],
        [String.raw`\bp\d+\b`, 'Name.Variable.Instance'],
        [String.raw`\b([A-Z_a-z]\w*)(?:(:)([A-Za-z]))?\b`, nameCallback],
      ],
      'instrument numbers and identifiers': [
        include('whitespace and macro uses'),
        [String.raw`\d+|[A-Z_a-z]\w*`, 'Name.Function'],
        ['[+,]', 'Punctuation'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      'after opcode keyword': [
        include('whitespace and macro uses'),
        [String.raw`[A-Z_a-z]\w*`, opcodeNameCallback, ['#pop', 'opcode type signatures']],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      'opcode type signatures': [
        include('whitespace and macro uses'),
        [String.raw`0|[afijkKoOpPStV\[\]]+`, 'Keyword.Type'],
        [',', 'Punctuation'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      'quoted string': [
        ['"', 'Literal.String', '#pop'],
        [String.raw`[^\\"$%)]+`, 'Literal.String'],
        include('macro uses'),
        include('escape sequences'),
        include('format specifiers'),
        [String.raw`[\\$%)]`, 'Literal.String'],
      ],
      'braced string': [
        [String.raw`\}\}`, 'Literal.String', '#pop'],
        [String.raw`(?:[^\\%)}]|\}(?!\}))+`, 'Literal.String'],
        include('escape sequences'),
        include('format specifiers'),
        [String.raw`[\\%)]`, 'Literal.String'],
      ],
      'escape sequences': [
        [String.raw`\\(?:[\\abnrt"]|[0-7]{1,3})`, 'Literal.String.Escape'],
      ],
      'format specifiers': [
        [String.raw`%[#0\- +]*\d*(?:\.\d+)?[AE-GXac-giosux]`, 'Literal.String.Interpol'],
        ['%%', 'Literal.String.Escape'],
      ],
      'goto argument': [
        include('whitespace and macro uses'),
        [',', 'Punctuation', '#pop'],
        include('partial statements'),
      ],
      'goto label': [
        include('whitespace and macro uses'),
        [String.raw`\w+`, 'Name.Label', '#pop'],
        defaultState('#pop'),
      ],
      'prints opcode': [
        include('whitespace and macro uses'),
        ['"', 'Literal.String', 'prints quoted string'],
        defaultState('#pop'),
      ],
      'prints quoted string': [
        [String.raw`\\\\[aAbBnNrRtT]`, 'Literal.String.Escape'],
        ['%[!nNrRtT]|[~^]{1,2}', 'Literal.String.Escape'],
        include('quoted string'),
      ],
      'Csound score opcode': [
        include('whitespace and macro uses'),
        ['"', 'Literal.String', 'quoted string'],
        [String.raw`\{\{`, 'Literal.String', 'Csound score'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      'Csound score': [
        [String.raw`\}\}`, 'Literal.String', '#pop'],
        [String.raw`([^}]+)|\}(?!\})`, using('csound-score')],
      ],
      'Python opcode': [
        include('whitespace and macro uses'),
        ['"', 'Literal.String', 'quoted string'],
        [String.raw`\{\{`, 'Literal.String', 'Python'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      Python: [
        [String.raw`\}\}`, 'Literal.String', '#pop'],
        [String.raw`([^}]+)|\}(?!\})`, using('python')],
      ],
      'Lua opcode': [
        include('whitespace and macro uses'),
        ['"', 'Literal.String', 'quoted string'],
        [String.raw`\{\{`, 'Literal.String', 'Lua'],
        [String.raw`\n`, 'Text.Whitespace', '#pop'],
      ],
      Lua: [
        [String.raw`\}\}`, 'Literal.String', '#pop'],
        [String.raw`([^}]+)|\}(?!\})`, using('lua')],
      ],
    },
  };
}

/** The orchestra lexer; its user-defined opcode names live as long as the renderer's lexer. */
export const csoundOrchestraLexer: LexerFactory = {
  name: 'Csound Orchestra',
  aliases: ['csound', 'csound-orc'],
  create: (byName): Lexer => compileLexer(orchestraDefinition(new Set()), byName),
};

export const csoundDocumentLexer: LexerDefinition = {
  name: 'Csound Document',
  aliases: ['csound-document', 'csound-csd'],
  tokens: {
    root: [
      [String.raw`/[*](.|\n)*?[*]/`, 'Comment.Multiline'],
      ['(?:;|//).*$', 'Comment.Single'],
      ['[^/;<]+|/(?!/)', 'Text'],
      [String.raw`<\s*CsInstruments`, 'Name.Tag', ['orchestra', 'tag']],
      [String.raw`<\s*CsScore`, 'Name.Tag', ['score', 'tag']],
      [String.raw`<\s*[Hh][Tt][Mm][Ll]`, 'Name.Tag', ['HTML', 'tag']],
      [String.raw`<\s*[\w:.-]+`, 'Name.Tag', 'tag'],
      [String.raw`<\s*/\s*[\w:.-]+\s*>`, 'Name.Tag'],
    ],
    orchestra: [
      [String.raw`<\s*/\s*CsInstruments\s*>`, 'Name.Tag', '#pop'],
      [String.raw`(.|\n)+?(?=<\s*/\s*CsInstruments\s*>)`, using('csound')],
    ],
    score: [
      [String.raw`<\s*/\s*CsScore\s*>`, 'Name.Tag', '#pop'],
      [String.raw`(.|\n)+?(?=<\s*/\s*CsScore\s*>)`, using('csound-score')],
    ],
    HTML: [
      [String.raw`<\s*/\s*[Hh][Tt][Mm][Ll]\s*>`, 'Name.Tag', '#pop'],
      [String.raw`(.|\n)+?(?=<\s*/\s*[Hh][Tt][Mm][Ll]\s*>)`, using('html')],
    ],
    tag: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`[\w.:-]+\s*=`, 'Name.Attribute', 'attr'],
      [String.raw`/?\s*>`, 'Name.Tag', '#pop'],
    ],
    attr: [
      [String.raw`\s+`, 'Text.Whitespace'],
      ['".*?"', 'Literal.String', '#pop'],
      ["'.*?'", 'Literal.String', '#pop'],
      [String.raw`[^\s>]+`, 'Literal.String', '#pop'],
    ],
  },
};
