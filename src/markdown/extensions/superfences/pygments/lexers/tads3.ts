/**
 * Pygments' Tads3Lexer (pygments/lexers/int_fiction.py, Pygments 2.20.0), rule for rule: TADS 3
 * interactive fiction. Strings hold HTML-like tags, `<< >>` embedded expressions and `{ }`
 * parameters; the string, tag and attribute-value states for each quote kind are built by the
 * same three functions as in Pygments. Afterwards, everything inside a false `#if 0` / `#if nil`
 * is retyped as a comment, as its get_tokens_unprocessed does.
 *
 *     "Hello, <<name>>!"
 *     ->   <s2>"Hello, </s2><si><<</si><n>name</n><si>>></si><s2>!"</s2>
 */
import { bygroups, compileLexer, defaultState, include, usingThis, type LexerDefinition, type LexerFactory, type Rule, type Token } from '../regex-lexer.ts';
import { pythonRegExp } from '../python-regex.ts';
import type { TokenType } from '../token.ts';

const COMMENT_SINGLE = String.raw`(?://(?:[^\\\n]|\\+[\w\W])*$)`;
const COMMENT_MULTILINE = String.raw`(?:/\*(?:[^*]|\*(?!/))*\*/)`;
const ESCAPE = String.raw`(?:\\(?:[\n\\<>"\'^v bnrt]|u[\da-fA-F]{,4}|x[\da-fA-F]{,2}|[0-3]?[0-7]{1,2}))`;
const NAME = String.raw`(?:[_a-zA-Z]\w*)`;
const NO_QUOTE = String.raw`(?=\s|\\?>)`;
const OPERATOR = String.raw`(?:&&|\|\||\+\+|--|\?\?|::|[.,@\[\]~]|(?:[=+\-*/%!&|^]|<<?|>>?>?)=?)`;
const WS = String.raw`(?:\\|\s|${COMMENT_SINGLE}|${COMMENT_MULTILINE})`;
const WS_PP = String.raw`(?:\\\n|[^\S\n]|${COMMENT_SINGLE}|${COMMENT_MULTILINE})`;

/** The quote, its token and the extra alternatives a triple-quoted string allows inside parts. */
function quote(triple: boolean, double: boolean): { char: string; token: TokenType; escapedQuotes: string } {
  const char = double ? '"' : "'";
  return { char, token: double ? 'Literal.String.Double' : 'Literal.String.Single', escapedQuotes: triple ? String.raw`+|${char}(?!${char}{2})` : '' };
}

/** _make_string_state: a string's text, tags, `{ }` parameters; `verbatim` for `<listing>` and `<xmp>` bodies. */
function stringState(triple: boolean, double: boolean, verbatim?: string): Rule[] {
  const { char, token, escapedQuotes } = quote(triple, double);
  const prefix = `${triple ? 't' : ''}${double ? 'd' : 's'}`;
  const tagState = `${prefix}qt`;
  const state: Rule[] = triple
    ? [[`${char}{3,}`, token, '#pop'], [String.raw`\\${char}+`, 'Literal.String.Escape'], [char, token]]
    : [[char, token, '#pop']];
  state.push(include('s/verbatim'), [String.raw`[^\\<&{}${char}]+`, token]);
  if (verbatim !== undefined) {
    // Each letter in either case, not (?i): escapes are case-sensitive.
    const word = [...verbatim].map((c) => `(?:${c.toLowerCase()}|${c.toUpperCase()})`).join('');
    state.push([String.raw`\\?<(/|\\\\|(?!${ESCAPE})\\)${word}(?=[\s=>])`, 'Name.Tag', ['#pop', `${prefix}qs`, tagState]]);
  } else {
    state.push(
      [String.raw`\\?<!([^><\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)*>?`, 'Comment.Multiline'],
      [String.raw`(?i)\\?<listing(?=[\s=>]|\\>)`, 'Name.Tag', ['#pop', `${prefix}qs/listing`, tagState]],
      [String.raw`(?i)\\?<xmp(?=[\s=>]|\\>)`, 'Name.Tag', ['#pop', `${prefix}qs/xmp`, tagState]],
      [String.raw`\\?<([^\s=><\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)*`, 'Name.Tag', tagState],
      include('s/entity'),
    );
  }
  state.push(
    include('s/escape'),
    [String.raw`\{([^}<\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)*\}`, 'Literal.String.Interpol'],
    [String.raw`[\\&{}<]`, token],
  );
  return state;
}

