/**
 * Pygments' BatchLexer (pygments/lexers/shell.py, Pygments 2.20.0), rule for rule: Windows batch
 * files. As in Pygments, the states come in pairs built by the same functions: one for a plain
 * line, one (`/compound`) for inside parentheses, where `)` ends things.
 *
 *     @echo off   ->   <p>@</p><k>echo</k><w> </w>off
 */
import { bygroups, defaultState, include, usingThis, words, type LexerDefinition, type Rule } from '../regex-lexer.ts';

const NL = String.raw`\n\x1a`;
const PUNCT = '&<>|';
const WS = String.raw`\t\v\f\r ,;=\xa0`;
const NLWS = String.raw`\s\x1a\xa0,;=`;
const SPACE = String.raw`(?:(?:(?:\^[${NL}])?[${WS}])+)`;
const KEYWORD_TERMINATOR = String.raw`(?=(?:\^[${NL}]?)?[${WS}+./:[\\\]]|[${NL}${PUNCT}(])`;
const TOKEN_TERMINATOR = String.raw`(?=\^?[${WS}]|[${PUNCT}${NL}])`;
const START_LABEL = String.raw`((?:(?<=^[^:])|^[^:]?)[${WS}]*)(:)`;
const LABEL = String.raw`(?:(?:[^${NLWS}${PUNCT}+:^]|\^[${NL}]?[\w\W])*)`;
const LABEL_COMPOUND = String.raw`(?:(?:[^${NLWS}${PUNCT}+:^)]|\^[${NL}]?[^)])*)`;
const NUMBER = String.raw`(?:-?(?:0[0-7]+|0x[\da-f]+|\d+)${TOKEN_TERMINATOR})`;
const OPWORD = '(?:equ|geq|gtr|leq|lss|neq)';
const STRING = String.raw`(?:"[^${NL}"]*(?:"|(?=[${NL}])))`;
const VARIABLE =
  String.raw`(?:(?:%(?:\*|(?:~[a-z]*(?:\$[^:]+:)?)?\d|` +
  String.raw`[^%:${NL}]+(?::(?:~(?:-?\d+)?(?:,(?:-?\d+)?)?|(?:[^%${NL}^]|` +
  String.raw`\^[^%${NL}])[^=${NL}]*=(?:[^%${NL}^]|\^[^%${NL}])*)?)?%))|` +
  String.raw`(?:\^?![^!:${NL}]+(?::(?:~(?:-?\d+)?(?:,(?:-?\d+)?)?|(?:` +
  String.raw`[^!${NL}^]|\^[^!${NL}])[^=${NL}]*=(?:[^!${NL}^]|\^[^!${NL}])*)?)?\^?!))`;
const CORE_TOKEN = String.raw`(?:(?:(?:\^[${NL}]?)?[^"${NLWS}${PUNCT}])+)`;
const CORE_TOKEN_COMPOUND = String.raw`(?:(?:(?:\^[${NL}]?)?[^"${NLWS}${PUNCT})])+)`;
const STOKEN = `(?:[${PUNCT}]+|(?:${STRING}|${VARIABLE}|${CORE_TOKEN})+)`;

const TEXT = usingThis('text');

