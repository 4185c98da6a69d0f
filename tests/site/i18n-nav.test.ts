/**
 * Each language's nav (src/site/i18n-nav.ts): generated from that language's pages with the
 * default language's shape, or mkdocs.yml's nav (or the language's own) with each entry swapped
 * for the language's page and nav_translations applied.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NavItem, PageRef } from '../../src/nav/index.ts';
import { discoveredPage } from '../../src/site/discover.ts';
import { assignLanguages } from '../../src/site/i18n-files.ts';
import { languageNavs } from '../../src/site/i18n-nav.ts';
import { i18nOptions } from '../../src/site/i18n-options.ts';

const EN = { locale: 'en', default: true, name: 'English' };
function setup(srcs: readonly string[], raw: Record<string, unknown> = {}) {
  const options = i18nOptions([{ name: 'i18n', options: { languages: [EN, { locale: 'fr', name: 'Français' }], ...raw } }]).options;
  assert.ok(options);
  const placed = assignLanguages(srcs.map((src) => discoveredPage(src, true)), options, true);
  const refs: PageRef[] = placed.pages.map((page) => ({ src: page.src, url: page.url, title: page.src }));
  return { options, refs, index: placed.index };
}
/** The nav as `title url` lines, sections as `title:` with their children indented. */
function outline(items: readonly NavItem[], depth = 0): string[] {
  return items.flatMap((item) => (item.kind === 'section' ? [`${'  '.repeat(depth)}${item.title}:`, ...outline(item.children, depth + 1)] : [`${'  '.repeat(depth)}${item.title} ${item.url}`]));
}

describe('i18n: each language has its own nav', () => {
  test("should generate each language's nav from its own pages, translations and copies, in the default language's order (suffix)", () => {
    const { options, refs, index } = setup(['index.md', 'guide/setup.md', 'guide/advanced.md', 'index.fr.md', 'guide/setup.fr.md']);
    const navs = languageNavs(options, refs, index, undefined);
    assert.deepEqual(navs.map((entry) => entry.language.locale), ['en', 'fr']);
    assert.deepEqual(outline(navs[0]?.nav.items ?? []), ['index.md ', 'Guide:', '  guide/advanced.md guide/advanced/', '  guide/setup.md guide/setup/']);
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['index.fr.md fr/', 'Guide:', '  guide/advanced.fr.md fr/guide/advanced/', '  guide/setup.fr.md fr/guide/setup/']);
  });

  test("should not make the folder structure's language folder a section", () => {
    const { options, refs, index } = setup(['en/index.md', 'en/guide/setup.md', 'fr/index.md'], { docs_structure: 'folder' });
    const navs = languageNavs(options, refs, index, undefined);
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['fr/index.md fr/', 'Guide:', '  fr/guide/setup.md fr/guide/setup/']);
    assert.deepEqual(navs[1]?.nav.notInNav, []);
  });

  test("should swap mkdocs.yml's nav entries for the language's pages and translate its titles", () => {
    const { options, refs, index } = setup(['index.md', 'setup.md', 'index.fr.md', 'setup.fr.md'], { languages: [EN, { locale: 'fr', name: 'Français', nav_translations: { Start: 'Démarrer' } }] });
    const navs = languageNavs(options, refs, index, ['index.md', { Start: ['./setup.md'] }]);
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['index.fr.md fr/', 'Démarrer:', '  setup.fr.md fr/setup/']);
    assert.equal(navs[1]?.written, 'main');
    assert.deepEqual(outline(navs[0]?.nav.items ?? []), ['index.md ', 'Start:', '  setup.md setup/']);
  });

  test("should find a suffix-structure nav's plain paths in the language's or the default language's suffixed file, as the plugin's get_file_from_path does", () => {
    // EpicFight's docs: only `page1.en.md` (and a French translation of one page) exist; mkdocs.yml names `page1.md`.
    const { options, refs, index } = setup(['index.md', 'guide/page1.en.md', 'guide/page2.en.md', 'guide/page2.fr.md']);
    const navs = languageNavs(options, refs, index, ['index.md', { Guide: ['guide/page1.md', 'guide/page2.md'] }]);
    assert.deepEqual(outline(navs[0]?.nav.items ?? []), ['index.md ', 'Guide:', '  guide/page1.en.md guide/page1/', '  guide/page2.en.md guide/page2/']);
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['index.fr.md fr/', 'Guide:', '  guide/page1.fr.md fr/guide/page1/', '  guide/page2.fr.md fr/guide/page2/']);
    assert.deepEqual(navs.map((entry) => [entry.nav.missing.length, entry.nav.notInNav.length]), [[0, 0], [0, 0]]);
  });

  test("should prefer a language's own nav", () => {
    const { options, refs, index } = setup(['index.md', 'setup.md', 'index.fr.md'], { languages: [EN, { locale: 'fr', name: 'Français', nav: [{ Installation: 'setup.md' }, 'index.md'] }] });
    const navs = languageNavs(options, refs, index, ['index.md', 'setup.md']);
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['Installation fr/setup/', 'index.fr.md fr/']);
    assert.equal(navs[1]?.written, 'language');
  });

  test("should find a folder-structure nav's logical paths in each language's folder, as the plugin's get_file_from_path does", () => {
    const languages = [{ ...EN, nav: [{ Intro: 'index.md' }, 'agents.md', { Sessions: ['sessions/index.md'] }] }, { locale: 'fr', name: 'Français', nav: [{ Accueil: 'index.md' }, 'agents.md', 'en/setup.md'] }];
    const { options, refs, index } = setup(['en/index.md', 'en/agents.md', 'en/sessions/index.md', 'en/setup.md', 'fr/index.md'], { docs_structure: 'folder', languages });
    const navs = languageNavs(options, refs, index, undefined);
    assert.deepEqual(outline(navs[0]?.nav.items ?? []), ['Intro ', 'en/agents.md agents/', 'Sessions:', '  en/sessions/index.md sessions/']);
    assert.deepEqual(navs[0]?.nav.missing, []);
    // fr/agents.md and fr/setup.md are the default language's pages copied (fallback_to_default).
    assert.deepEqual(outline(navs[1]?.nav.items ?? []), ['Accueil fr/', 'fr/agents.md fr/agents/', 'fr/setup.md fr/setup/']);
    assert.deepEqual(navs[1]?.nav.missing, []);
  });

  test('should not look in the default language\'s folder for a French folder-structure nav without fallback_to_default', () => {
    const languages = [EN, { locale: 'fr', name: 'Français', nav: ['index.md', 'agents.md'] }];
    const { options, refs, index } = setup(['en/index.md', 'en/agents.md', 'fr/index.md'], { docs_structure: 'folder', fallback_to_default: false, languages });
    const navs = languageNavs(options, refs, index, undefined);
    assert.deepEqual(navs[1]?.nav.missing.map((missing) => missing.entry), ['agents.md']);
  });

  test('should report a nav entry no page of the language has', () => {
    const { options, refs, index } = setup(['index.md', 'index.fr.md'], { fallback_to_default: false });
    const navs = languageNavs(options, refs, index, ['index.md', 'gone.md']);
    assert.deepEqual(navs[1]?.nav.missing.map((missing) => missing.entry), ['gone.md']);
  });
});