/** _make_tag_state: inside a tag in a string, its attributes. */
function tagState(triple: boolean, double: boolean): Rule[] {
  const { char, token, escapedQuotes } = quote(triple, double);
  const name = `${triple ? 't' : ''}${double ? 'd' : 's'}qt`;
  return [
    [`${char}${triple ? '{3,}' : ''}`, token, '#pop:2'],
    [String.raw`(\s|\\\n)+`, 'Text'],
    [String.raw`(=)(\\?")`, bygroups('Punctuation', 'Literal.String.Double'), `dqs/${name}`],
    [String.raw`(=)(\\?')`, bygroups('Punctuation', 'Literal.String.Single'), `sqs/${name}`],
    ['=', 'Punctuation', `uqs/${name}`],
    [String.raw`\\?>`, 'Name.Tag', '#pop'],
    [String.raw`\{([^}<\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)*\}`, 'Literal.String.Interpol'],
    [String.raw`([^\s=><\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)+`, 'Name.Attribute'],
    include('s/escape'),
    include('s/verbatim'),
    include('s/entity'),
    [String.raw`[\\{}&]`, 'Name.Attribute'],
  ];
}

/** _make_attribute_value_state: an attribute's value, quoted (`"`, `'`) or not, in a string of the host's quotes. */
function attributeValueState(terminator: string, hostTriple: boolean, hostDouble: boolean): Rule[] {
  const token: TokenType = terminator === '"' ? 'Literal.String.Double' : terminator === "'" ? 'Literal.String.Single' : 'Literal.String.Other';
  const other = token === 'Literal.String.Other';
  const { char, token: hostToken, escapedQuotes } = quote(hostTriple, hostDouble);
  return [
    [`${char}${hostTriple ? '{3,}' : ''}`, hostToken, '#pop:3'],
    [`${other ? '' : String.raw`\\?`}${terminator}`, token, '#pop'],
    include('s/verbatim'),
    include('s/entity'),
    [String.raw`\{([^}<\\${char}]|<(?!<)|\\${char}${escapedQuotes}|${ESCAPE}|\\.)*\}`, 'Literal.String.Interpol'],
    [String.raw`([^\s"\'<${other ? '>' : ''}{}\\&])+`, token],
    include('s/escape'),
    [String.raw`["\'\s&{<}\\]`, token],
  ];
}

/** The states the three functions make, under Pygments' names (`dqs`, `tsqs/listing`, `sqt`, `uqs/dqt`...). */
function quotedStates(): Record<string, Rule[]> {
  const states: Record<string, Rule[]> = {};
  const kinds = [[true, true, 'td'], [true, false, 'ts'], [false, true, 'd'], [false, false, 's']] as const;
  for (const [triple, double, prefix] of kinds) states[`${prefix}qs`] = stringState(triple, double);
  for (const verbatim of ['listing', 'xmp']) {
    for (const [triple, double, prefix] of kinds) states[`${prefix}qs/${verbatim}`] = stringState(triple, double, verbatim);
  }
  for (const [triple, double, prefix] of kinds) states[`${prefix}qt`] = tagState(triple, double);
  for (const [terminator, value] of [['"', 'dqs'], ["'", 'sqs'], [NO_QUOTE, 'uqs']] as const) {
    for (const [triple, double, prefix] of kinds) states[`${value}/${prefix}qt`] = attributeValueState(terminator, triple, double);
  }
  return states;
}

