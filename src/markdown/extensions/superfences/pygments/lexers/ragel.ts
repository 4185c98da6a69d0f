/**
 * Pygments' RagelLexer, RagelEmbeddedLexer and the Ragel-in-a-host DelegatingLexers (Ruby, C, D,
 * C++, Objective-C, Java) (pygments/lexers/parsers.py, Pygments 2.20.0), rule for rule. RagelLexer
 * lexes state machine definitions, their `{...}` actions left as `Other`; RagelEmbeddedLexer finds
 * `%%{ ... }%%` blocks and `%% ...` lines in a host file, lexes them with RagelLexer and leaves the
 * host code `Other`, which the DelegatingLexers hand to the host language's lexer.
 *
 *     main := ( 'a' | 'b' )* ;   ->   <nv>main</nv> <o>:</o><o>=</o> <o>(</o> <s1>'a'</s1> <o>|</o> <s1>'b'</s1> <o>)</o><o>*</o> <p>;</p>
 */
import { using } from '../delegation.ts';
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';
import { delegatingFactory } from './delegating-factory.ts';

export const ragelLexer: LexerDefinition = {
  name: 'Ragel',
  aliases: ['ragel'],
  tokens: {
    whitespace: [
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    comments: [
      [String.raw`\#.*$`, 'Comment'],
    ],
    keywords: [
      [String.raw`(access|action|alphtype)\b`, 'Keyword'],
      [String.raw`(getkey|write|machine|include)\b`, 'Keyword'],
      [String.raw`(any|ascii|extend|alpha|digit|alnum|lower|upper)\b`, 'Keyword'],
      [String.raw`(xdigit|cntrl|graph|print|punct|space|zlen|empty)\b`, 'Keyword'],
    ],
    numbers: [
      ['0x[0-9A-Fa-f]+', 'Literal.Number.Hex'],
      ['[+-]?[0-9]+', 'Literal.Number.Integer'],
    ],
    literals: [
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      // square bracket literals
      [String.raw`\[(\\\\|\\[^\\]|[^\\\]])*\]`, 'Literal.String'],
      // regular expressions
      [String.raw`/(?!\*)(\\\\|\\[^\\]|[^/\\])*/`, 'Literal.String.Regex'],
    ],
    identifiers: [
      [String.raw`[a-zA-Z_]\w*`, 'Name.Variable'],
    ],
    operators: [
      [',', 'Operator'], // join
      [String.raw`\||&|--?`, 'Operator'], // union, intersection and subtraction
      [String.raw`\.|<:|:>>?`, 'Operator'], // concatenation
      [':', 'Operator'], // label
      ['->', 'Operator'], // epsilon transition
      [String.raw`(>|\$|%|<|@|<>)(/|eof\b)`, 'Operator'], // EOF actions
      [String.raw`(>|\$|%|<|@|<>)(!|err\b)`, 'Operator'], // global error actions
      [String.raw`(>|\$|%|<|@|<>)(\^|lerr\b)`, 'Operator'], // local error actions
      [String.raw`(>|\$|%|<|@|<>)(~|to\b)`, 'Operator'], // to-state actions
      [String.raw`(>|\$|%|<|@|<>)(\*|from\b)`, 'Operator'], // from-state actions
      [String.raw`>|@|\$|%`, 'Operator'], // transition actions and priorities
      [String.raw`\*|\?|\+|\{[0-9]*,[0-9]*\}`, 'Operator'], // repetition
      [String.raw`!|\^`, 'Operator'], // negation
      [String.raw`\(|\)`, 'Operator'], // grouping
    ],
    root: [
      include('literals'),
      include('whitespace'),
      include('comments'),
      include('keywords'),
      include('numbers'),
      include('identifiers'),
      include('operators'),
      [String.raw`\{`, 'Punctuation', 'host'],
      ['=', 'Operator'],
      [';', 'Punctuation'],
    ],
    host: [
      [
        // host code in the largest possible chunks
        '(' +
          [
            String.raw`[^{}'"/#]+`, // no unsafe characters
            String.raw`[^\\]\\[{}]`, // an escaped { or }
            // strings and comments may hold unsafe characters
            String.raw`"(\\\\|\\[^\\]|[^"\\])*"`,
            String.raw`'(\\\\|\\[^\\]|[^'\\])*'`,
            String.raw`//.*$\n?`, // single-line comment
            String.raw`/\*(.|\n)*?\*/`, // multi-line comment
            String.raw`\#.*$\n?`, // Ruby comment
            // a regular expression (not starting with *, which would be a comment)
            String.raw`/(?!\*)(\\\\|\\[^\\]|[^/\\])*/`,
            // a lone / once regular expressions and comments are out of the way
            '/',
          ].join('|') +
          ')+',
        'Other',
      ],
      [String.raw`\{`, 'Punctuation', '#push'],
      [String.raw`\}`, 'Punctuation', '#pop'],
    ],
  },
};

export const ragelEmbeddedLexer: LexerDefinition = {
  name: 'Embedded Ragel',
  aliases: ['ragel-em'],
  tokens: {
    root: [
      [
        // host code in the largest possible chunks
        '(' +
          [
            String.raw`[^%'"/#]+`, // no unsafe characters
            '%(?=[^%]|$)', // one % is fine, two are not
            // strings and comments may hold unsafe characters
            String.raw`"(\\\\|\\[^\\]|[^"\\])*"`,
            String.raw`'(\\\\|\\[^\\]|[^'\\])*'`,
            String.raw`/\*(.|\n)*?\*/`, // multi-line comment
            String.raw`//.*$\n?`, // single-line comment
            String.raw`\#.*$\n?`, // Ruby or Ragel comment
            String.raw`/(?!\*)(\\\\|\\[^\\]|[^/\\])*/`, // regular expression
            // a lone / once regular expressions and comments are out of the way
            '/',
          ].join('|') +
          ')+',
        'Other',
      ],
      // a single-line FSM (Pygments: a quoted newline in one breaks this)
      [String.raw`(%%)(?![{%])(.*)($|;)(\n?)`, bygroups('Punctuation', using('ragel'), 'Punctuation', 'Text')],
      // a multi-line FSM
      [String.raw`(%%%%|%%)\{`, 'Punctuation', 'multi-line-fsm'],
    ],
    'multi-line-fsm': [
      [
        // Ragel code in the largest possible chunks
        '(' +
          [
            '(' +
              [
                String.raw`[^}'"\[/#]`, // no unsafe characters
                String.raw`\}(?=[^%]|$)`, // a } not followed by %
                String.raw`\}%(?=[^%]|$)`, // ...or by one % only
                String.raw`[^\\]\\[{}]`, // ...or escaped
                // a / after one of these (EOF actions)
                String.raw`(>|\$|%|<|@|<>)/`,
                // a regular expression right before *, not taken for a comment
                String.raw`/(?!\*)(\\\\|\\[^\\]|[^/\\])*/\*`,
                // a / not followed by another / or a *
                '/(?=[^/*]|$)',
              ].join('|') +
              ')+',
            // strings and comments may hold unsafe characters
            String.raw`"(\\\\|\\[^\\]|[^"\\])*"`,
            String.raw`'(\\\\|\\[^\\]|[^'\\])*'`,
            String.raw`\[(\\\\|\\[^\\]|[^\]\\])*\]`, // square bracket literal
            String.raw`/\*(.|\n)*?\*/`, // multi-line comment
            String.raw`//.*$\n?`, // single-line comment
            String.raw`\#.*$\n?`, // Ruby or Ragel comment
          ].join('|') +
          ')+',
        using('ragel'),
      ],
      [String.raw`\}%%`, 'Punctuation', '#pop'],
    ],
  },
};

export const ragelRubyLexer = delegatingFactory('Ragel in Ruby Host', ['ragel-ruby', 'ragel-rb'], 'ruby', 'ragel-em');
export const ragelCLexer = delegatingFactory('Ragel in C Host', ['ragel-c'], 'c', 'ragel-em');
export const ragelDLexer = delegatingFactory('Ragel in D Host', ['ragel-d'], 'd', 'ragel-em');
export const ragelCppLexer = delegatingFactory('Ragel in CPP Host', ['ragel-cpp'], 'cpp', 'ragel-em');
export const ragelObjectiveCLexer = delegatingFactory('Ragel in Objective C Host', ['ragel-objc'], 'objective-c', 'ragel-em');
export const ragelJavaLexer = delegatingFactory('Ragel in Java Host', ['ragel-java'], 'java', 'ragel-em');
