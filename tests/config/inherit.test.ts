import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { messages, project } from './project.ts';

describe('INHERIT', () => {
  const base = [
    'site_name: Base',
    'docs_dir: base-docs',
    'theme:',
    '  name: material',
    '  features: [navigation.tabs, navigation.sections]',
    '  palette: {primary: indigo, accent: red}',
    'markdown_extensions:',
    '  - admonition',
    'extra:',
    '  a: 1',
    '  nested: {x: 1, y: 2}',
    '',
  ].join('\n');

  it('should deep-merge mappings with the child winning and lists replaced', () => {
    const p = project(
      'INHERIT: shared/base.yml\nsite_name: Child\ntheme:\n  features: [toc.follow]\n  palette: {accent: blue}\nextra:\n  nested: {y: 3}\n',
      { 'shared/base.yml': base, 'docs/': '', 'base-docs/': '' },
    );
    const { config } = p.load();
    assert.equal(config.site_name, 'Child');
    assert.equal(config.theme.name, 'material');
    assert.deepEqual(config.theme.features, ['toc.follow']);
    assert.deepEqual(config.theme.palette.map((entry) => [entry.primary, entry.accent]), [['indigo', 'blue']]);
    assert.deepEqual(config.extra, { a: 1, nested: { x: 1, y: 3 } });
    assert.deepEqual(config.markdown_extensions.map((spec) => spec.name), ['toc', 'tables', 'fenced_code', 'admonition']);
  });

  it('should list the config file and every parent it read, so serve can watch them', () => {
    const p = project('INHERIT: shared/mid.yml\n', { 'shared/mid.yml': 'INHERIT: base.yml\n', 'shared/base.yml': base, 'base-docs/': '' });
    assert.deepEqual(p.load().files, [p.configFile, path.join(p.dir, 'shared/mid.yml'), path.join(p.dir, 'shared/base.yml')]);
    assert.equal(project('site_name: Alone\n').load().files.length, 1);
  });

  it('should resolve the parent\'s relative paths against the main config folder, as MkDocs does', () => {
    const p = project('INHERIT: shared/base.yml\n', { 'shared/base.yml': base, 'base-docs/': '' });
    assert.equal(p.load().config.docs_dir, path.join(p.dir, 'base-docs'));
  });

  it('should follow INHERIT chains, each relative to the file naming it', () => {
    const p = project('INHERIT: a/middle.yml\nsite_name: Top\n', {
      'a/middle.yml': 'INHERIT: ../b/root.yml\nextra: {middle: true}\n',
      'b/root.yml': 'site_name: Root\nextra: {root: true}\n',
    });
    const { config } = p.load();
    assert.equal(config.site_name, 'Top');
    assert.deepEqual(config.extra, { root: true, middle: true });
  });

  it('should point errors at the file and line where the bad value was written', () => {
    const p = project('INHERIT: base.yml\nsite_name: x\n', { 'base.yml': 'site_name: y\nuse_directory_urls: sometimes\n' });
    assert.equal(p.error(), "base.yml:2:21: invalid value for 'use_directory_urls': found \"sometimes\" (a string), expected true or false");
  });

  it('should point warnings at the parent file for what the parent wrote', () => {
    const p = project('INHERIT: base.yml\nsite_name: x\n', { 'base.yml': 'site_name: y\nplugins:\n  - projects\n' });
    assert.deepEqual(messages(p.load(), p.dir), ["warning base.yml:3:5 plugin 'projects' is not supported; ignored"]);
  });

  it('should refuse a missing parent file, naming where it was looked for', () => {
    const p = project('site_name: x\nINHERIT: nope.yml\n');
    assert.equal(p.error(), `mkdocs.yml:2:10: inherited config file 'nope.yml' does not exist at '${path.join(p.dir, 'nope.yml')}'`.replaceAll(`${p.dir}/`, ''));
  });

  it('should refuse an INHERIT loop', () => {
    const p = project('INHERIT: a.yml\nsite_name: x\n', { 'a.yml': 'INHERIT: mkdocs.yml\n' });
    assert.match(p.error(), /^a\.yml:1:10: INHERIT loops back to '.*mkdocs\.yml'$/);
  });

  it('should refuse an INHERIT that is not a path', () => {
    assert.equal(project('INHERIT: [a]\nsite_name: x\n').error(), "mkdocs.yml:1:10: invalid value for 'INHERIT': found a list of 1 item, expected the path of a parent config file");
  });
});
