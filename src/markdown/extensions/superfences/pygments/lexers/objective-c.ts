/**
 * Pygments' ObjectiveCLexer and ObjectiveCppLexer (pygments/lexers/objective.py, Pygments 2.20):
 * `objective(CLexer)` and `objective(CppLexer)`,
 * CLexer plus Objective-C's `@` literals and directives, method heads and class declarations,
 * each placed around the C rules as `inherit` places them; Cocoa's class, protocol and primitive
 * names are retyped afterwards.
 *
 *     @interface Cat : NSObject   ->   <k>@interface</k> <nc>Cat</nc> : <bp>NSObject</bp>
 */
import { bygroups, defaultState, include, usingThis, words, type LexerFactory, type Rule } from '../regex-lexer.ts';
import { cFamilyFactory } from './c-family.ts';
import { cTokens } from './c.ts';
import { cppDefinition } from './cpp.ts';
import { COCOA_INTERFACES, COCOA_PRIMITIVES, COCOA_PROTOCOLS } from './cocoa-builtins.ts';

/** An Objective-C identifier: a letter, `$` or `_`, then word characters or `$`. */
const IDENT = String.raw`[a-zA-Z$_][\w$]*`;

const COCOA: ReadonlySet<string> = new Set([COCOA_INTERFACES, COCOA_PROTOCOLS, COCOA_PRIMITIVES].flatMap((names) => names.split(' ')));

/**
 * Pygments' `objective(baselexer)`: the base C-family lexer's states with Objective-C's rules
 * put around them (`inherit`); ObjectiveCLexer is built on CLexer, ObjectiveCppLexer on CppLexer.
 */