function beginState(compound: boolean): Rule[] {
  const rest = `(?:${STRING}|${VARIABLE}|[^"%${NL}${PUNCT}${compound ? ')' : ''}])*`;
  const restOfLine = String.raw`(?:(?:[^${NL}^]|\^[${NL}]?[\w\W])*)`;
  const restOfLineCompound = String.raw`(?:(?:[^${NL}^)]|\^[${NL}]?[^)])*)`;
  const setSpace = String.raw`((?:(?:\^[${NL}]?)?[^\S\n])*)`;
  const keywordTerminator = compound ? String.raw`(?:(?=\))|${KEYWORD_TERMINATOR})` : KEYWORD_TERMINATOR;
  const tokenTerminator = compound ? String.raw`(?:(?=\))|${TOKEN_TERMINATOR})` : TOKEN_TERMINATOR;
  const suffix = compound ? '/compound' : '';
  return [
    compound ? [String.raw`\)`, 'Punctuation', '#pop'] : [String.raw`\)((?=\()|${tokenTerminator})${restOfLine}`, 'Comment.Single'],
    [`(?=${START_LABEL})`, 'Text', `follow${suffix}`],
    [SPACE, TEXT],
    include(`redirect${suffix}`),
    [`[${NL}]+`, 'Text'],
    [String.raw`\(`, 'Punctuation', 'root/compound'],
    ['@+', 'Punctuation'],
    [
      String.raw`((?:for|if|rem)(?:(?=(?:\^[${NL}]?)?/)|(?:(?!\^)|` +
        String.raw`(?<=m))(?:(?=\()|${tokenTerminator})))(${SPACE}?${compound ? CORE_TOKEN_COMPOUND : CORE_TOKEN}?(?:\^[${NL}]?)?/(?:\^[${NL}]?)?\?)`,
      bygroups('Keyword', TEXT),
      `follow${suffix}`,
    ],
    [String.raw`(goto${keywordTerminator})(${rest}(?:\^[${NL}]?)?/(?:\^[${NL}]?)?\?${rest})`, bygroups('Keyword', TEXT), `follow${suffix}`],
    [
      words(['assoc', 'break', 'cd', 'chdir', 'cls', 'color', 'copy', 'date', 'del', 'dir', 'dpath', 'echo', 'endlocal', 'erase',
        'exit', 'ftype', 'keys', 'md', 'mkdir', 'mklink', 'move', 'path', 'pause', 'popd', 'prompt', 'pushd', 'rd', 'ren',
        'rename', 'rmdir', 'setlocal', 'shift', 'start', 'time', 'title', 'type', 'ver', 'verify', 'vol'], '', keywordTerminator),
      'Keyword',
      `follow${suffix}`,
    ],
    [`(call)(${SPACE}?)(:)`, bygroups('Keyword', TEXT, 'Punctuation'), `call${suffix}`],
    [`call${keywordTerminator}`, 'Keyword'],
    [String.raw`(for${tokenTerminator}(?!\^))(${SPACE})(/f${tokenTerminator})`, bygroups('Keyword', TEXT, 'Keyword'), ['for/f', 'for']],
    [String.raw`(for${tokenTerminator}(?!\^))(${SPACE})(/l${tokenTerminator})`, bygroups('Keyword', TEXT, 'Keyword'), ['for/l', 'for']],
    [String.raw`for${tokenTerminator}(?!\^)`, 'Keyword', ['for2', 'for']],
    [`(goto${keywordTerminator})(${SPACE}?)(:?)`, bygroups('Keyword', TEXT, 'Punctuation'), `label${suffix}`],
    [
      String.raw`(if(?:(?=\()|${tokenTerminator})(?!\^))(${SPACE}?)((?:/i${tokenTerminator})?)(${SPACE}?)((?:not${tokenTerminator})?)(${SPACE}?)`,
      bygroups('Keyword', TEXT, 'Keyword', TEXT, 'Keyword', TEXT),
      ['(?', 'if'],
    ],
    [
      String.raw`rem(((?=\()|${tokenTerminator})${SPACE}?${STOKEN}?.*|${keywordTerminator}${compound ? restOfLineCompound : restOfLine})`,
      'Comment.Single',
      `follow${suffix}`,
    ],
    [`(set${keywordTerminator})${setSpace}(/a)`, bygroups('Keyword', TEXT, 'Keyword'), `arithmetic${suffix}`],
    [
      `(set${keywordTerminator})${setSpace}((?:/p)?)${setSpace}((?:(?:(?:\\^[${NL}]?)?[^"${NL}${PUNCT}^=${compound ? ')' : ''}]|` +
        `\\^[${NL}]?[^"=])+)?)((?:(?:\\^[${NL}]?)?=)?)`,
      bygroups('Keyword', TEXT, 'Keyword', TEXT, usingThis('variable'), 'Punctuation'),
      `follow${suffix}`,
    ],
    defaultState(`follow${suffix}`),
  ];
}