export const tads3Rules: LexerDefinition = {
  name: 'TADS 3',
  aliases: ['tads3'],
  flags: 'ms',
  tokens: {
    ...quotedStates(),
    root: [
      [String.raw`﻿`, 'Text'],
      [String.raw`\{`, 'Punctuation', 'object-body'],
      [String.raw`;+`, 'Punctuation'],
      [String.raw`(?=(argcount|break|case|catch|continue|default|definingobj|delegated|do|else|for|foreach|finally|goto|if|inherited|invokee|local|nil|new|operator|replaced|return|self|switch|targetobj|targetprop|throw|true|try|while)\b)`, 'Text', 'block'],
      [String.raw`(${NAME})(${WS}*)(\()`, bygroups('Name.Function', usingThis('whitespace'), 'Punctuation'), ['block?/root', 'more/parameters', 'main/parameters']],
      include('whitespace'),
      [String.raw`\++`, 'Punctuation'],
      [String.raw`[^\s!"%-(*->@-_a-z{-~]+`, 'Error'],
      [String.raw`(?!\Z)`, 'Text', 'main/root'],
    ],
    'main/root': [
      include('main/basic'),
      defaultState(['#pop', 'object-body/no-braces', 'classes', 'class']),
    ],
    'object-body/no-braces': [
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`\{`, 'Punctuation', ['#pop', 'object-body']],
      include('object-body'),
    ],
    'object-body': [
      [String.raw`;`, 'Punctuation'],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`:`, 'Punctuation', ['classes', 'class']],
      [String.raw`(${NAME}?)(${WS}*)(\()`, bygroups('Name.Function', usingThis('whitespace'), 'Punctuation'), ['block?', 'more/parameters', 'main/parameters']],
      [String.raw`(${NAME})(${WS}*)(\{)`, bygroups('Name.Function', usingThis('whitespace'), 'Punctuation'), 'block'],
      [String.raw`(${NAME})(${WS}*)(:)`, bygroups('Name.Variable', usingThis('whitespace'), 'Punctuation'), ['object-body/no-braces', 'classes', 'class']],
      include('whitespace'),
      [String.raw`->|${OPERATOR}`, 'Punctuation', 'main'],
      defaultState('main/object-body'),
    ],
    'main/object-body': [
      include('main/basic'),
      [String.raw`(${NAME})(${WS}*)(=?)`, bygroups('Name.Variable', usingThis('whitespace'), 'Punctuation'), ['#pop', 'more', 'main']],
      defaultState('#pop:2'),
    ],
    'block?/root': [
      [String.raw`\{`, 'Punctuation', ['#pop', 'block']],
      include('whitespace'),
      [String.raw`(?=[\[\'"<(:])`, 'Text', ['#pop', 'object-body/no-braces', 'grammar', 'grammar-rules']],
      defaultState(['#pop', 'object-body/no-braces']),
    ],
    'block?': [
      [String.raw`\{`, 'Punctuation', ['#pop', 'block']],
      include('whitespace'),
      defaultState('#pop'),
    ],
    'block/basic': [
      [String.raw`[;:]+`, 'Punctuation'],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`default\b`, 'Keyword.Reserved'],
      [String.raw`(${NAME})(${WS}*)(:)`, bygroups('Name.Label', usingThis('whitespace'), 'Punctuation')],
      include('whitespace'),
    ],
    block: [
      include('block/basic'),
      [String.raw`(?!\Z)`, 'Text', ['more', 'main']],
    ],
    'block/embed': [
      [String.raw`>>`, 'Literal.String.Interpol', '#pop'],
      include('block/basic'),
      [String.raw`(?!\Z)`, 'Text', ['more/embed', 'main']],
    ],
    'main/basic': [
      include('whitespace'),
      [String.raw`\(`, 'Punctuation', ['#pop', 'more', 'main']],
      [String.raw`\[`, 'Punctuation', ['#pop', 'more/list', 'main']],
      [String.raw`\{`, 'Punctuation', ['#pop', 'more/inner', 'main/inner', 'more/parameters', 'main/parameters']],
      [String.raw`\*|\.{3}`, 'Punctuation', '#pop'],
      [String.raw`(?i)0x[\da-f]+`, 'Literal.Number.Hex', '#pop'],
      [String.raw`(\d+\.(?!\.)\d*|\.\d+)([eE][-+]?\d+)?|\d+[eE][-+]?\d+`, 'Literal.Number.Float', '#pop'],
      [String.raw`0[0-7]+`, 'Literal.Number.Oct', '#pop'],
      [String.raw`\d+`, 'Literal.Number.Integer', '#pop'],
      [String.raw`"""`, 'Literal.String.Double', ['#pop', 'tdqs']],
      [String.raw`'''`, 'Literal.String.Single', ['#pop', 'tsqs']],
      [String.raw`"`, 'Literal.String.Double', ['#pop', 'dqs']],
      [String.raw`'`, 'Literal.String.Single', ['#pop', 'sqs']],
      [String.raw`R"""`, 'Literal.String.Regex', ['#pop', 'tdqr']],
      [String.raw`R'''`, 'Literal.String.Regex', ['#pop', 'tsqr']],
      [String.raw`R"`, 'Literal.String.Regex', ['#pop', 'dqr']],
      [String.raw`R'`, 'Literal.String.Regex', ['#pop', 'sqr']],
      [String.raw`(extern)(${WS}+)(object\b)`, bygroups('Keyword.Reserved', usingThis('whitespace'), 'Keyword.Reserved')],
      [String.raw`(function|method)(${WS}*)(\()`, bygroups('Keyword.Reserved', usingThis('whitespace'), 'Punctuation'), ['#pop', 'block?', 'more/parameters', 'main/parameters']],
      [String.raw`(modify)(${WS}+)(grammar\b)`, bygroups('Keyword.Reserved', usingThis('whitespace'), 'Keyword.Reserved'), ['#pop', 'object-body/no-braces', ':', 'grammar']],
      [String.raw`(new)(${WS}+(?=(?:function|method)\b))`, bygroups('Keyword.Reserved', usingThis('whitespace'))],
      [String.raw`(object)(${WS}+)(template\b)`, bygroups('Keyword.Reserved', usingThis('whitespace'), 'Keyword.Reserved'), ['#pop', 'template']],
      [String.raw`(string)(${WS}+)(template\b)`, bygroups('Keyword', usingThis('whitespace'), 'Keyword.Reserved'), ['#pop', 'function-name']],
      [String.raw`(argcount|definingobj|invokee|replaced|targetobj|targetprop)\b`, 'Name.Builtin', '#pop'],
      [String.raw`(break|continue|goto)\b`, 'Keyword.Reserved', ['#pop', 'label']],
      [String.raw`(case|extern|if|intrinsic|return|static|while)\b`, 'Keyword.Reserved'],
      [String.raw`catch\b`, 'Keyword.Reserved', ['#pop', 'catch']],
      [String.raw`class\b`, 'Keyword.Reserved', ['#pop', 'object-body/no-braces', 'class']],
      [String.raw`(default|do|else|finally|try)\b`, 'Keyword.Reserved', '#pop'],
      [String.raw`(dictionary|property)\b`, 'Keyword.Reserved', ['#pop', 'constants']],
      [String.raw`enum\b`, 'Keyword.Reserved', ['#pop', 'enum']],
      [String.raw`export\b`, 'Keyword.Reserved', ['#pop', 'main']],
      [String.raw`(for|foreach)\b`, 'Keyword.Reserved', ['#pop', 'more/inner', 'main/inner']],
      [String.raw`(function|method)\b`, 'Keyword.Reserved', ['#pop', 'block?', 'function-name']],
      [String.raw`grammar\b`, 'Keyword.Reserved', ['#pop', 'object-body/no-braces', 'grammar']],
      [String.raw`inherited\b`, 'Keyword.Reserved', ['#pop', 'inherited']],
      [String.raw`local\b`, 'Keyword.Reserved', ['#pop', 'more/local', 'main/local']],
      [String.raw`(modify|replace|switch|throw|transient)\b`, 'Keyword.Reserved', '#pop'],
      [String.raw`new\b`, 'Keyword.Reserved', ['#pop', 'class']],
      [String.raw`(nil|true)\b`, 'Keyword.Constant', '#pop'],
      [String.raw`object\b`, 'Keyword.Reserved', ['#pop', 'object-body/no-braces']],
      [String.raw`operator\b`, 'Keyword.Reserved', ['#pop', 'operator']],
      [String.raw`propertyset\b`, 'Keyword.Reserved', ['#pop', 'propertyset', 'main']],
      [String.raw`self\b`, 'Name.Builtin.Pseudo', '#pop'],
      [String.raw`template\b`, 'Keyword.Reserved', ['#pop', 'template']],
      [String.raw`(__objref|defined)(${WS}*)(\()`, bygroups('Operator.Word', usingThis('whitespace'), 'Operator'), ['#pop', 'more/__objref', 'main']],
      [String.raw`delegated\b`, 'Operator.Word'],
      [String.raw`(__DATE__|__DEBUG|__LINE__|__FILE__|__TADS_MACRO_FORMAT_VERSION|__TADS_SYS_\w*|__TADS_SYSTEM_NAME|__TADS_VERSION_MAJOR|__TADS_VERSION_MINOR|__TADS3|__TIME__|construct|finalize|grammarInfo|grammarTag|lexicalParent|miscVocab|sourceTextGroup|sourceTextGroupName|sourceTextGroupOrder|sourceTextOrder)\b`, 'Name.Builtin', '#pop'],
    ],
    main: [
      include('main/basic'),
      [String.raw`${NAME}`, 'Name', '#pop'],
      defaultState('#pop'),
    ],
    'more/basic': [
      [String.raw`\(`, 'Punctuation', ['more/list', 'main']],
      [String.raw`\[`, 'Punctuation', ['more', 'main']],
      [String.raw`\.{3}`, 'Punctuation'],
      [String.raw`->|\.\.`, 'Punctuation', 'main'],
      [String.raw`(?=;)|[:)\]]`, 'Punctuation', '#pop'],
      include('whitespace'),
      [String.raw`${OPERATOR}`, 'Operator', 'main'],
      [String.raw`\?`, 'Operator', ['main', 'more/conditional', 'main']],
      [String.raw`(is|not)(${WS}+)(in\b)`, bygroups('Operator.Word', usingThis('whitespace'), 'Operator.Word')],
      [String.raw`[^\s!"%-_a-z{-~]+`, 'Error'],
    ],
    more: [
      include('more/basic'),
      defaultState('#pop'),
    ],
    'more/conditional': [
      [String.raw`:(?!:)`, 'Operator', '#pop'],
      include('more'),
    ],
    'more/embed': [
      [String.raw`>>`, 'Literal.String.Interpol', '#pop:2'],
      include('more'),
    ],
    'main/inner': [
      [String.raw`\(`, 'Punctuation', ['#pop', 'more/inner', 'main/inner']],
      [String.raw`local\b`, 'Keyword.Reserved', ['#pop', 'main/local']],
      include('main'),
    ],
    'more/inner': [
      [String.raw`\}`, 'Punctuation', '#pop'],
      [String.raw`,`, 'Punctuation', 'main/inner'],
      [String.raw`(in|step)\b`, 'Keyword', 'main/inner'],
      include('more'),
    ],
    'main/local': [
      [String.raw`${NAME}`, 'Name.Variable', '#pop'],
      include('whitespace'),
    ],
    'more/local': [
      [String.raw`,`, 'Punctuation', 'main/local'],
      include('more'),
    ],
    'more/list': [
      [String.raw`[,:]`, 'Punctuation', 'main'],
      include('more'),
    ],
    'main/parameters': [
      [String.raw`(${NAME})(${WS}*)(?=:)`, bygroups('Name.Variable', usingThis('whitespace')), '#pop'],
      [String.raw`(${NAME})(${WS}+)(${NAME})`, bygroups('Name.Class', usingThis('whitespace'), 'Name.Variable'), '#pop'],
      [String.raw`\[+`, 'Punctuation'],
      include('main/basic'),
      [String.raw`${NAME}`, 'Name.Variable', '#pop'],
      defaultState('#pop'),
    ],
    'more/parameters': [
      [String.raw`(:)(${WS}*(?=[?=,:)]))`, bygroups('Punctuation', usingThis('whitespace'))],
      [String.raw`[?\]]+`, 'Punctuation'],
      [String.raw`[:)]`, 'Punctuation', ['#pop', 'multimethod?']],
      [String.raw`,`, 'Punctuation', 'main/parameters'],
      [String.raw`=`, 'Punctuation', ['more/parameter', 'main']],
      include('more'),
    ],
    'more/parameter': [
      [String.raw`(?=[,)])`, 'Text', '#pop'],
      include('more'),
    ],
    'multimethod?': [
      [String.raw`multimethod\b`, 'Keyword', '#pop'],
      include('whitespace'),
      defaultState('#pop'),
    ],
    'more/__objref': [
      [String.raw`,`, 'Punctuation', 'mode'],
      [String.raw`\)`, 'Operator', '#pop'],
      include('more'),
    ],
    mode: [
      [String.raw`(error|warn)\b`, 'Keyword', '#pop'],
      include('whitespace'),
    ],
    catch: [
      [String.raw`\(+`, 'Punctuation'],
      [String.raw`${NAME}`, 'Name.Exception', ['#pop', 'variables']],
      include('whitespace'),
    ],
    enum: [
      include('whitespace'),
      [String.raw`token\b`, 'Keyword', ['#pop', 'constants']],
      defaultState(['#pop', 'constants']),
    ],
    grammar: [
      [String.raw`\)+`, 'Punctuation'],
      [String.raw`\(`, 'Punctuation', 'grammar-tag'],
      [String.raw`:`, 'Punctuation', 'grammar-rules'],
      [String.raw`${NAME}`, 'Name.Class'],
      include('whitespace'),
    ],
    'grammar-tag': [
      include('whitespace'),
      [String.raw`"""([^\\"<]|""?(?!")|\\"+|\\.|<(?!<))+("{3,}|<<)|R"""([^\\"]|""?(?!")|\\"+|\\.)+"{3,}|'''([^\\'<]|''?(?!')|\\'+|\\.|<(?!<))+('{3,}|<<)|R'''([^\\']|''?(?!')|\\'+|\\.)+'{3,}|"([^\\"<]|\\.|<(?!<))+("|<<)|R"([^\\"]|\\.)+"|'([^\\'<]|\\.|<(?!<))+('|<<)|R'([^\\']|\\.)+'|([^)\s\\/]|/(?![/*]))+|\)`, 'Literal.String.Other', '#pop'],
    ],
    'grammar-rules': [
      include('string'),
      include('whitespace'),
      [String.raw`(\[)(${WS}*)(badness)`, bygroups('Punctuation', usingThis('whitespace'), 'Keyword'), 'main'],
      [String.raw`->|${OPERATOR}|[()]`, 'Punctuation'],
      [String.raw`${NAME}`, 'Name.Constant'],
      defaultState('#pop:2'),
    ],
    ':': [
      [String.raw`:`, 'Punctuation', '#pop'],
    ],
    'function-name': [
      [String.raw`(<<([^>]|>>>|>(?!>))*>>)+`, 'Literal.String.Interpol'],
      [String.raw`(?=${NAME}?${WS}*[({])`, 'Text', '#pop'],
      [String.raw`${NAME}`, 'Name.Function', '#pop'],
      include('whitespace'),
    ],
    inherited: [
      [String.raw`<`, 'Punctuation', ['#pop', 'classes', 'class']],
      include('whitespace'),
      [String.raw`${NAME}`, 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    operator: [
      [String.raw`negate\b`, 'Operator.Word', '#pop'],
      include('whitespace'),
      [String.raw`${OPERATOR}`, 'Operator'],
      defaultState('#pop'),
    ],
    propertyset: [
      [String.raw`\(`, 'Punctuation', ['more/parameters', 'main/parameters']],
      [String.raw`\{`, 'Punctuation', ['#pop', 'object-body']],
      include('whitespace'),
    ],
    template: [
      [String.raw`(?=;)`, 'Text', '#pop'],
      include('string'),
      [String.raw`inherited\b`, 'Keyword.Reserved'],
      include('whitespace'),
      [String.raw`->|\?|${OPERATOR}`, 'Punctuation'],
      [String.raw`${NAME}`, 'Name.Variable'],
    ],
    class: [
      [String.raw`\*|\.{3}`, 'Punctuation', '#pop'],
      [String.raw`object\b`, 'Keyword.Reserved', '#pop'],
      [String.raw`transient\b`, 'Keyword.Reserved'],
      [String.raw`${NAME}`, 'Name.Class', '#pop'],
      include('whitespace'),
      defaultState('#pop'),
    ],
    classes: [
      [String.raw`[:,]`, 'Punctuation', 'class'],
      include('whitespace'),
      [String.raw`>`, 'Punctuation', '#pop'],
      defaultState('#pop'),
    ],
    constants: [
      [String.raw`,+`, 'Punctuation'],
      [String.raw`;`, 'Punctuation', '#pop'],
      [String.raw`property\b`, 'Keyword.Reserved'],
      [String.raw`${NAME}`, 'Name.Constant'],
      include('whitespace'),
    ],
    label: [
      [String.raw`${NAME}`, 'Name.Label', '#pop'],
      include('whitespace'),
      defaultState('#pop'),
    ],
    variables: [
      [String.raw`,+`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation', '#pop'],
      include('whitespace'),
      [String.raw`${NAME}`, 'Name.Variable'],
    ],
    whitespace: [
      [String.raw`^${WS_PP}*#(${COMMENT_MULTILINE}|[^\n]|(?<=\\)\n)*\n?`, 'Comment.Preproc'],
      [String.raw`${COMMENT_SINGLE}`, 'Comment.Single'],
      [String.raw`${COMMENT_MULTILINE}`, 'Comment.Multiline'],
      [String.raw`\\+\n+${WS_PP}*#?|\n+|([^\S\n]|\\)+`, 'Text'],
    ],
    string: [
      [String.raw`"""`, 'Literal.String.Double', 'tdqs'],
      [String.raw`'''`, 'Literal.String.Single', 'tsqs'],
      [String.raw`"`, 'Literal.String.Double', 'dqs'],
      [String.raw`'`, 'Literal.String.Single', 'sqs'],
    ],
    's/escape': [
      [String.raw`\{\{|\}\}|${ESCAPE}`, 'Literal.String.Escape'],
    ],
    's/verbatim': [
      [String.raw`<<\s*(as\s+decreasingly\s+likely\s+outcomes|cycling|else|end|first\s+time|one\s+of|only|or|otherwise|(sticky|(then\s+)?(purely\s+)?at)\s+random|stopping|(then\s+)?(half\s+)?shuffled|\|\|)\s*>>`, 'Literal.String.Interpol'],
      [String.raw`<<(%(_(${ESCAPE}|\\?.)|[\-+ ,#]|\[\d*\]?)*\d*\.?\d*(${ESCAPE}|\\?.)|\s*((else|otherwise)\s+)?(if|unless)\b)?`, 'Literal.String.Interpol', ['block/embed', 'more/embed', 'main']],
    ],
    's/entity': [
      [String.raw`(?i)&(#(x[\da-f]+|\d+)|[a-z][\da-z]*);?`, 'Name.Entity'],
    ],
    tdqr: [
      [String.raw`[^\\"]+`, 'Literal.String.Regex'],
      [String.raw`\\"*`, 'Literal.String.Regex'],
      [String.raw`"{3,}`, 'Literal.String.Regex', '#pop'],
      [String.raw`"`, 'Literal.String.Regex'],
    ],
    tsqr: [
      [String.raw`[^\\']+`, 'Literal.String.Regex'],
      [String.raw`\\'*`, 'Literal.String.Regex'],
      [String.raw`'{3,}`, 'Literal.String.Regex', '#pop'],
      [String.raw`'`, 'Literal.String.Regex'],
    ],
    dqr: [
      [String.raw`[^\\"]+`, 'Literal.String.Regex'],
      [String.raw`\\"?`, 'Literal.String.Regex'],
      [String.raw`"`, 'Literal.String.Regex', '#pop'],
    ],
    sqr: [
      [String.raw`[^\\']+`, 'Literal.String.Regex'],
      [String.raw`\\'?`, 'Literal.String.Regex'],
      [String.raw`'`, 'Literal.String.Regex', '#pop'],
    ],
  },
};

const PP = String.raw`^${WS_PP}*#${WS_PP}*`;
const IF_FALSE = pythonRegExp(String.raw`${PP}if${WS_PP}+(0|nil)${WS_PP}*$\n?`, '', false);
const ELSE = pythonRegExp(String.raw`${PP}el(if|se)\b`, '', false);
const IF = pythonRegExp(`${PP}if`, '', false);
const ENDIF = pythonRegExp(String.raw`${PP}endif\b`, '', false);
/** re.match: at the value's start. */
const matchesAt = (regex: RegExp, value: string): boolean => {
  regex.lastIndex = 0;
  return regex.test(value);
};

/** get_tokens_unprocessed: tokens inside `#if 0` / `#if nil` (to its `#else`, `#elif` or `#endif`) become Comment. */
function* falseIfs(tokens: Iterable<Token>): Generator<Token> {
  let level = 0;
  for (const [index, type, value] of tokens) {
    let retyped = type;
    if (level === 0) {
      if (type === 'Comment.Preproc' && matchesAt(IF_FALSE, value)) level = 1;
    } else if (type === 'Comment.Preproc') {
      if (level === 1 && matchesAt(ELSE, value)) level = 0;
      else if (matchesAt(IF, value)) level++;
      else if (matchesAt(ENDIF, value)) level--;
    } else {
      retyped = 'Comment';
    }
    yield [index, retyped, value];
  }
}

export const tads3Lexer: LexerFactory = {
  name: 'TADS 3',
  aliases: ['tads3'],
  create(byName) {
    const rules = compileLexer(tads3Rules, byName);
    return { ...rules, tokensUnprocessed: (text, stack) => falseIfs(rules.tokensUnprocessed(text, stack)) };
  },
};
