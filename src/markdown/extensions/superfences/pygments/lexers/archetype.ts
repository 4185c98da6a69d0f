/**
 * Pygments' AdlLexer and CadlLexer (pygments/lexers/archetype.py, Pygments 2.20.0), rule for
 * rule, on AtomsLexer's states (exported from odin.ts; a state of their own replaces Atoms' one,
 * as a subclass's does). ADL's sections are lexed by the ODIN and cADL lexers (`using`).
 *
 *     ELEMENT[at0001] matches {*}   ->   <nc>ELEMENT</nc><p>[</p><nd>at0001</nd><p>]</p><w> </w><o>matches </o>...
 */
import { bygroups, defaultState, include, type LexerDefinition } from '../regex-lexer.ts';
import { using } from '../delegation.ts';
import { atomsTokens } from './odin.ts';
export const adlLexer: LexerDefinition = {
  name: 'ADL',
  aliases: ['adl'],
  tokens: {
    ...atomsTokens,
    whitespace: [
      [String.raw`\s*\n`, 'Text.Whitespace'],
      [String.raw`^([ \t]*)(--.*)$`, bygroups('Text.Whitespace', 'Comment')],
    ],
    odin_section: [
      [String.raw`^(language|description|ontology|terminology|annotations|component_terminologies|revision_history)([ \t]*\n)`, bygroups('Generic.Heading', 'Text.Whitespace')],
      [String.raw`^(definition)([ \t]*\n)`, bygroups('Generic.Heading', 'Text.Whitespace'), 'cadl_section'],
      [String.raw`^([ \t]*|[ \t]+.*)\n`, using('odin')],
      [String.raw`^([^"]*")(>[ \t]*\n)`, bygroups('Literal.String', 'Punctuation')],
      [String.raw`^----------*\n`, 'Text', '#pop'],
      [String.raw`^.*\n`, 'Literal.String'],
      defaultState('#pop'),
    ],
    cadl_section: [
      [String.raw`^([ \t]*|[ \t]+.*)\n`, using('cadl')],
      defaultState('#pop'),
    ],
    rules_section: [
      [String.raw`^[ \t]+.*\n`, using('cadl')],
      defaultState('#pop'),
    ],
    metadata: [
      [String.raw`\)`, 'Punctuation', '#pop'],
      [';', 'Punctuation'],
      ['([Tt]rue|[Ff]alse)', 'Literal'],
      [String.raw`\d+(\.\d+)*`, 'Literal'],
      ['[0-9a-fA-F]{1,36}(-[0-9a-fA-F]{1,36}){3,}', 'Literal'],
      [String.raw`\w+`, 'Name.Class'],
      ['"', 'Literal.String', 'string'],
      ['=', 'Operator'],
      [String.raw`[ \t]+`, 'Text.Whitespace'],
      defaultState('#pop'),
    ],
    root: [
      ['^(archetype|template_overlay|operational_template|template|speciali[sz]e)', 'Generic.Heading'],
      [String.raw`^(language|description|ontology|terminology|annotations|component_terminologies|revision_history)[ \t]*\n`, 'Generic.Heading', 'odin_section'],
      [String.raw`^(definition)[ \t]*\n`, 'Generic.Heading', 'cadl_section'],
      [String.raw`^(rules)[ \t]*\n`, 'Generic.Heading', 'rules_section'],
      include('archetype_id'),
      [String.raw`([ \t]*)(\()`, bygroups('Text.Whitespace', 'Punctuation'), 'metadata'],
      include('whitespace'),
    ],
  },
};

export const cadlLexer: LexerDefinition = {
  name: 'cADL',
  aliases: ['cadl'],
  tokens: {
    ...atomsTokens,
    path: [
      [String.raw`[a-z_]\w*`, 'Name.Class'],
      ['/', 'Punctuation'],
      [String.raw`\[`, 'Punctuation', 'any_code'],
      [String.raw`\s+`, 'Punctuation', '#pop'],
    ],
    root: [
      include('whitespace'),
      [String.raw`(cardinality|existence|occurrences|group|include|exclude|allow_archetype|use_archetype|use_node)\W`, 'Keyword.Type'],
      [String.raw`(and|or|not|there_exists|xor|implies|for_all)\W`, 'Keyword.Type'],
      [String.raw`(after|before|closed)\W`, 'Keyword.Type'],
      [String.raw`(not)\W`, 'Operator'],
      [String.raw`(matches|is_in)\W`, 'Operator'],
      ['(∈|∉)', 'Operator'],
      ['(∃|∄|∀|∧|∨|⊻|C)', 'Operator'],
      [String.raw`(\{)(\s*)(/[^}]+/)(\s*)(\})`, bygroups('Punctuation', 'Text.Whitespace', 'Literal.String.Regex', 'Text.Whitespace', 'Punctuation')],
      [String.raw`(\{)(\s*)(\^[^}]+\^)(\s*)(\})`, bygroups('Punctuation', 'Text.Whitespace', 'Literal.String.Regex', 'Text.Whitespace', 'Punctuation')],
      ['/', 'Punctuation', 'path'],
      [String.raw`(\{)((?:\d+\.\.)?(?:\d+|\*))((?:\s*;\s*(?:ordered|unordered|unique)){,2})(\})`, bygroups('Punctuation', 'Literal.Number', 'Literal.Number', 'Punctuation')],
      [String.raw`\[\{`, 'Punctuation'],
      [String.raw`\}\]`, 'Punctuation'],
      [String.raw`\{`, 'Punctuation'],
      [String.raw`\}`, 'Punctuation'],
      include('constraint_values'),
      [String.raw`[A-Z]\w+(<[A-Z]\w+([A-Za-z_<>]*)>)?`, 'Name.Class'],
      [String.raw`[a-z_]\w*`, 'Name.Class'],
      [String.raw`\[`, 'Punctuation', 'any_code'],
      [String.raw`(~|//|\\\\|\+|-|/|\*|\^|!=|=|<=|>=|<|>]?)`, 'Operator'],
      [String.raw`\(`, 'Punctuation'],
      [String.raw`\)`, 'Punctuation'],
      [',', 'Punctuation'],
      ['"', 'Literal.String', 'string'],
      [';', 'Punctuation'],
    ],
  },
};

