/**
 * Pygments' PigLexer (pygments/lexers/jvm.py, Pygments 2.20.0), rule for rule: Apache Pig Latin scripts.
 *
 *     A = LOAD 'data' USING PigStorage(',') AS (f1:int);
 *     ->   A <o>=</o> <k>LOAD</k> <s>'data'</s> <k>USING</k> <nb>PigStorage</nb><p>(</p><s>','</s><p>)</p> <k>AS</k> <p>(</p>f1:<kt>int</kt><p>)</p><p>;</p>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const pigLexer: LexerDefinition = {
  name: 'Pig',
  aliases: ['pig'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`\s+`, 'Text.Whitespace'],
      [String.raw`--.*`, 'Comment'],
      [String.raw`/\*[\w\W]*?\*/`, 'Comment.Multiline'],
      [String.raw`\\$`, 'Literal.String.Escape'],
      [String.raw`\\`, 'Text'],
      [String.raw`\'(?:\\[ntbrf\\\']|\\u[0-9a-f]{4}|[^\'\\\n\r])*\'`, 'Literal.String'],
      include('keywords'),
      include('types'),
      include('builtins'),
      include('punct'),
      include('operators'),
      [String.raw`[0-9]*\.[0-9]+(e[0-9]+)?[fd]?`, 'Literal.Number.Float'],
      [String.raw`0x[0-9a-f]+`, 'Literal.Number.Hex'],
      [String.raw`[0-9]+L?`, 'Literal.Number.Integer'],
      [String.raw`\n`, 'Text.Whitespace'],
      [String.raw`([a-z_]\w*)(\s*)(\()`, bygroups('Name.Function', 'Text.Whitespace', 'Punctuation')],
      [String.raw`[()#:]`, 'Text'],
      [String.raw`[^(:#\'")\s]+`, 'Text'],
      [String.raw`\S+\s+`, 'Text'],
    ],
    keywords: [
      [String.raw`(assert|and|any|all|arrange|as|asc|bag|by|cache|CASE|cat|cd|cp|%declare|%default|define|dense|desc|describe|distinct|du|dump|eval|exex|explain|filter|flatten|foreach|full|generate|group|help|if|illustrate|import|inner|input|into|is|join|kill|left|limit|load|ls|map|matches|mkdir|mv|not|null|onschema|or|order|outer|output|parallel|pig|pwd|quit|register|returns|right|rm|rmf|rollup|run|sample|set|ship|split|stderr|stdin|stdout|store|stream|through|union|using|void)\b`, 'Keyword'],
    ],
    builtins: [
      [String.raw`(AVG|BinStorage|cogroup|CONCAT|copyFromLocal|copyToLocal|COUNT|cross|DIFF|MAX|MIN|PigDump|PigStorage|SIZE|SUM|TextLoader|TOKENIZE)\b`, 'Name.Builtin'],
    ],
    types: [
      [String.raw`(bytearray|BIGINTEGER|BIGDECIMAL|chararray|datetime|double|float|int|long|tuple)\b`, 'Keyword.Type'],
    ],
    punct: [
      [String.raw`[;(){}\[\]]`, 'Punctuation'],
    ],
    operators: [
      [String.raw`[#=,./%+\-?]`, 'Operator'],
      [String.raw`(eq|gt|lt|gte|lte|neq|matches)\b`, 'Operator'],
      [String.raw`(==|<=|<|>=|>|!=)`, 'Operator'],
    ],
  },
};
