/**
 * Pygments' NitLexer (pygments/lexers/nit.py, Pygments 2.20.0), rule for rule.
 * Nit, an object-oriented language with Ruby-like syntax.
 *
 *     class Foo   ->   <k>class</k> <nc>Foo</nc>
 */
import { words, type LexerDefinition } from '../regex-lexer.ts';

const ROOT_KEYWORD = [
  'package', 'module', 'import', 'class', 'abstract', 'interface', 'universal', 'enum', 'end', 'fun', 'type', 'init',
  'redef', 'isa', 'do', 'readable', 'writable', 'var', 'intern', 'extern', 'public', 'protected', 'private',
  'intrude', 'if', 'then', 'else', 'while', 'loop', 'for', 'in', 'and', 'or', 'not', 'implies', 'return', 'continue',
  'break', 'abort', 'assert', 'new', 'is', 'once', 'super', 'self', 'true', 'false', 'nullable', 'null', 'as',
  'isset', 'label', '__debug__',
];

export const nitLexer: LexerDefinition = {
  name: 'Nit',
  aliases: ['nit'],
  tokens: {
    root: [
      ['#.*?$', 'Comment.Single'],
      [words(ROOT_KEYWORD, '', String.raw`(?=[\r\n\t( ])`), 'Keyword'],
      [String.raw`[A-Z]\w*`, 'Name.Class'],
      [String.raw`"""(([^\'\\]|\\.)|\\r|\\n)*((\{\{?)?(""?\{\{?)*""""*)`, 'Literal.String'],
      [String.raw`\'\'\'(((\\.|[^\'\\])|\\r|\\n)|\'((\\.|[^\'\\])|\\r|\\n)|\'\'((\\.|[^\'\\])|\\r|\\n))*\'\'\'`, 'Literal.String'],
      [String.raw`"""(([^\'\\]|\\.)|\\r|\\n)*((""?)?(\{\{?""?)*\{\{\{\{*)`, 'Literal.String'],
      [String.raw`\}\}\}(((\\.|[^\'\\])|\\r|\\n))*(""?)?(\{\{?""?)*\{\{\{\{*`, 'Literal.String'],
      [String.raw`\}\}\}(((\\.|[^\'\\])|\\r|\\n))*(\{\{?)?(""?\{\{?)*""""*`, 'Literal.String'],
      [String.raw`"(\\.|([^"}{\\]))*"`, 'Literal.String'],
      [String.raw`"(\\.|([^"}{\\]))*\{`, 'Literal.String'],
      [String.raw`\}(\\.|([^"}{\\]))*\{`, 'Literal.String'],
      [String.raw`\}(\\.|([^"}{\\]))*"`, 'Literal.String'],
      [String.raw`(\'[^\'\\]\')|(\'\\.\')`, 'Literal.String.Char'],
      ['[0-9]+', 'Literal.Number.Integer'],
      ['[0-9]*.[0-9]+', 'Literal.Number.Float'],
      ['0(x|X)[0-9A-Fa-f]+', 'Literal.Number.Hex'],
      [String.raw`[a-z]\w*`, 'Name'],
      [String.raw`_\w+`, 'Name.Variable.Instance'],
      [String.raw`==|!=|<==>|>=|>>|>|<=|<<|<|\+|-|=|/|\*|%|\+=|-=|!|@`, 'Operator'],
      [String.raw`\(|\)|\[|\]|,|\.\.\.|\.\.|\.|::|:`, 'Punctuation'],
      ["`\\{[^`]*`\\}", 'Text'],
      [String.raw`[\r\n\t ]+`, 'Text'],
    ],
  },
};
