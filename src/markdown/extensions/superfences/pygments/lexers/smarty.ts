/**
 * Pygments' SmartyLexer and HtmlSmartyLexer (pygments/lexers/templates.py, Pygments 2.20.0), rule
 * for rule: the first lexes only the `{...}` tags (a `{php}` block as inline PHP) and leaves the
 * rest as `Other`; the second, a DelegatingLexer, hands that rest to HtmlLexer.
 *
 *     {if $user}   ->   <cp>{</cp><nf>if</nf><w> </w><nv>$user</nv><cp>}</cp>
 */
import { delegatingLexer } from '../delegation.ts';
import { bygroups, type Callback, type LexerDefinition, type LexerFactory } from '../regex-lexer.ts';
import { textLexer } from './text.ts';

/** `using(PhpLexer, startinline=True)`: the match lexed as PHP from its first character, no `<?php` needed. */
const inlinePhp: Callback = function* (lexer, match) {
  const php = lexer.byName('php');
  const other = php?.withOptions?.({ startinline: true }) ?? textLexer(lexer.byName);
  for (const [index, type, value] of other.tokensUnprocessed(match.text)) yield [index + match.start, type, value];
};

export const smartyLexer: LexerDefinition = {
  name: 'Smarty',
  aliases: ['smarty'],
  flags: 'ms',
  tokens: {
    root: [
      ['[^{]+', 'Other'],
      [String.raw`(\{)(\*.*?\*)(\})`, bygroups('Comment.Preproc', 'Comment', 'Comment.Preproc')],
      [String.raw`(\{php\})(.*?)(\{/php\})`, bygroups('Comment.Preproc', inlinePhp, 'Comment.Preproc')],
      [String.raw`(\{)(/?[a-zA-Z_]\w*)(\s*)`, bygroups('Comment.Preproc', 'Name.Function', 'Text'), 'smarty'],
      [String.raw`\{`, 'Comment.Preproc', 'smarty'],
    ],
    smarty: [
      [String.raw`\s+`, 'Text'],
      [String.raw`\{`, 'Comment.Preproc', '#push'],
      [String.raw`\}`, 'Comment.Preproc', '#pop'],
      [String.raw`#[a-zA-Z_]\w*#`, 'Name.Variable'],
      [String.raw`\$[a-zA-Z_]\w*(\.\w+)*`, 'Name.Variable'],
      [String.raw`[~!%^&*()+=|\[\]:;,.<>/?@-]`, 'Operator'],
      [String.raw`(true|false|null)\b`, 'Keyword.Constant'],
      [String.raw`[0-9](\.[0-9]*)?(eE[+-][0-9])?[flFLdD]?|0[xX][0-9a-fA-F]+[Ll]?`, 'Literal.Number'],
      [String.raw`"(\\\\|\\[^\\]|[^"\\])*"`, 'Literal.String.Double'],
      [String.raw`'(\\\\|\\[^\\]|[^'\\])*'`, 'Literal.String.Single'],
      [String.raw`[a-zA-Z_]\w*`, 'Name.Attribute'],
    ],
  },
};

export const htmlSmartyLexer: LexerFactory = {
  name: 'HTML+Smarty',
  aliases: ['html+smarty'],
  create(byName) {
    // Both are ported; plain text is only what an unregistered name would give.
    const html = byName('html') ?? textLexer(byName);
    const smarty = byName('smarty') ?? textLexer(byName);
    return delegatingLexer('HTML+Smarty', html, smarty);
  },
};
