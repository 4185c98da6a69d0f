/**
 * Pygments' LiquidLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule for rule: Liquid
 * tags `{% %}` and outputs `{{ }}` with their filters; the text around them is plain `Text`.
 *
 *     {{ title | upcase }}   ->   <p>{{</p><w> </w><nv>title</nv><w> </w><p>|</p><w> </w><nf>upcase</nf><w> </w><p>}}</p>
 */
import { bygroups, combined, include, usingThis, type LexerDefinition } from '../regex-lexer.ts';

const W = 'Text.Whitespace';
const P = 'Punctuation';

export const liquidLexer: LexerDefinition = {
  name: 'liquid',
  aliases: ['liquid'],
  tokens: {
    root: [
      ['[^{]+', 'Text'],
      // tags and block tags
      [String.raw`(\{%)(\s*)`, bygroups(P, W), 'tag-or-block'],
      // output tags
      [String.raw`(\{\{)(\s*)([^\s}]+)`, bygroups(P, W, usingThis('generic')), 'output'],
      [String.raw`\{`, 'Text'],
    ],
    'tag-or-block': [
      // builtin logic blocks
      [String.raw`(if|unless|elsif|case)(?=\s+)`, 'Keyword.Reserved', 'condition'],
      [String.raw`(when)(\s+)`, bygroups('Keyword.Reserved', W), combined('end-of-block', 'whitespace', 'generic')],
      [String.raw`(else)(\s*)(%\})`, bygroups('Keyword.Reserved', W, P), '#pop'],
      // other builtin blocks
      [String.raw`(capture)(\s+)([^\s%]+)(\s*)(%\})`, bygroups('Name.Tag', W, usingThis('variable'), W, P), '#pop'],
      [String.raw`(comment)(\s*)(%\})`, bygroups('Name.Tag', W, P), 'comment'],
      [String.raw`(raw)(\s*)(%\})`, bygroups('Name.Tag', W, P), 'raw'],
      // end of block
      [String.raw`(end(case|unless|if))(\s*)(%\})`, bygroups('Keyword.Reserved', null, W, P), '#pop'],
      [String.raw`(end([^\s%]+))(\s*)(%\})`, bygroups('Name.Tag', null, W, P), '#pop'],
      // builtin tags (assign and include are handled together with usual tags)
      [String.raw`(cycle)(\s+)(?:([^\s:]*)(:))?(\s*)`, bygroups('Name.Tag', W, usingThis('generic'), P, W), 'variable-tag-markup'],
      // other tags or blocks
      [String.raw`([^\s%]+)(\s*)`, bygroups('Name.Tag', W), 'tag-markup'],
    ],
    output: [
      include('whitespace'),
      [String.raw`\}\}`, P, '#pop'], // end of output
      [String.raw`\|`, P, 'filters'],
    ],
    filters: [
      include('whitespace'),
      [String.raw`\}\}`, P, ['#pop', '#pop']], // end of filters and output
      [String.raw`([^\s|:]+)(:?)(\s*)`, bygroups('Name.Function', P, W), 'filter-markup'],
    ],
    'filter-markup': [
      [String.raw`\|`, P, '#pop'],
      include('end-of-tag'),
      include('default-param-markup'),
    ],
    condition: [
      include('end-of-block'),
      include('whitespace'),
      [
        String.raw`([^\s=!><]+)(\s*)([=!><]=?)(\s*)(\S+)(\s*)(%\})`,
        bygroups(usingThis('generic'), W, 'Operator', W, usingThis('generic'), W, P),
      ],
      [String.raw`\b!`, 'Operator'],
      [String.raw`\bnot\b`, 'Operator.Word'],
      [String.raw`([\w.\'"]+)(\s+)(contains)(\s+)([\w.\'"]+)`, bygroups(usingThis('generic'), W, 'Operator.Word', W, usingThis('generic'))],
      include('generic'),
      include('whitespace'),
    ],
    'generic-value': [include('generic'), include('end-at-whitespace')],
    operator: [
      [String.raw`(\s*)((=|!|>|<)=?)(\s*)`, bygroups(W, 'Operator', null, W), '#pop'],
      [String.raw`(\s*)(\bcontains\b)(\s*)`, bygroups(W, 'Operator.Word', W), '#pop'],
    ],
    'end-of-tag': [[String.raw`\}\}`, P, '#pop']],
    'end-of-block': [[String.raw`%\}`, P, ['#pop', '#pop']]],
    'end-at-whitespace': [[String.raw`\s+`, W, '#pop']],
    // states for unknown markup
    'param-markup': [
      include('whitespace'),
      // params with colons or equals
      [String.raw`([^\s=:]+)(\s*)(=|:)`, bygroups('Name.Attribute', W, 'Operator')],
      // explicit variables
      [String.raw`(\{\{)(\s*)([^\s}])(\s*)(\}\})`, bygroups(P, W, usingThis('variable'), W, P)],
      include('string'),
      include('number'),
      include('keyword'),
      [',', P],
    ],
    'default-param-markup': [
      include('param-markup'),
      ['.', 'Text'], // fallback for switches / variables / un-quoted strings / ...
    ],
    'variable-param-markup': [
      include('param-markup'),
      include('variable'),
      ['.', 'Text'], // fallback
    ],
    'tag-markup': [
      [String.raw`%\}`, P, ['#pop', '#pop']], // end of tag
      include('default-param-markup'),
    ],
    'variable-tag-markup': [
      [String.raw`%\}`, P, ['#pop', '#pop']], // end of tag
      include('variable-param-markup'),
    ],
    // states for different values types
    keyword: [[String.raw`\b(false|true)\b`, 'Keyword.Constant']],
    variable: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
      [String.raw`(?<=\w)\.(?=\w)`, P],
    ],
    string: [
      ["'[^']*'", 'Literal.String.Single'],
      ['"[^"]*"', 'Literal.String.Double'],
    ],
    number: [
      [String.raw`\d+\.\d+`, 'Literal.Number.Float'],
      [String.raw`\d+`, 'Literal.Number.Integer'],
    ],
    generic: [
      // decides for variable, string, keyword or number
      include('keyword'),
      include('string'),
      include('number'),
      include('variable'),
    ],
    whitespace: [['[ \t]+', W]],
    // states for builtin blocks
    comment: [
      [String.raw`(\{%)(\s*)(endcomment)(\s*)(%\})`, bygroups(P, W, 'Name.Tag', W, P), ['#pop', '#pop']],
      ['.', 'Comment'],
    ],
    raw: [
      ['[^{]+', 'Text'],
      [String.raw`(\{%)(\s*)(endraw)(\s*)(%\})`, bygroups(P, W, 'Name.Tag', W, P), '#pop'],
      [String.raw`\{`, 'Text'],
    ],
  },
};
