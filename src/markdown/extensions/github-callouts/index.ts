/**
 * github-callouts (markdown-callouts' GitHub alert syntax; see transform.ts):
 *
 * ```md
 * > [!NOTE]       ->  <div class="admonition note"><p class="admonition-title">Note</p><p>Body</p></div>
 * > Body
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { remarkGithubCallouts } from './transform.ts';

export const githubCallouts: ExtensionFactory = () => ({ remark: [remarkGithubCallouts] });
