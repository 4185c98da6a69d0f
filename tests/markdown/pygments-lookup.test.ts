/**
 * Which lexer a fence's language gets (pygments/lexers/index.ts): every alias Pygments 2.20.0
 * registers, our ports by that lexer, plain text for the rest, and the info message naming
 * the languages Pygments would highlight but we do not.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLexerLookup, highlightLanguageName, languageSupport, lexerFor } from '../../src/markdown/extensions/superfences/pygments/lexers/index.ts';
import { PYGMENTS_LEXERS } from '../../src/markdown/extensions/superfences/pygments/lexers/pygments-aliases.ts';
import { createRenderer } from '../../src/markdown/index.ts';
import { ext, renderPage } from '../helpers/render.ts';

const render = (value: string, highlight: Record<string, unknown> = {}) =>
  renderPage(value, [ext('pymdownx.highlight', highlight), ext('pymdownx.superfences')]);

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
    const lookup = createLexerLookup();
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
    const lookup = createLexerLookup();
    assert.equal(highlightLanguageName(lookup, 'YAML'), 'YAML');
    assert.equal(highlightLanguageName(lookup, 'ezhil'), 'ezhil');
  });
  test('should not keep a name Pygments does not know: it becomes text', () => {
    assert.equal(highlightLanguageName(createLexerLookup(), 'requirements'), 'text');
  });
});

describe('the missing-lexer message', () => {
  const infos = (value: string, highlight: Record<string, unknown> = {}) =>
    render(value, highlight).messages.filter((message) => message.ruleId === 'pygments-lexer-missing');

  test('should name a language Pygments highlights but we do not, once per page, at its first fence', () => {
    const messages = infos('```ezhil\na\n```\n\n```EZHIL\nb\n```\n\n```gap-console\nc\n```\n');
    assert.deepEqual(messages.map((message) => [message.severity, message.line]), [['info', 1], ['info', 9]]);
    assert.match(messages[0]?.message ?? '', /`ezhil` .*Ezhil lexer/);
    assert.match(messages[1]?.message ?? '', /GAP session/);
  });
  test('should not report ported languages, unknown names or fences without a language', () => {
    assert.deepEqual(infos('```yaml\na: 1\n```\n\n```requirements\nmkdocs\n```\n\n```\nplain\n```\n'), []);
  });
  test('should not report a custom fence that has the name of a Pygments language', () => {
    const fences = { custom_fences: [{ name: 'ezhil', class: 'ezhil', format: '!!python/name:pymdownx.superfences.fence_code_format' }] };
    const messages = createRenderer({ extensions: [{ name: 'pymdownx.superfences', options: fences }], projectDir: '/p', docsDir: '/p/docs' })
      .render({ path: 'a.md', value: '```ezhil\na\n```\n' }).messages;
    assert.deepEqual(messages.filter((message) => message.ruleId === 'pygments-lexer-missing'), []);
  });
  test('should not report anything when Pygments is off (use_pygments: false)', () => {
    assert.deepEqual(infos('```ezhil\na\n```\n', { use_pygments: false }), []);
  });
  test('should report again on the next page, not once per renderer', () => {
    const renderer = createRenderer({ extensions: [{ name: 'pymdownx.superfences', options: {} }], projectDir: '/p', docsDir: '/p/docs' });
    for (const path of ['a.md', 'b.md']) {
      const messages = renderer.render({ path, value: '```ezhil\nx ← ⍳ 10\n```\n' }).messages;
      assert.equal(messages.filter((message) => message.ruleId === 'pygments-lexer-missing').length, 1, path);
    }
  });
});
