import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternateLanguages, versionOptions } from '../../src/config/index.ts';
import { alternateHref } from '../../src/theme/urls.ts';
import { messages, project } from './project.ts';

describe('extra.alternate: the header language selector', () => {
  it('should read each language with its name, link and lang, in order', () => {
    const p = project('site_name: x\nextra:\n  alternate:\n    - name: English\n      link: /en/\n      lang: en\n    - name: Français\n      link: ../fr/\n      lang: fr\n');
    const { config, messages: notes } = p.load();
    assert.deepEqual(alternateLanguages(config.extra), [
      { name: 'English', link: '/en/', lang: 'en' },
      { name: 'Français', link: '../fr/', lang: 'fr' },
    ]);
    assert.deepEqual(notes, []);
  });

  it('should keep an entry without lang (no hreflang), and print YAML numbers as written', () => {
    assert.deepEqual(alternateLanguages({ alternate: [{ name: 2024, link: 'https://old.example.org/' }] }), [
      { name: '2024', link: 'https://old.example.org/', lang: undefined },
    ]);
  });

  it('should keep the extra keys real sites add (icon) out of the way', () => {
    assert.deepEqual(alternateLanguages({ alternate: [{ name: 'Español', link: '/es/', lang: 'es', icon: 'https://example.org/flag.svg' }] }), [
      { name: 'Español', link: '/es/', lang: 'es' },
    ]);
  });

  it('should draw nothing for a missing, empty or non-list alternate', () => {
    assert.deepEqual(alternateLanguages({}), []);
    assert.deepEqual(alternateLanguages({ alternate: [] }), []);
    assert.deepEqual(alternateLanguages({ alternate: { name: 'English', link: '/en/' } }), []);
    assert.deepEqual(alternateLanguages(undefined), []);
  });

  it('should leave out an entry without a name, with a warning at the entry', () => {
    const p = project('site_name: x\nextra:\n  alternate:\n    - name: English\n      link: /en/\n    - link: /it/\n');
    const loaded = p.load();
    assert.deepEqual(alternateLanguages(loaded.config.extra).map((entry) => entry.name), ['English']);
    assert.deepEqual(messages(loaded, p.dir), [
      "warning mkdocs.yml:6:7 language 2 of 'extra.alternate' has no 'name'; it is left out of the language selector",
    ]);
  });

  it('should link an entry without a link (or an empty one) to the site root, as Material\'s url filter makes `.` of it, with no message', () => {
    const p = project('site_name: x\nextra:\n  alternate:\n    - name: English\n      lang: en\n    - name: Deutsch\n      link: \'\'\n    - name: Español\n      link: es\n');
    const loaded = p.load();
    assert.deepEqual(alternateLanguages(loaded.config.extra), [
      { name: 'English', link: '.', lang: 'en' },
      { name: 'Deutsch', link: '.', lang: undefined },
      { name: 'Español', link: 'es', lang: undefined },
    ]);
    assert.deepEqual(messages(loaded, p.dir), []);
    assert.equal(alternateHref('/docs/', '.'), '/docs/');
  });

  it('should warn at the key when alternate is not a list', () => {
    const p = project('site_name: x\nextra:\n  alternate:\n    name: English\n    link: /en/\n');
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:3:3 'extra.alternate' should be a list of languages (`- name: English`, `link: /en/`, `lang: en`); no language selector is drawn",
    ]);
  });
});

