/**
 * Pygments' CapnProtoLexer (pygments/lexers/capnproto.py, Pygments 2.20.0), rule for rule:
 * after `:` a type, after `=` a value and after `$` an annotation run up to a delimiter,
 * brackets nested.
 *
 *     id @0 :UInt64;   ->   <n>id</n><w> </w><nd>@0</nd><w> </w><nc>:UInt64</nc><p>;</p>
 */
import { defaultState, type LexerDefinition } from '../regex-lexer.ts';

export const capnProtoLexer: LexerDefinition = {
  name: "Cap'n Proto",
  aliases: ['capnp'],
  tokens: {
    root: [
      ['#.*?$', 'Comment.Single'],
      ['@[0-9a-zA-Z]*', 'Name.Decorator'],
      ['=', 'Literal', 'expression'],
      [':', 'Name.Class', 'type'],
      [String.raw`\$`, 'Name.Attribute', 'annotation'],
      [String.raw`(struct|enum|interface|union|import|using|const|annotation|extends|in|of|on|as|with|from|fixed)\b`, 'Keyword'],
      [String.raw`[\w.]+`, 'Name'],
      [String.raw`[^#@=:$\w\s]+`, 'Text'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
    type: [
      ['[^][=;,(){}$]+', 'Name.Class'],
      [String.raw`[\[(]`, 'Name.Class', 'parentype'],
      defaultState('#pop'),
    ],
    parentype: [
      ['[^][;()]+', 'Name.Class'],
      [String.raw`[\[(]`, 'Name.Class', '#push'],
      ['[])]', 'Name.Class', '#pop'],
      defaultState('#pop'),
    ],
    expression: [
      ['[^][;,(){}$]+', 'Literal'],
      [String.raw`[\[(]`, 'Literal', 'parenexp'],
      defaultState('#pop'),
    ],
    parenexp: [
      ['[^][;()]+', 'Literal'],
      [String.raw`[\[(]`, 'Literal', '#push'],
      ['[])]', 'Literal', '#pop'],
      defaultState('#pop'),
    ],
    annotation: [
      ['[^][;,(){}=:]+', 'Name.Attribute'],
      [String.raw`[\[(]`, 'Name.Attribute', 'annexp'],
      defaultState('#pop'),
    ],
    annexp: [
      ['[^][;()]+', 'Name.Attribute'],
      [String.raw`[\[(]`, 'Name.Attribute', '#push'],
      ['[])]', 'Name.Attribute', '#pop'],
      defaultState('#pop'),
    ],
  },
};
