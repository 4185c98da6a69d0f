/**
 * Pygments' CppLexer (pygments/lexers/c_cpp.py, Pygments 2.20): CFamilyLexer plus C++ keywords,
 * raw strings, `enum class` and namespaces, each placed around the base rules as `inherit` does.
 *
 *     namespace app {   ->   <k>namespace</k><w> </w><nn>app</nn><w> </w><p>{</p>
 */
import { bygroups, defaultState, include, words, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { C_IDENT, cFamilyFactory, cFamilyTokens } from './c-family.ts';

const base = cFamilyTokens();

/** CppLexer's states, which ObjectiveCppLexer builds on. */
export const cppDefinition: LexerDefinition = {
  name: 'C++',
  aliases: ['cpp', 'c++'],
  tokens: {
    ...base,
    statements: [
      // C++11 raw strings
      [
        String.raw`((?:[LuU]|u8)?R)(")([^\\()\s]{,16})(\()((?:.|\n)*?)(\)\3)(")`,
        bygroups('Literal.String.Affix', 'Literal.String', 'Literal.String.Delimiter', 'Literal.String.Delimiter', 'Literal.String', 'Literal.String.Delimiter', 'Literal.String'),
      ],
      ...(base['statements'] ?? []),
    ],
    root: [
      ...(base['root'] ?? []),
      // C++ Microsoft-isms (after the base's default rule, so never reached, as in Pygments)
      [
        words([
          'virtual_inheritance', 'uuidof', 'super', 'extends', 'single_inheritance', 'multiple_inheritance', 'interface',
          'implements', 'event', 'finally', 'null',
        ], '__', String.raw`\b`),
        'Keyword.Reserved',
      ],
      // Offload C++ extensions, http://offload.codeplay.com/
      [String.raw`__(offload|blockingoffload|outer)\b`, 'Keyword.Pseudo'],
    ],
    enumname: [
      include('whitespace'),
      // 'enum class' and 'enum struct' C++11 support
      [words(['class', 'struct'], '', String.raw`\b`), 'Keyword'],
      [C_IDENT, 'Name.Class', '#pop'],
      // template specification
      [String.raw`\s*(?=>)`, 'Text', '#pop'],
      defaultState('#pop'),
    ],
    keywords: [
      [String.raw`(class|concept|typename)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'classname'],
      [
        words([
          'catch', 'const_cast', 'delete', 'dynamic_cast', 'explicit', 'export', 'friend', 'mutable', 'new', 'operator',
          'private', 'protected', 'public', 'reinterpret_cast', 'class', '__restrict', 'static_cast', 'template', 'this',
          'throw', 'throws', 'try', 'typeid', 'using', 'virtual', 'concept', 'decltype', 'noexcept', 'override', 'final',
          'constinit', 'consteval', 'co_await', 'co_return', 'co_yield', 'requires', 'import', 'module', 'typename', 'and',
          'and_eq', 'bitand', 'bitor', 'compl', 'not', 'not_eq', 'or', 'or_eq', 'xor', 'xor_eq', 'contract_assert', 'pre',
          'post',
        ], '', String.raw`\b`),
        'Keyword',
      ],
      [String.raw`namespace\b`, 'Keyword', 'namespace'],
      [String.raw`(enum)(\s+)`, bygroups('Keyword', 'Text.Whitespace'), 'enumname'],
      ...(base['keywords'] ?? []),
    ],
    types: [
      [String.raw`char(16_t|32_t|8_t)\b`, 'Keyword.Type'],
      ...(base['types'] ?? []),
    ],
    namespace: [
      ['[;{]', 'Punctuation', ['#pop', 'root']],
      [String.raw`inline\b`, 'Keyword.Reserved'],
      [C_IDENT, 'Name.Namespace'],
      include('statement'),
    ],
  },
};

export const cppLexer: LexerFactory = cFamilyFactory(cppDefinition);
