/**
 * Pygments' DjangoLexer (pygments/lexers/templates.py, Pygments 2.20), rule for rule: only the
 * `{{ }}`, `{% %}` and `{# #}` parts are lexed; the text around them is `Other`.
 *
 *     {% if user %}Hi{% endif %}   ->   <cp>{%</cp> <k>if</k> <nv>user</nv> <cp>%}</cp><x>Hi</x><cp>{%</cp> <k>endif</k> <cp>%}</cp>
 */
import { bygroups, include, type LexerDefinition } from '../regex-lexer.ts';

export const djangoLexer: LexerDefinition = {
  name: 'Django/Jinja',
  aliases: ['django', 'jinja'],
  flags: 'ms',
  tokens: {
    root: [
      ['[^{]+', 'Other'],
      [String.raw`\{\{`, 'Comment.Preproc', 'var'],
      // jinja/django comments
      [String.raw`\{#.*?#\}`, 'Comment'],
      // django comments
      [
        String.raw`(\{%)(-?\s*)(comment)(\s*-?)(%\})(.*?)` + String.raw`(\{%)(-?\s*)(endcomment)(\s*-?)(%\})`,
        bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc', 'Comment', 'Comment.Preproc', 'Text',
          'Keyword', 'Text', 'Comment.Preproc'),
      ],
      // raw jinja blocks
      [
        String.raw`(\{%)(-?\s*)(raw)(\s*-?)(%\})(.*?)` + String.raw`(\{%)(-?\s*)(endraw)(\s*-?)(%\})`,
        bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Comment.Preproc', 'Text', 'Comment.Preproc', 'Text',
          'Keyword', 'Text', 'Comment.Preproc'),
      ],
      // filter blocks
      [
        String.raw`(\{%)(-?\s*)(filter)(\s+)([a-zA-Z_]\w*)`,
        bygroups('Comment.Preproc', 'Text', 'Keyword', 'Text', 'Name.Function'),
        'block',
      ],
      [String.raw`(\{%)(-?\s*)([a-zA-Z_]\w*)`, bygroups('Comment.Preproc', 'Text', 'Keyword'), 'block'],
      [String.raw`\{`, 'Other'],
    ],
    varnames: [
      [String.raw`(\|)(\s*)([a-zA-Z_]\w*)`, bygroups('Operator', 'Text', 'Name.Function')],
      [String.raw`(is)(\s+)(not)?(\s+)?([a-zA-Z_]\w*)`, bygroups('Keyword', 'Text', 'Keyword', 'Text', 'Name.Function')],
      [String.raw`(_|true|false|none|True|False|None)\b`, 'Keyword.Pseudo'],
      [
        '(in|as|reversed|recursive|not|and|or|is|if|else|import|' +
          String.raw`with(?:(?:out)?\s*context)?|scoped|ignore\s+missing)\b`,
        'Keyword',
      ],
      [String.raw`(loop|block|super|forloop)\b`, 'Name.Builtin'],
      [String.raw`[a-zA-Z_][\w-]*`, 'Name.Variable'],
      [String.raw`\.\w+`, 'Name.Variable'],
      [String.raw`:?"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`:?'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`([{}()\[\]+\-*/%,:~]|[><=]=?|!=)`, 'Operator'],
      [String.raw`[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|` + '0[xX][0-9a-fA-F]+[Ll]?', 'Literal.Number'],
    ],
    var: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(-?)(\}\})`, bygroups('Text', 'Comment.Preproc'), '#pop'],
      include('varnames'),
    ],
    block: [
      [String.raw`\s+`, 'Text'],
      [String.raw`(-?)(%\})`, bygroups('Text', 'Comment.Preproc'), '#pop'],
      include('varnames'),
      ['.', 'Punctuation'],
    ],
  },
};
