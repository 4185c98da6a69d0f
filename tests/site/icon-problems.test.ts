/**
 * Icons mkdocs.yml names for the theme (src/site/icon-problems.ts): an unknown one is said at its
 * line (Material's build stops on it); custom_dir's `.icons/` answer theme icons as Material's
 * template path does (src/site/site-info.ts).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { templateSite as site } from '../helpers/template-site.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1h2v2z"/></svg>';
const place = (m: { file?: string | undefined; line?: number | undefined; column?: number | undefined; message: string }) => `${path.basename(m.file ?? '')}:${String(m.line)}:${String(m.column)} ${m.message.split(':')[0] ?? ''}`;

describe('icons named in mkdocs.yml', () => {
  test('should warn at its line about a social or theme icon no set has, and draw the others', async () => {
    const config = '  icon:\n    repo: fontawesome/brands/gitub\n    logo: material/spa\nextra:\n  social:\n    - icon: fontawesome/brands/github\n      link: https://github.com/x\n    - icon: fontawesome/brands/twiter\n      link: https://twitter.com/x\n';
    const prepared = await site({}, config);
    const unknown = prepared.messages.filter((m) => m.message.includes('unknown icon'));
    assert.deepEqual(unknown.map(place), ['mkdocs.yml:6:11 theme.icon.repo', 'mkdocs.yml:12:13 extra.social[1].icon']);
    assert.match(unknown[1]?.message ?? '', /unknown icon 'fontawesome\/brands\/twiter' .*; the link is drawn with no icon$/);
    assert.ok(prepared.model.site.icons['fontawesome/brands/github']);
    assert.ok(prepared.model.site.icons['material/spa']);
  });

  test("should find a theme icon in custom_dir's .icons folder without custom_icons, as Material does", async () => {
    const prepared = await site({ 'overrides/.icons/brand/logo.svg': SVG }, '  icon:\n    logo: brand/logo\n');
    assert.deepEqual(prepared.messages.filter((m) => m.message.includes('unknown icon')), []);
    assert.match(prepared.model.site.icons['brand/logo'] ?? '', /^<svg aria-hidden="true" height="24" xmlns=.*M1 1h2v2z/);
  });
});
