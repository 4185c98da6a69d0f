/**
 * Pygments' LogosLexer (pygments/lexers/objective.py, Pygments 2.20.0), rule for rule: Logos, the
 * `%hook` preprocessor language of iOS tweaks, over ObjectiveCppLexer (its rules go before the
 * Objective-C++ ones, as `inherit` puts them).
 *
 *     %hook SpringBoard %orig; %end
 *     ->   <k>%hook</k> <nc>SpringBoard</nc> <k>%orig</k><p>;</p> <k>%end</k>
 */
import { bygroups, type Rule } from '../regex-lexer.ts';
import { cppDefinition } from './cpp.ts';
import { objective } from './objective-c.ts';

const IDENT = String.raw`[a-zA-Z$_][\w$]*`;

const STATEMENTS: readonly Rule[] = [
  [String.raw`(%orig|%log)\b`, 'Keyword'],
  [String.raw`(%c)\b(\()(\s*)(${IDENT})(\s*)(\))`, bygroups('Keyword', 'Punctuation', 'Text', 'Name.Class', 'Text', 'Punctuation')],
  [String.raw`(%init)\b(\()`, bygroups('Keyword', 'Punctuation'), 'logos_init_directive'],
  [String.raw`(%init)(?=\s*;)`, bygroups('Keyword')],
  [String.raw`(%hook|%group)(\s+)([a-zA-Z$_][\w$]+)`, bygroups('Keyword', 'Text', 'Name.Class'), '#pop'],
  [String.raw`(%subclass)(\s+)`, bygroups('Keyword', 'Text'), ['#pop', 'logos_classname']],
];

const ROOT: readonly Rule[] = [
  [String.raw`(%subclass)(\s+)`, bygroups('Keyword', 'Text'), 'logos_classname'],
  [String.raw`(%hook|%group)(\s+)([a-zA-Z$_][\w$]+)`, bygroups('Keyword', 'Text', 'Name.Class')],
  [String.raw`(%config)(\s*\(\s*)(\w+)(\s*=)(.*?)(\)\s*)`, bygroups('Keyword', 'Text', 'Name.Variable', 'Text', 'Literal.String', 'Text')],
  [String.raw`(%ctor)(\s*)(\{)`, bygroups('Keyword', 'Text', 'Punctuation'), 'function'],
  [String.raw`(%new)(\s*)(\()(.*?)(\))`, bygroups('Keyword', 'Text', 'Keyword', 'Literal.String', 'Keyword')],
  [String.raw`(\s*)(%end)(\s*)`, bygroups('Text', 'Keyword', 'Text')],
];

export const logosLexer = objective('Logos', ['logos'], cppDefinition.tokens, (tokens) => ({
  ...tokens,
  statements: [...STATEMENTS, ...(tokens['statements'] ?? [])],
  root: [...ROOT, ...(tokens['root'] ?? [])],
  logos_init_directive: [
    [String.raw`\s+`, 'Text'],
    // push then pop: the state stays, as Pygments writes it
    [',', 'Punctuation', ['logos_init_directive', '#pop']],
    [String.raw`(${IDENT})(\s*)(=)(\s*)([^);]*)`, bygroups('Name.Class', 'Text', 'Punctuation', 'Text', 'Text')],
    [String.raw`(${IDENT})`, 'Name.Class'],
    [String.raw`\)`, 'Punctuation', '#pop'],
  ],
  logos_classname: [
    [String.raw`(${IDENT})(\s*:\s*)(${IDENT})?`, bygroups('Name.Class', 'Text', 'Name.Class'), '#pop'],
    [String.raw`(${IDENT})`, 'Name.Class', '#pop'],
  ],
}));