function followState(compound: boolean): Rule[] {
  const suffix = compound ? '/compound' : '';
  return [
    ...(compound ? [[String.raw`(?=\))`, 'Text', '#pop'] as const] : []),
    [`${START_LABEL}([${WS}]*)(${compound ? LABEL_COMPOUND : LABEL})(.*)`, bygroups('Text', 'Punctuation', 'Text', 'Name.Label', 'Comment.Single')],
    include(`redirect${suffix}`),
    [`(?=[${NL}])`, 'Text', '#pop'],
    [String.raw`\|\|?|&&?`, 'Punctuation', '#pop'],
    include('text'),
  ];
}

function arithmeticState(compound: boolean): Rule[] {
  const op = String.raw`=+\-*/!~`;
  return [
    ...(compound ? [[String.raw`(?=\))`, 'Text', '#pop'] as const] : []),
    ['0[0-7]+', 'Literal.Number.Oct'],
    [String.raw`0x[\da-f]+`, 'Literal.Number.Hex'],
    [String.raw`\d+`, 'Literal.Number.Integer'],
    ['[(),]+', 'Punctuation'],
    [String.raw`([${op}]|%|\^\^)+`, 'Operator'],
    [
      String.raw`(${STRING}|${VARIABLE}|(\^[${NL}]?)?[^()${op}%\^"${NLWS}${PUNCT}]|\^[${NLWS}]?${compound ? '[^)]' : String.raw`[\w\W]`})+`,
      usingThis('variable'),
    ],
    [String.raw`(?=[\x00|&])`, 'Text', '#pop'],
    include('follow'),
  ];
}

function callState(compound: boolean): Rule[] {
  return [
    ...(compound ? [[String.raw`(?=\))`, 'Text', '#pop'] as const] : []),
    [`(:?)(${compound ? LABEL_COMPOUND : LABEL})`, bygroups('Punctuation', 'Name.Label'), '#pop'],
  ];
}

function labelState(compound: boolean): Rule[] {
  return [
    ...(compound ? [[String.raw`(?=\))`, 'Text', '#pop'] as const] : []),
    [
      `(${compound ? LABEL_COMPOUND : LABEL}?)((?:${STRING}|${VARIABLE}|\\^[${NL}]?${compound ? '[^)]' : String.raw`[\w\W]`}|[^"%^${NL}${PUNCT}${compound ? ')' : ''}])*)`,
      bygroups('Name.Label', 'Comment.Single'),
      '#pop',
    ],
  ];
}

function redirectState(compound: boolean): Rule[] {
  const stokenCompound = `(?:[${PUNCT}]+|(?:${STRING}|${VARIABLE}|${CORE_TOKEN_COMPOUND})+)`;
  return [
    [String.raw`((?:(?<=[${NLWS}])\d)?)(>>?&|<&)([${NLWS}]*)(\d)`, bygroups('Literal.Number.Integer', 'Punctuation', 'Text', 'Literal.Number.Integer')],
    [
      String.raw`((?:(?<=[${NLWS}])(?<!\^[${NL}])\d)?)(>>?|<)(${SPACE}?${compound ? stokenCompound : STOKEN})`,
      bygroups('Literal.Number.Integer', 'Punctuation', TEXT),
    ],
  ];
}

