/**
 * Pygments' VGLLexer (pygments/lexers/dsls.py, Pygments 2.20.0), rule for rule: SampleManager's VGL.
 *
 *     DECLARE x ; x = 1 { comment }
 *     ->   <kc>DECLARE</kc> <n>x</n> <o>;</o> <n>x</n> <o>=</o> <m>1</m> <cm>{ comment }</cm>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const vglLexer: LexerDefinition = {
  name: 'VGL',
  aliases: ['vgl'],
  flags: 'ims',
  tokens: {
    root: [
      [String.raw`\{[^}]*\}`, 'Comment.Multiline'],
      [String.raw`declare`, 'Keyword.Constant'],
      [String.raw`(if|then|else|endif|while|do|endwhile|and|or|prompt|object|create|on|line|with|global|routine|value|endroutine|constant|global|set|join|library|compile_option|file|exists|create|copy|delete|enable|windows|name|notprotected)(?! *[=<>.,()])`, 'Keyword'],
      [String.raw`(true|false|null|empty|error|locked)`, 'Keyword.Constant'],
      [String.raw`[~^*#!%&\[\]()<>|+=:;,./?-]`, 'Operator'],
      [String.raw`"[^"]*"`, 'Literal.String'],
      [String.raw`(\.)([a-z_$][\w$]*)`, bygroups('Operator', 'Name.Attribute')],
      [String.raw`[0-9][0-9]*(\.[0-9]+(e[+\-]?[0-9]+)?)?`, 'Literal.Number'],
      [String.raw`[a-z_$][\w$]*`, 'Name'],
      [String.raw`[\r\n]+`, 'Text.Whitespace'],
      [String.raw`\s+`, 'Text.Whitespace'],
    ],
  },
};
