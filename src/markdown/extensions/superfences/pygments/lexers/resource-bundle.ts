/**
 * Pygments' ResourceLexer (pygments/lexers/resource.py, Pygments 2.20.0), rule for rule: ICU resource bundles.
 *
 *     root:table { hello:string { "Hello" } }
 *     ->   <n>root</n><k>:table</k> <o>{</o> <n>hello</n><k>:string</k> <o>{</o> <s>"</s><s>Hello</s><s>"</s> <o>}</o> <o>}</o>
 */
import { bygroups, words, type LexerDefinition } from '../regex-lexer.ts';

export const resourceBundleLexer: LexerDefinition = {
  name: 'ResourceBundle',
  aliases: ['resourcebundle', 'resource'],
  flags: 'im',
  tokens: {
    root: [
      [String.raw`//.*?$`, 'Comment'],
      [String.raw`"`, 'Literal.String', 'string'],
      [String.raw`-?\d+`, 'Literal.Number.Integer'],
      [String.raw`[,{}]`, 'Operator'],
      [String.raw`([^\s{:]+)(\s*)(:table|:array|:string|:bin|:import|:intvector|:int|:alias?)`, bygroups('Name', 'Text', 'Keyword')],
      [String.raw`\s+`, 'Text'],
      [words([':table', ':array', ':string', ':bin', ':import', ':intvector', ':int', ':alias']), 'Keyword'],
    ],
    string: [
      [String.raw`(\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U00[0-9a-f]{6}|\\[0-7]{1,3}|\\c.|\\[abtnvfre\'"?\\]|\\\{|[^"{\\])+`, 'Literal.String'],
      [String.raw`\{`, 'Literal.String.Escape', 'msgname'],
      [String.raw`"`, 'Literal.String', '#pop'],
    ],
    msgname: [
      [String.raw`([^{},]+)(\s*)`, bygroups('Name', 'Literal.String.Escape'), ['#pop', 'message']],
    ],
    message: [
      [String.raw`\{`, 'Literal.String.Escape', 'msgname'],
      [String.raw`\}`, 'Literal.String.Escape', '#pop'],
      [String.raw`(,)(\s*)([a-z]+)(\s*\})`, bygroups('Operator', 'Literal.String.Escape', 'Keyword', 'Literal.String.Escape'), '#pop'],
      [String.raw`(,)(\s*)([a-z]+)(\s*)(,)(\s*)(offset)(\s*)(:)(\s*)(-?\d+)(\s*)`, bygroups('Operator', 'Literal.String.Escape', 'Keyword', 'Literal.String.Escape', 'Operator', 'Literal.String.Escape', 'Operator.Word', 'Literal.String.Escape', 'Operator', 'Literal.String.Escape', 'Literal.Number.Integer', 'Literal.String.Escape'), 'choice'],
      [String.raw`(,)(\s*)([a-z]+)(\s*)(,)(\s*)`, bygroups('Operator', 'Literal.String.Escape', 'Keyword', 'Literal.String.Escape', 'Operator', 'Literal.String.Escape'), 'choice'],
      [String.raw`\s+`, 'Literal.String.Escape'],
    ],
    choice: [
      [String.raw`(=|<|>|<=|>=|!=)(-?\d+)(\s*\{)`, bygroups('Operator', 'Literal.Number.Integer', 'Literal.String.Escape'), 'message'],
      [String.raw`([a-z]+)(\s*\{)`, bygroups('Keyword.Type', 'Literal.String.Escape'), 'str'],
      [String.raw`\}`, 'Literal.String.Escape', ['#pop', '#pop']],
      [String.raw`\s+`, 'Literal.String.Escape'],
    ],
    str: [
      [String.raw`\}`, 'Literal.String.Escape', '#pop'],
      [String.raw`\{`, 'Literal.String.Escape', 'msgname'],
      [String.raw`[^{}]+`, 'Literal.String'],
    ],
  },
};
