/**
 * Pygments' TodotxtLexer (pygments/lexers/textfmts.py, Pygments 2.20.0), rule for rule: todo.txt task
 * lists (completion marks, priorities, dates, `+projects` and `@contexts`).
 *
 *     (A) 2024-03-05 Call mom +family @phone   ->   <gh>(A)</gh> <gu>2024-03-05</gu> Call mom <gr>+family</gr> <s>@phone</s>
 */
import { bygroups, type LexerDefinition } from '../regex-lexer.ts';

export const todotxtLexer: LexerDefinition = {
  name: 'Todotxt',
  aliases: ['todotxt'],
  tokens: {
    root: [
      [String.raw`(x )(\d{4,}-\d{2}-\d{2})( )(\d{4,}-\d{2}-\d{2})`, bygroups('Operator', 'Generic.Subheading', 'Operator', 'Generic.Subheading'), 'complete'],
      [String.raw`(x )(\d{4,}-\d{2}-\d{2})`, bygroups('Operator', 'Generic.Subheading'), 'complete'],
      [String.raw`(\([A-Z]\))( )(\d{4,}-\d{2}-\d{2})`, bygroups('Generic.Heading', 'Text', 'Generic.Subheading'), 'incomplete'],
      [String.raw`\([A-Z]\)`, 'Generic.Heading', 'incomplete'],
      [String.raw`\d{4,}-\d{2}-\d{2}`, 'Generic.Subheading', 'incomplete'],
      [String.raw`@\S+`, 'Literal.String', 'incomplete'],
      [String.raw`\+\S+`, 'Generic.Error', 'incomplete'],
      [String.raw`\S+`, 'Text', 'incomplete'],
    ],
    complete: [
      [String.raw`\s*\n`, 'Operator', '#pop'],
      [String.raw`@\S+`, 'Literal.String'],
      [String.raw`\+\S+`, 'Generic.Error'],
      [String.raw`\S+`, 'Operator'],
      [String.raw`\s+`, 'Operator'],
    ],
    incomplete: [
      [String.raw`\s*\n`, 'Text', '#pop'],
      [String.raw`@\S+`, 'Literal.String'],
      [String.raw`\+\S+`, 'Generic.Error'],
      [String.raw`\S+`, 'Text'],
      [String.raw`\s+`, 'Text'],
    ],
  },
};
