/**
 * pymdownx.magiclink: bare URLs and emails become links; optionally `@user`, `user/repo#1`,
 * `#1`, `!2`, commit hashes (`repo_url_shorthand`, `social_url_shorthand`) become links to the
 * configured provider, and repository / social URLs are shown short (`repo_url_shortener`,
 * `social_url_shortener`). Options: `hide_protocol`, `provider`, `user`, `repo`, `labels`,
 * `normalize_issue_symbols`, `shortener_user_exclude`, `custom` providers.
 *
 * ```md
 * See https://github.com/u/r/issues/1   ->  <p>See <a class="magiclink magiclink-github magiclink-issue"
 *                                           href="https://github.com/u/r/issues/1" title="GitHub Issue: u/r #1">u/r#1</a></p>
 * ```
 */
import type { ExtensionFactory } from '../../types.ts';
import { readMagicConfig } from './options.ts';
import { remarkMagicLink } from './transform.ts';

export const magiclink: ExtensionFactory = (context) => ({ remark: [[remarkMagicLink, readMagicConfig(context.options)]] });
