/**
 * Which lexer a fence's language gets (pygments/lexers/index.ts): every alias Pygments 2.20.0
 * registers, our ports by that lexer, plain text for the rest, and the info message naming
 * the languages Pygments would highlight but we do not. Every lexer Pygments 2.20.0 names is
 * ported now, so "not ported" is a registry without Ezhil and GAP session (`WITHOUT`).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root, SuperFence } from 'mdast';
import { VFile } from 'vfile';
import { highlightOptions } from '../../src/markdown/extensions/superfences/highlight-options.ts';
import { createLexerLookup, highlightLanguageName, languageSupport, lexerFor } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { LEXERS } from '../../src/markdown/extensions/superfences/pygments/lexers/lexer-registry.ts';
import { remarkMissingLexers } from '../../src/markdown/extensions/superfences/missing-lexers.ts';
import { PYGMENTS_LEXERS } from '../../src/markdown/extensions/superfences/pygments/lexers/pygments-aliases.ts';

/** The registry with two lexers left out, as a Pygments lexer not ported yet would be. */
const WITHOUT = LEXERS.filter((entry) => entry.name !== 'Ezhil' && entry.name !== 'GAP session');

describe('Pygments alias registry', () => {
  test('should hold every lexer and alias of _mapping.py', () => {
    assert.equal(PYGMENTS_LEXERS.length, 598);
    assert.equal(PYGMENTS_LEXERS.flatMap(([, , aliases]) => aliases.split(' ').filter((alias) => alias !== '')).length, 920);
  });
  test('should find each ported lexer by every alias Pygments gives it, case-insensitively', () => {
    const lookup = createLexerLookup();
    const expected: Record<string, string> = {
      console: 'Bash Session', 'shell-session': 'Bash Session', openrc: 'Bash', yaml: 'YAML', css: 'CSS', toml: 'TOML',
      json: 'JSON', 'json-object': 'JSON', jsonld: 'JSON-LD', 'json-ld': 'JSON-LD', pycon: 'Python console session', 'python-console': 'Python console session',
      html: 'HTML', docker: 'Docker', Dockerfile: 'Docker', diff: 'Diff', udiff: 'Diff', ini: 'INI', cfg: 'INI', dosini: 'INI',
      powershell: 'PowerShell', pwsh: 'PowerShell', posh: 'PowerShell', ps1: 'PowerShell', psm1: 'PowerShell',
      'pwsh-session': 'PowerShell Session', ps1con: 'PowerShell Session', pytb: 'Python Traceback', py3tb: 'Python Traceback',
      starlark: 'Python', pyi: 'Python', YAML: 'YAML', systemd: 'Systemd', properties: 'Properties', jproperties: 'Properties',
      registry: 'reg', apache: 'ApacheConf', aconf: 'ApacheConf', apacheconf: 'ApacheConf', bat: 'Batchfile', batch: 'Batchfile',
      dosbatch: 'Batchfile', winbatch: 'Batchfile', doscon: 'MSDOS Session', fish: 'Fish', fishshell: 'Fish', tcsh: 'Tcsh', csh: 'Tcsh',
      tcshcon: 'Tcsh Session', slurm: 'Slurm', sbatch: 'Slurm', terraform: 'Terraform', tf: 'Terraform', hcl: 'Terraform',
    };
    for (const [alias, name] of Object.entries(expected)) assert.equal(lookup(alias)?.name, name, alias);
  });
  test('should not find a lexer for a name Pygments does not register', () => {
    const lookup = createLexerLookup();
    for (const alias of ['yml', 'requirements', 'pip', 'jsonc', 'shell-script', '']) assert.equal(lookup(alias), undefined, alias);
  });
});

describe('languages without a ported lexer', () => {
  test('should draw a language Pygments knows as plain text, under its Pygments name', () => {
    const lookup = createLexerLookup(WITHOUT);
    const lexer = lexerFor(lookup, 'ezhil');
    assert.equal(lexer.name, 'Ezhil');
    assert.deepEqual([...lexer.tokensUnprocessed('main = 1\n')], [[0, 'Text', 'main = 1\n']]);
    assert.equal(languageSupport(lookup, 'ezhil'), 'plain');
  });
  test('should fall back to text for a name Pygments does not know, as PyMdown does', () => {
    const lookup = createLexerLookup();
    assert.equal(lexerFor(lookup, 'requirements').name, 'Text only');
    assert.equal(languageSupport(lookup, 'requirements'), 'unknown');
    assert.equal(languageSupport(lookup, 'yaml'), 'ported');
  });
});

describe('the language name of pygments_lang_class', () => {
  test('should keep the name as written when Pygments knows it, ported or not', () => {
    const lookup = createLexerLookup(WITHOUT);
    assert.equal(highlightLanguageName(lookup, 'YAML'), 'YAML');
    assert.equal(highlightLanguageName(lookup, 'ezhil'), 'ezhil');
  });
  test('should not keep a name Pygments does not know: it becomes text', () => {
    assert.equal(highlightLanguageName(createLexerLookup(), 'requirements'), 'text');
  });
});

describe('the missing-lexer message', () => {
  /** The messages remarkMissingLexers gives a page of fences (language and line each). */
  const infos = (fences: ReadonlyArray<readonly [lang: string, line: number, custom?: boolean]>, highlight: Record<string, unknown> = {}, file = new VFile()) => {
    const children = fences.map(([lang, line, custom]) => ({
      type: 'superFence', info: { lang }, value: 'x', custom: custom ? {} : undefined, count: 0,
      position: { start: { line, column: 1 }, end: { line: line + 2, column: 4 } },
    }) as unknown as SuperFence);
    const tree: Root = { type: 'root', children };
    remarkMissingLexers({ highlight: highlightOptions(highlight), lexers: createLexerLookup(WITHOUT) })(tree, file);
    return file.messages.filter((message) => message.ruleId === 'pygments-lexer-missing');
  };

  test('should name a language Pygments highlights but we do not, once per page, at its first fence', () => {
    const messages = infos([['ezhil', 1], ['EZHIL', 5], ['gap-console', 9]]);
    assert.deepEqual(messages.map((message) => [message.fatal, message.line]), [[undefined, 1], [undefined, 9]]);
    assert.match(messages[0]?.message ?? '', /`ezhil` .*Ezhil lexer/);
    assert.match(messages[1]?.message ?? '', /GAP session/);
  });
  test('should not report ported languages, unknown names or fences without a language', () => {
    assert.deepEqual(infos([['yaml', 1], ['requirements', 5], ['', 9]]), []);
  });
  test('should not report a custom fence that has the name of a Pygments language', () => {
    assert.deepEqual(infos([['ezhil', 1, true]]), []);
  });
  test('should not report anything when Pygments is off (use_pygments: false)', () => {
    assert.deepEqual(infos([['ezhil', 1]], { use_pygments: false }), []);
  });
  test('should report again on the next page, not once per renderer', () => {
    for (const path of ['a.md', 'b.md']) assert.equal(infos([['ezhil', 1]], {}, new VFile({ path })).length, 1, path);
  });
});
