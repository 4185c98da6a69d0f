/**
 * The command line's values over mkdocs.yml (loadConfig's `overrides`), as MkDocs'
 * `load_config(**options)` applies them: a given value replaces the key, an unset one changes
 * nothing, serve's `-w` paths add to `watch`.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/index.ts';
import { project } from './project.ts';

const YML = 'site_name: x\nstrict: true\nuse_directory_urls: true\ntheme:\n  name: material\n  features: [navigation.tabs]\nwatch: [includes]\n';

describe('loadConfig with command-line overrides', () => {
  it('replaces strict, use_directory_urls and the deploy branch and remote', () => {
    const p = project(YML, { 'includes/': '' });
    const { config } = loadConfig(p.configFile, { env: {}, overrides: { strict: false, use_directory_urls: false, remote_branch: 'pages', remote_name: 'upstream' } });
    assert.equal(config.strict, false);
    assert.equal(config.use_directory_urls, false);
    assert.equal(config.remote_branch, 'pages');
    assert.equal(config.remote_name, 'upstream');
  });

  it('keeps the file\'s values (and MkDocs\' deploy defaults) where nothing is given', () => {
    const p = project(YML, { 'includes/': '' });
    const { config } = loadConfig(p.configFile, { env: {}, overrides: { strict: undefined } });
    assert.equal(config.strict, true);
    assert.deepEqual(config.theme.features, ['navigation.tabs']);
    assert.equal(config.remote_branch, 'gh-pages');
    assert.equal(config.remote_name, 'origin');
  });

  it('replaces the whole theme mapping with -t\'s name, as MkDocs does', () => {
    const p = project(YML, { 'includes/': '' });
    const { config } = loadConfig(p.configFile, { env: {}, overrides: { theme: 'material' } });
    assert.equal(config.theme.name, 'material');
    assert.deepEqual(config.theme.features, []);
  });

  it('adds serve\'s -w paths to watch, and checks they exist as it checks the file\'s', () => {
    const p = project(YML, { 'includes/': '', 'overrides/': '' });
    const extra = path.join(p.dir, 'overrides');
    assert.deepEqual(loadConfig(p.configFile, { env: {}, overrides: { watch: [extra] } }).config.watch, [path.join(p.dir, 'includes'), extra]);
    assert.throws(() => loadConfig(p.configFile, { env: {}, overrides: { watch: [path.join(p.dir, 'missing')] } }), /missing' \(no such file or folder\)/);
  });
});