export const batchLexer: LexerDefinition = {
  name: 'Batchfile',
  aliases: ['batch', 'bat', 'dosbatch', 'winbatch'],
  flags: 'mi',
  tokens: {
    root: beginState(false),
    follow: followState(false),
    arithmetic: arithmeticState(false),
    call: callState(false),
    label: labelState(false),
    redirect: redirectState(false),
    'root/compound': beginState(true),
    'follow/compound': followState(true),
    'arithmetic/compound': arithmeticState(true),
    'call/compound': callState(true),
    'label/compound': labelState(true),
    'redirect/compound': redirectState(true),
    'variable-or-escape': [
      [VARIABLE, 'Name.Variable'],
      [String.raw`%%|\^[${NL}]?(\^!|[\w\W])`, 'Literal.String.Escape'],
    ],
    string: [
      ['"', 'Literal.String.Double', '#pop'],
      [VARIABLE, 'Name.Variable'],
      [String.raw`\^!|%%`, 'Literal.String.Escape'],
      [`[^"%^${NL}]+|[%^]`, 'Literal.String.Double'],
      defaultState('#pop'),
    ],
    sqstring: [include('variable-or-escape'), ['[^%]+|%', 'Literal.String.Single']],
    bqstring: [include('variable-or-escape'), ['[^%]+|%', 'Literal.String.Backtick']],
    text: [
      ['"', 'Literal.String.Double', 'string'],
      include('variable-or-escape'),
      [String.raw`[^"%^${NLWS}${PUNCT}\d)]+|.`, 'Text'],
    ],
    variable: [
      ['"', 'Literal.String.Double', 'string'],
      include('variable-or-escape'),
      [`[^"%^${NL}]+|.`, 'Name.Variable'],
    ],
    for: [
      [String.raw`(${SPACE})(in)(${SPACE})(\()`, bygroups(TEXT, 'Keyword', TEXT, 'Punctuation'), '#pop'],
      include('follow'),
    ],
    for2: [
      [String.raw`\)`, 'Punctuation'],
      [`(${SPACE})(do${TOKEN_TERMINATOR})`, bygroups(TEXT, 'Keyword'), '#pop'],
      [`[${NL}]+`, 'Text'],
      include('follow'),
    ],
    'for/f': [
      [String.raw`(")((?:${VARIABLE}|[^"])*?")([${NLWS}]*)(\))`, bygroups('Literal.String.Double', usingThis('string'), 'Text', 'Punctuation')],
      ['"', 'Literal.String.Double', ['#pop', 'for2', 'string']],
      [String.raw`('(?:%%|${VARIABLE}|[\w\W])*?')([${NLWS}]*)(\))`, bygroups(usingThis('sqstring'), 'Text', 'Punctuation')],
      [String.raw`(` + '`' + String.raw`(?:%%|${VARIABLE}|[\w\W])*?` + '`' + String.raw`)([${NLWS}]*)(\))`, bygroups(usingThis('bqstring'), 'Text', 'Punctuation')],
      include('for2'),
    ],
    'for/l': [[String.raw`-?\d+`, 'Literal.Number.Integer'], include('for2')],
    if: [
      [String.raw`((?:cmdextversion|errorlevel)${TOKEN_TERMINATOR})(${SPACE})(\d+)`, bygroups('Keyword', TEXT, 'Literal.Number.Integer'), '#pop'],
      [`(defined${TOKEN_TERMINATOR})(${SPACE})(${STOKEN})`, bygroups('Keyword', TEXT, usingThis('variable')), '#pop'],
      [`(exist${TOKEN_TERMINATOR})(${SPACE}${STOKEN})`, bygroups('Keyword', TEXT), '#pop'],
      [`(${NUMBER}${SPACE})(${OPWORD})(${SPACE}${NUMBER})`, bygroups(usingThis('arithmetic'), 'Operator.Word', usingThis('arithmetic')), '#pop'],
      [STOKEN, TEXT, ['#pop', 'if2']],
    ],
    if2: [
      [`(${SPACE}?)(==)(${SPACE}?${STOKEN})`, bygroups(TEXT, 'Operator', TEXT), '#pop'],
      [`(${SPACE})(${OPWORD})(${SPACE}${STOKEN})`, bygroups(TEXT, 'Operator.Word', TEXT), '#pop'],
    ],
    '(?': [
      [SPACE, TEXT],
      [String.raw`\(`, 'Punctuation', ['#pop', 'else?', 'root/compound']],
      defaultState('#pop'),
    ],
    'else?': [
      [SPACE, TEXT],
      [`else${TOKEN_TERMINATOR}`, 'Keyword', '#pop'],
      defaultState('#pop'),
    ],
  },
};
