/**
 * Pygments' JsxLexer and TsxLexer (pygments/lexers/jsx.py, Pygments 2.20): JavaScript or
 * TypeScript with tags, attributes and `{expressions}` tried before the language's own rules.
 *
 *     <App title="x" />   ->   <p><</p><nt>App</nt><w> </w><na>title</na><o>=</o><s>"x"</s><w> </w><p>/></p>
 */
import { bygroups, defaultState, include, type LexerDefinition, type Rule } from '../regex-lexer.ts';
import { javascriptTokens, typescriptTokens } from './javascript.ts';

const JSX_RULES: Readonly<Record<string, readonly Rule[]>> = {
  jsx: [
    ['</?>', 'Punctuation'], // JSXFragment <>|</>
    [String.raw`(<)(\w+)(\.?)`, bygroups('Punctuation', 'Name.Tag', 'Punctuation'), 'tag'],
    [String.raw`(</)(\w+)(>)`, bygroups('Punctuation', 'Name.Tag', 'Punctuation')],
    [String.raw`(</)(\w+)`, bygroups('Punctuation', 'Name.Tag'), 'fragment'], // Same for React.Context
  ],
  tag: [
    [String.raw`\s+`, 'Text.Whitespace'],
    [String.raw`([\w-]+)(\s*)(=)(\s*)`, bygroups('Name.Attribute', 'Text.Whitespace', 'Operator', 'Text.Whitespace'), 'attr'],
    ['[{}]+', 'Punctuation'],
    [String.raw`[\w\.]+`, 'Name.Attribute'],
    [String.raw`(/?)(\s*)(>)`, bygroups('Punctuation', 'Text', 'Punctuation'), '#pop'],
  ],
  fragment: [
    [String.raw`(.)(\w+)`, bygroups('Punctuation', 'Name.Attribute')],
    ['(>)', bygroups('Punctuation'), '#pop'],
  ],
  attr: [
    [String.raw`\{`, 'Punctuation', 'expression'],
    ['".*?"', 'Literal.String', '#pop'],
    ["'.*?'", 'Literal.String', '#pop'],
    defaultState('#pop'),
  ],
  expression: [
    [String.raw`\{`, 'Punctuation', '#push'],
    [String.raw`\}`, 'Punctuation', '#pop'],
    include('root'),
  ],
};

/** The parent's states with `jsx` in front of its root (`include("jsx"), inherit`). */
function withJsx(parent: Readonly<Record<string, readonly Rule[]>>): Readonly<Record<string, readonly Rule[]>> {
  return { ...parent, ...JSX_RULES, root: [include('jsx'), ...(parent['root'] ?? [])] };
}

export const jsxLexer: LexerDefinition = {
  name: 'JSX',
  aliases: ['jsx', 'react'],
  flags: 'ms',
  tokens: withJsx(javascriptTokens),
};

export const tsxLexer: LexerDefinition = {
  name: 'TSX',
  aliases: ['tsx'],
  flags: 'ms',
  tokens: withJsx(typescriptTokens),
};
