/**
 * Pygments' MOOCodeLexer (pygments/lexers/scripting.py, Pygments 2.20.0), rule for rule.
 * MOOCode, the LambdaMOO programming language.
 *
 *     player:tell("hi");   ->   <vi>player</vi><o>:</o><nf>tell</nf><o>(</o><s>"hi"</s><o>);</o>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const mooCodeLexer: LexerDefinition = {
  name: 'MOOCode',
  aliases: ['moocode', 'moo'],
  tokens: {
    root: [
      ['(0|[1-9][0-9_]*)', 'Literal.Number.Integer'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String'],
      ['(E_PERM|E_DIV)', 'Name.Exception'],
      [String.raw`((#[-0-9]+)|(\$\w+))`, 'Name.Entity'],
      [String.raw`\b(if|else|elseif|endif|for|endfor|fork|endfork|while|endwhile|break|continue|return|try|except|endtry|finally|in)\b`, 'Keyword'],
      ['(random|length)', 'Name.Builtin'],
      ['(player|caller|this|args)', 'Name.Variable.Instance'],
      [String.raw`\s+`, 'Text'],
      [String.raw`\n`, 'Text'],
      [String.raw`([!;=,{}&|:.\[\]@()<>?]+)`, 'Operator'],
      [String.raw`(\w+)(\()`, bygroups('Name.Function', 'Operator')],
      [String.raw`(\w+)`, 'Text'],
    ],
  },
};