describe('extra.version: mike\'s version selector', () => {
  it('should read provider mike with Material\'s default `latest` and no aliases shown', () => {
    assert.deepEqual(versionOptions({ provider: 'mike' }), { provider: 'mike', default: ['latest'], alias: false });
  });

  it('should read default as one name or a list, and alias: true', () => {
    assert.deepEqual(versionOptions({ provider: 'mike', default: 'stable', alias: true }), { provider: 'mike', default: ['stable'], alias: true });
    assert.deepEqual(versionOptions({ provider: 'mike', default: ['stable', 'dev', 2] }), { provider: 'mike', default: ['stable', 'dev', '2'], alias: false });
  });

  it('should not draw a selector for another provider, none, or no version at all', () => {
    assert.equal(versionOptions({ provider: 'sphinx' }), undefined);
    assert.equal(versionOptions({ default: 'latest' }), undefined);
    assert.equal(versionOptions(undefined), undefined);
    assert.equal(versionOptions('mike'), undefined);
  });

  it('should not warn about provider mike', () => {
    const p = project('site_name: x\nextra:\n  version:\n    provider: mike\n    default: stable\n    alias: true\n');
    assert.deepEqual(p.load().messages, []);
  });

  it('should note (not warn: Material draws no selector either, so --strict passes as with MkDocs) the provider when it is not mike, and the key when there is none', () => {
    const other = project('site_name: x\nextra:\n  version:\n    provider: versioneer\n');
    assert.deepEqual(messages(other.load(), other.dir), [
      "info mkdocs.yml:4:15 version provider 'versioneer' is not supported (Material knows only 'mike'); no version selector is drawn",
    ]);
    const none = project('site_name: x\nextra:\n  version:\n    default: stable\n');
    assert.deepEqual(messages(none.load(), none.dir), [
      "info mkdocs.yml:3:3 'extra.version' has no 'provider: mike'; no version selector is drawn",
    ]);
  });
});

describe('extra.analytics and extra.consent: never drawn, never silent', () => {
  it('should note each once, at the key, saying no third-party host is reached (a note: --strict builds pass, as with MkDocs)', () => {
    const p = project([
      'site_name: x',
      'extra:',
      '  analytics:',
      '    provider: google',
      '    property: G-XXXXXXXXXX',
      '    feedback:',
      '      title: Was this page helpful?',
      '  consent:',
      '    title: Cookie consent',
      '    description: We use cookies.',
      '',
    ].join('\n'));
    const notes = messages(p.load(), p.dir);
    assert.equal(notes.length, 2);
    assert.match(notes[0] ?? '', /^info mkdocs\.yml:3:3 'extra\.analytics' is not drawn: .*third-party host.*feedback widget.*; ignored$/);
    assert.match(notes[1] ?? '', /^info mkdocs\.yml:8:3 'extra\.consent' is not drawn: .*no cookie consent dialog is shown; ignored$/);
  });

  it('should note analytics written in an INHERIT parent at the parent\'s line', () => {
    const p = project('INHERIT: base.yml\nsite_name: x\n', { 'base.yml': 'extra:\n  social: []\n  analytics:\n    feedback:\n      title: Helpful?\n' });
    assert.deepEqual(messages(p.load(), p.dir).map((line) => line.split(' is not drawn')[0]), ["info base.yml:3:3 'extra.analytics'"]);
  });

  it('should not warn about an empty analytics or consent, nor about other extra keys', () => {
    const p = project('site_name: x\nextra:\n  analytics:\n  consent: {}\n  social: []\n  homepage: https://example.org/\n');
    assert.deepEqual(p.load().messages, []);
  });
});

describe('extra.social: the footer links', () => {
  it("should point at an entry without icon or link, with Material 5's 'type' named, and leave the sound ones alone", () => {
    const p = project([
      'site_name: x',
      'extra:',
      '  social:',
      '    - icon: fontawesome/brands/github',
      '      link: https://github.com/x',
      '    - type: globe',
      '      link: https://x.org',
      '    - icon: material/home',
      '',
    ].join('\n'));
    assert.deepEqual(messages(p.load(), p.dir), [
      "warning mkdocs.yml:6:7 link 2 of 'extra.social' has no 'icon' (Material 5's 'type' is now 'icon', a path such as fontawesome/brands/github); it is left out of the footer",
      "warning mkdocs.yml:8:7 link 3 of 'extra.social' has no 'link'; it is left out of the footer",
    ]);
  });

  it('should say once that a social mapping is not a list', () => {
    const p = project('site_name: x\nextra:\n  social:\n    github: https://github.com/x\n');
    assert.deepEqual(messages(p.load(), p.dir).map((line) => line.split(' should be')[0]), ["warning mkdocs.yml:3:3 'extra.social'"]);
  });
});