export function objective(
  name: string,
  aliases: readonly string[],
  base: Readonly<Record<string, readonly Rule[]>>,
  // a subclass's own rules put around these (LogosLexer's `inherit`, batch T)
  extend: (tokens: Readonly<Record<string, readonly Rule[]>>) => Readonly<Record<string, readonly Rule[]>> = (tokens) => tokens,
): LexerFactory {
  const cLike = cFamilyFactory({
    name,
    aliases,
    tokens: extend({
      ...base,
      statements: [
        ['@"', 'Literal.String', 'string'],
        ['@(YES|NO)', 'Literal.Number'],
        [String.raw`@'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|[^\\\'\n])'`, 'Literal.String.Char'],
        [String.raw`@(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[lL]?`, 'Literal.Number.Float'],
        [String.raw`@(\d+\.\d*|\.\d+|\d+[fF])[fF]?`, 'Literal.Number.Float'],
        ['@0x[0-9a-fA-F]+[Ll]?', 'Literal.Number.Hex'],
        ['@0[0-7]+[Ll]?', 'Literal.Number.Oct'],
        [String.raw`@\d+[Ll]?`, 'Literal.Number.Integer'],
        [String.raw`@\(`, 'Literal', 'literal_number'],
        [String.raw`@\[`, 'Literal', 'literal_array'],
        [String.raw`@\{`, 'Literal', 'literal_dictionary'],
        [
          words([
            '@selector', '@private', '@protected', '@public', '@encode', '@synchronized', '@try', '@throw', '@catch',
            '@finally', '@end', '@property', '@synthesize', '__bridge', '__bridge_transfer', '__autoreleasing', '__block',
            '__weak', '__strong', 'weak', 'strong', 'copy', 'retain', 'assign', 'unsafe_unretained', 'atomic', 'nonatomic',
            'readonly', 'readwrite', 'setter', 'getter', 'typeof', 'in', 'out', 'inout', 'release', 'class', '@dynamic',
            '@optional', '@required', '@autoreleasepool', '@import',
          ], '', String.raw`\b`),
          'Keyword',
        ],
        [words(['id', 'instancetype', 'Class', 'IMP', 'SEL', 'BOOL', 'IBOutlet', 'IBAction', 'unichar'], '', String.raw`\b`), 'Keyword.Type'],
        [String.raw`@(true|false|YES|NO)\n`, 'Name.Builtin'],
        [String.raw`(YES|NO|nil|self|super)\b`, 'Name.Builtin'],
        // Carbon types
        [String.raw`(Boolean|UInt8|SInt8|UInt16|SInt16|UInt32|SInt32)\b`, 'Keyword.Type'],
        // Carbon built-ins
        [String.raw`(TRUE|FALSE)\b`, 'Name.Builtin'],
        [String.raw`(@interface|@implementation)(\s+)`, bygroups('Keyword', 'Text'), ['#pop', 'oc_classname']],
        [String.raw`(@class|@protocol)(\s+)`, bygroups('Keyword', 'Text'), ['#pop', 'oc_forward_classname']],
        // @ can also prefix other expressions like @{...} or @(...)
        ['@', 'Punctuation'],
        ...(base['statements'] ?? []),
      ],
      oc_classname: [
        // interface definition that inherits
        [String.raw`(${IDENT})(\s*:\s*)(${IDENT})?(\s*)(\{)`, bygroups('Name.Class', 'Text', 'Name.Class', 'Text', 'Punctuation'), ['#pop', 'oc_ivars']],
        [String.raw`(${IDENT})(\s*:\s*)(${IDENT})?`, bygroups('Name.Class', 'Text', 'Name.Class'), '#pop'],
        // interface definition for a category
        [String.raw`(${IDENT})(\s*)(\(${IDENT}\))(\s*)(\{)`, bygroups('Name.Class', 'Text', 'Name.Label', 'Text', 'Punctuation'), ['#pop', 'oc_ivars']],
        [String.raw`(${IDENT})(\s*)(\(${IDENT}\))`, bygroups('Name.Class', 'Text', 'Name.Label'), '#pop'],
        // simple interface / implementation
        [String.raw`(${IDENT})(\s*)(\{)`, bygroups('Name.Class', 'Text', 'Punctuation'), ['#pop', 'oc_ivars']],
        [`(${IDENT})`, 'Name.Class', '#pop'],
      ],
      oc_forward_classname: [
        [String.raw`(${IDENT})(\s*,\s*)`, bygroups('Name.Class', 'Text'), 'oc_forward_classname'],
        [String.raw`(${IDENT})(\s*;?)`, bygroups('Name.Class', 'Text'), '#pop'],
      ],
      oc_ivars: [
        include('whitespace'),
        include('statements'),
        [';', 'Punctuation'],
        [String.raw`\{`, 'Punctuation', '#push'],
        [String.raw`\}`, 'Punctuation', '#pop'],
      ],
      root: [
        // methods: marker, return type, the start of the method name
        [String.raw`^([-+])(\s*)(\(.*?\))?(\s*)(${IDENT}:?)`, bygroups('Punctuation', 'Text', usingThis(), 'Text', 'Name.Function'), 'method'],
        ...(base['root'] ?? []),
      ],
      method: [
        include('whitespace'),
        [',', 'Punctuation'],
        [String.raw`\.\.\.`, 'Punctuation'],
        [String.raw`(\(.*?\))(\s*)(${IDENT})`, bygroups(usingThis(), 'Text', 'Name.Variable')],
        [`${IDENT}:`, 'Name.Function'],
        [';', 'Punctuation', '#pop'],
        [String.raw`\{`, 'Punctuation', 'function'],
        defaultState('#pop'),
      ],
      literal_number: [
        [String.raw`\(`, 'Punctuation', 'literal_number_inner'],
        [String.raw`\)`, 'Literal', '#pop'],
        include('statement'),
      ],
      literal_number_inner: [
        [String.raw`\(`, 'Punctuation', '#push'],
        [String.raw`\)`, 'Punctuation', '#pop'],
        include('statement'),
      ],
      literal_array: [
        [String.raw`\[`, 'Punctuation', 'literal_array_inner'],
        [String.raw`\]`, 'Literal', '#pop'],
        include('statement'),
      ],
      literal_array_inner: [
        [String.raw`\[`, 'Punctuation', '#push'],
        [String.raw`\]`, 'Punctuation', '#pop'],
        include('statement'),
      ],
      literal_dictionary: [
        [String.raw`\}`, 'Literal', '#pop'],
        include('statement'),
      ],
    }),
  });
  return {
    name,
    aliases,
    create(byName) {
      const lexer = cLike.create(byName);
      return {
        ...lexer,
        *tokensUnprocessed(text, stack) {
          for (const [index, type, value] of lexer.tokensUnprocessed(text, stack)) {
            yield [index, (type === 'Name' || type === 'Name.Class') && COCOA.has(value) ? 'Name.Builtin.Pseudo' : type, value];
          }
        },
      };
    },
  };
}

/**
 * GeneratedObjectiveCVariant.get_tokens_unprocessed (in `objective` above): after the base
 * lexer's own retyping, a `Name` or `Name.Class` that Cocoa defines becomes `Name.Builtin.Pseudo`.
 */
export const objectiveCLexer: LexerFactory = objective('Objective-C', ['objective-c', 'objectivec', 'obj-c', 'objc'], cTokens());

/** Pygments' ObjectiveCppLexer (batch N): the same rules around CppLexer's. */
export const objectiveCppLexer: LexerFactory = objective('Objective-C++', ['objective-c++', 'objectivec++', 'obj-c++', 'objc++'], cppDefinition.tokens);
