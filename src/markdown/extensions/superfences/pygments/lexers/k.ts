/**
 * Pygments' KLexer (pygments/lexers/q.py, Pygments 2.20.0), rule for rule: K's verbs, adverbs,
 * symbols, temporal literals and `/` comments (a lone `/` line opens a block comment).
 *
 *     f:{x+y}   ->   <nf>f</nf><p>:</p><p>{</p><nv>x</nv><o>+</o><nv>y</nv><p>}</p>
 */
import { bygroups, include, words, type LexerDefinition } from '../regex-lexer.ts';

export const kLexer: LexerDefinition = {
  name: 'K',
  aliases: ['k'],
  tokens: {
    whitespace: [
      ['^#!.*', 'Comment.Hashbang'],
      [String.raw`^/\s*\n`, 'Comment.Multiline', 'comments'],
      [String.raw`(?<!\S)/.*`, 'Comment.Single'],
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`\"`, 'Literal.String.Double', 'strings'],
    ],
    root: [
      include('whitespace'),
      include('keywords'),
      include('declarations'),
    ],
    keywords: [
      [
        words([
          'abs', 'acos', 'asin', 'atan', 'avg', 'bin', 'binr', 'by', 'cor', 'cos', 'cov', 'dev', 'delete',
          'div', 'do', 'enlist', 'exec', 'exit', 'exp', 'from', 'getenv', 'hopen', 'if', 'in', 'insert',
          'last', 'like', 'log', 'max', 'min', 'prd', 'select', 'setenv', 'sin', 'sqrt', 'ss', 'sum', 'tan',
          'update', 'var', 'wavg', 'while', 'within', 'wsum', 'xexp',
        ], '', String.raw`\b`),
        'Operator.Word',
      ],
    ],
    declarations: [
      [String.raw`^\\ts?`, 'Comment.Preproc'],
      [String.raw`^(\\\w\s+[^/\n]*?)(/.*)`, bygroups('Comment.Preproc', 'Comment.Single')],
      [String.raw`^\\\w.*`, 'Comment.Preproc'],
      [String.raw`^[a-zA-Z]\)`, 'Generic.Prompt'],
      [String.raw`([.]?[a-zA-Z][\w.]*)(\s*)([-.~=!@#$%^&*_+|,<>?/\\:']?:)(\s*)(\{)`, bygroups('Name.Function', 'Text.Whitespace', 'Operator', 'Text.Whitespace', 'Punctuation'), 'functions'],
      [String.raw`([.]?[a-zA-Z][\w.]*)(\s*)([-.~=!@#$%^&*_+|,<>?/\\:']?:)`, bygroups('Name.Variable', 'Text.Whitespace', 'Operator')],
      [String.raw`\{`, 'Punctuation', 'functions'],
      [String.raw`\(`, 'Punctuation', 'parentheses'],
      [String.raw`\[`, 'Punctuation', 'brackets'],
      ["'`([a-zA-Z][\\w.]*)?", 'Name.Exception'],
      ["`:([a-zA-Z/][\\w./]*)?", 'Literal.String.Symbol'],
      ["`([a-zA-Z][\\w.]*)?", 'Literal.String.Symbol'],
      include('numbers'),
      [String.raw`[a-zA-Z][\w.]*`, 'Name'],
      [String.raw`[-=+*#$%@!~^&:.,<>'\\|/?_]`, 'Operator'],
      [';', 'Punctuation'],
    ],
    functions: [
      include('root'),
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
    parentheses: [
      include('root'),
      [String.raw`\)`, 'Punctuation', '#pop'],
    ],
    brackets: [
      include('root'),
      [String.raw`\]`, 'Punctuation', '#pop'],
    ],
    numbers: [
      ['[01]+b', 'Literal.Number.Bin'],
      ['0[nNwW][cefghijmndzuvtp]?', 'Literal.Number'],
      ['(?:[0-9]{4}[.][0-9]{2}[.][0-9]{2}|[0-9]+)D(?:[0-9](?:[0-9](?::[0-9]{2}(?::[0-9]{2}(?:[.][0-9]*)?)?)?)?)?', 'Literal.Date'],
      ['[0-9]{4}[.][0-9]{2}(?:m|[.][0-9]{2}(?:T(?:[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]*)?)?)?)?)', 'Literal.Date'],
      ['[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.][0-9]{1,3})?)?', 'Literal.Date'],
      ['[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'Literal.Number.Hex'],
      ['0x[0-9a-fA-F]+', 'Literal.Number.Hex'],
      ['([0-9]*[.]?[0-9]+|[0-9]+[.]?[0-9]*)[eE][+-]?[0-9]+[ef]?', 'Literal.Number.Float'],
      ['([0-9]*[.][0-9]+|[0-9]+[.][0-9]*)[ef]?', 'Literal.Number.Float'],
      ['[0-9]+[ef]', 'Literal.Number.Float'],
      ['[0-9]+c', 'Literal.Number'],
      ['[0-9]+[ihtuv]', 'Literal.Number.Integer'],
      ['[0-9]+[jnp]?', 'Literal.Number.Integer.Long'],
    ],
    comments: [
      [String.raw`[^\\]+`, 'Comment.Multiline'],
      ["^\\\\", 'Comment.Multiline', '#pop'],
      ["\\\\", 'Comment.Multiline'],
    ],
    strings: [
      [String.raw`[^"\\]+`, 'Literal.String.Double'],
      [String.raw`\\.`, 'Literal.String.Escape'],
      ['"', 'Literal.String.Double', '#pop'],
    ],
  },
};
