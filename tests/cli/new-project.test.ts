/** `new DIR` (src/cli/new-project.ts): a project that builds, and never a file written over. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { newProject } from '../../src/cli/new-project.ts';
import { loadConfig } from '../../src/config/index.ts';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'mkdocs-astro-new-'));

describe('new', () => {
  test('makes the folder, a Material mkdocs.yml that loads, and docs/index.md', () => {
    const directory = path.join(temp(), 'my-docs');
    const said = newProject(directory);
    assert.deepEqual(said.map((line) => line.split(':')[0]), ['creating project folder', 'writing config file', 'writing initial docs']);
    const { config } = loadConfig(path.join(directory, 'mkdocs.yml'));
    assert.equal(config.site_name, 'My Docs');
    assert.equal(config.theme.name, 'material');
    assert.match(readFileSync(path.join(directory, 'docs/index.md'), 'utf8'), /^# Welcome to MkDocs\n/);
  });

  test('writes nothing where mkdocs.yml exists, and keeps an existing docs/index.md', () => {
    const existing = temp();
    writeFileSync(path.join(existing, 'mkdocs.yml'), 'site_name: Mine\n');
    assert.match(newProject(existing).join('\n'), /project already exists/);
    assert.equal(readFileSync(path.join(existing, 'mkdocs.yml'), 'utf8'), 'site_name: Mine\n');
    const withIndex = temp();
    mkdirSync(path.join(withIndex, 'docs'));
    writeFileSync(path.join(withIndex, 'docs/index.md'), '# Mine\n');
    newProject(withIndex);
    assert.equal(readFileSync(path.join(withIndex, 'docs/index.md'), 'utf8'), '# Mine\n');
  });
});
