/**
 * lexers/lexer-registry.ts names each ported lexer and the module that has it, so that a module loads
 * only when a page uses its language: every entry must load, make a lexer of the name it is
 * registered under, and be a lexer Pygments has; and no lexer module may be left out of it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createLexerLookup } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { PYGMENTS_LEXERS } from '../../src/markdown/extensions/superfences/pygments/lexers/pygments-aliases.ts';
import { LEXERS } from '../../src/markdown/extensions/superfences/pygments/lexers/lexer-registry.ts';

const FOLDER = path.resolve(import.meta.dirname, '../../src/markdown/extensions/superfences/pygments/lexers');

describe('the lexer registry', () => {
  test('should make, for every entry, a lexer of the name it is registered under', () => {
    const lookup = createLexerLookup();
    const wrong = LEXERS.map((entry) => [entry.name, entry.create(lookup).name]).filter(([registered, made]) => registered !== made);
    assert.deepEqual(wrong, []);
  });

  test('should register each name once, and only names of Pygments lexers', () => {
    const names = LEXERS.map((entry) => entry.name);
    assert.equal(new Set(names).size, names.length);
    const pygments = new Set(PYGMENTS_LEXERS.map(([, name]) => name));
    assert.deepEqual(names.filter((name) => !pygments.has(name)), []);
  });

  test('should find every registered lexer by each of its Pygments aliases', () => {
    const lookup = createLexerLookup();
    const registered = new Set(LEXERS.map((entry) => entry.name));
    const missed = PYGMENTS_LEXERS.filter(([, name]) => registered.has(name)).flatMap(([, name, aliases]) => aliases.split(' ').filter((alias) => lookup(alias)?.name !== name));
    assert.deepEqual(missed, []);
  });

  test('should leave out no lexer module: each is registered, or imported by one that is', () => {
    const registered = new Set(LEXERS.map((entry) => path.basename(entry.file)));
    const imported = new Set<string>();
    const modules = readdirSync(FOLDER).filter((name) => name.endsWith('.ts'));
    for (const name of modules) for (const match of readFileSync(path.join(FOLDER, name), 'utf8').matchAll(/from '\.\/([\w-]+\.ts)'/g)) if (name !== 'index.ts' && name !== 'lexer-registry.ts') imported.add(match[1]!);
    const support = new Set(['index.ts', 'lexer-registry.ts', 'pygments-aliases.ts', 'text.ts']);
    assert.deepEqual(modules.filter((name) => !support.has(name) && !registered.has(name) && !imported.has(name)), []);
  });
});
