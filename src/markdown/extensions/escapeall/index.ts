/**
 * pymdownx.escapeall: a backslash escapes any character; options `nbsp` (`\ ` is a no-break
 * space) and `hardbreak` (`\` at the end of a line is a `<br />`).
 *
 * ```md
 * \W\e\ \❤      ->  <p>We ❤</p>       (nbsp: <p>We&nbsp;❤</p>)
 * ```
 */
import type { CompileContext, Token } from 'mdast-util-from-markdown';
import type { ExtensionFactory } from '../../types.ts';
import { escapeAllSyntax } from './syntax.ts';

export const escapeall: ExtensionFactory = (context) => ({
  micromark: [escapeAllSyntax({ nbsp: context.options['nbsp'] === true, hardbreak: context.options['hardbreak'] === true })],
  fromMarkdown: [{
    enter: {
      escapeAllNbsp(this: CompileContext, token: Token) {
        this.enter({ type: 'html', value: '&nbsp;' }, token);
      },
    },
    exit: {
      escapeAllNbsp(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  }],
});
