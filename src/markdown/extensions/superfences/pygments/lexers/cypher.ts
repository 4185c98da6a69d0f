/**
 * Pygments' CypherLexer (pygments/lexers/graph.py, Pygments 2.20.0), rule for rule: Neo4j's query
 * language, where a relationship's `-[...]->` brackets are lexed again from root.
 *
 *     MATCH (a)-[:KNOWS]->(b)   ->   <k>MATCH</k><w> </w><p>(</p><n>a</n><p>)</p><o>-[</o><p>:</p><n>KNOWS</n><o>]-></o>...
 */
import { bygroups, include, usingThis, words, type LexerDefinition } from '../regex-lexer.ts';

export const cypherLexer: LexerDefinition = {
  name: 'Cypher',
  aliases: ['cypher'],
  flags: 'mi',
  tokens: {
    root: [
      include('clauses'),
      include('keywords'),
      include('relations'),
      include('strings'),
      include('whitespace'),
      include('barewords'),
      include('comment'),
    ],
    keywords: [
      [String.raw`(create|order|match|limit|set|skip|start|return|with|where|delete|foreach|not|by|true|false)\b`, 'Keyword'],
    ],
    // two-word clauses first, so that their second word is not read alone
    clauses: [
      [String.raw`(create)(\s+)(index|unique)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(drop)(\s+)(contraint|index)(\s+)(on)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(ends)(\s+)(with)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(is)(\s+)(node)(\s+)(key)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(is)(\s+)(null|unique)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(load)(\s+)(csv)(\s+)(from)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(on)(\s+)(match|create)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(optional)(\s+)(match)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(order)(\s+)(by)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(starts)(\s+)(with)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(union)(\s+)(all)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(using)(\s+)(periodic)(\s+)(commit)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(using)(\s+)(index)\b`, bygroups('Keyword', 'Text.Whitespace', 'Keyword')],
      [String.raw`(using)(\s+)(range|text|point)(\s+)(index)\b`, bygroups('Keyword', 'Text.Whitespace', 'Name', 'Text.Whitespace', 'Keyword')],
      [words([
        'all', 'any', 'as', 'asc', 'ascending', 'assert', 'call', 'case', 'create',
        'delete', 'desc', 'descending', 'distinct', 'end', 'fieldterminator',
        'foreach', 'in', 'limit', 'match', 'merge', 'none', 'not', 'null',
        'remove', 'return', 'set', 'skip', 'single', 'start', 'then', 'union',
        'unwind', 'yield', 'where', 'when', 'with', 'collect',
      ], '', String.raw`\b`), 'Keyword'],
    ],
    relations: [
      [String.raw`(-\[)(.*?)(\]->)`, bygroups('Operator', usingThis(), 'Operator')],
      [String.raw`(<-\[)(.*?)(\]-)`, bygroups('Operator', usingThis(), 'Operator')],
      [String.raw`(-\[)(.*?)(\]-)`, bygroups('Operator', usingThis(), 'Operator')],
      [String.raw`-->|<--|\[|\]`, 'Operator'],
      [String.raw`<|>|<>|=|<=|=>|\(|\)|\||:|,|;`, 'Punctuation'],
      [String.raw`[.*{}]`, 'Punctuation'],
    ],
    strings: [
      [String.raw`(['"])(?:\\[tbnrf'"\\]|[^\\])*?\1`, 'Literal.String'],
      ['`(?:``|[^`])+`', 'Name.Variable'],
    ],
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    barewords: [
      [String.raw`[a-z]\w*`, 'Name'],
      [String.raw`\d+`, 'Literal.Number'],
    ],
    comment: [
      ['//.*$', 'Comment.Single'],
    ],
  },
};
