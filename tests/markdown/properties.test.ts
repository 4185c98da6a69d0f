/**
 * Property-based tests (fast-check): generated Markdown that mixes the constructs real Material
 * pages nest into each other (admonitions, details, content tabs, attribute lists, raw HTML
 * blocks with `markdown`, icons, snippets, lists, fences) never makes the renderer throw, always
 * yields HTML, and reports problems as located messages. fast-check's per-run timeout is a hang
 * guard, not a speed target (speed is measured by `npm run bench`).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createRenderer } from '../../src/markdown/index.ts';
import type { ExtensionSpec } from '../../src/markdown/types.ts';

const project = mkdtempSync(path.join(os.tmpdir(), 'mkdocs-properties-'));
mkdirSync(path.join(project, 'includes'));
writeFileSync(path.join(project, 'includes', 'note.md'), '!!! note\n    From a snippet with :material-check:.\n');
writeFileSync(path.join(project, 'includes', 'glossary.md'), '*[HTML]: Hyper Text Markup Language\n');

const EXTENSIONS: ExtensionSpec[] = [
  { name: 'abbr', options: {} },
  { name: 'admonition', options: {} },
  { name: 'attr_list', options: {} },
  { name: 'def_list', options: {} },
  { name: 'footnotes', options: {} },
  { name: 'md_in_html', options: {} },
  { name: 'toc', options: { permalink: true } },
  { name: 'tables', options: {} },
  { name: 'pymdownx.details', options: {} },
  { name: 'pymdownx.emoji', options: {} },
  { name: 'pymdownx.superfences', options: {} },
  { name: 'pymdownx.tabbed', options: { alternate_style: true } },
  { name: 'pymdownx.tasklist', options: {} },
  { name: 'pymdownx.snippets', options: { base_path: ['includes'] } },
  { name: 'pymdownx.mark', options: {} },
  { name: 'pymdownx.keys', options: {} },
];

const word = fc.constantFrom('Signal', 'HTML', 'Tor', 'text', 'a_b', '9:30', 're:Invent', '**bold**', '*em*', '`code`', '==mark==', '++ctrl+c++', '[link](other.md)', '[^1]', ':material-check:', ':smile:', ':nope:', '{ .md-button }', '<span>x</span>', '&amp;', '\\*', '|', '~');
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));

/** A block, possibly containing other blocks, at the given nesting depth. */
const block: fc.Memo<string> = fc.memo((depth) => {
  const leaf = fc.oneof(
    line,
    line.map((text) => `## ${text} {#id-${text.length}}`),
    fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
    fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, index) => `${index + 1}. [${index % 2 ? 'x' : ' '}] ${item}`).join('\n')),
    line.map((text) => `\`\`\`python\nprint("${text.replace(/["\\]/g, '')}")\n\`\`\``),
    fc.constant('--8<-- "note.md"'),
    fc.constant('--8<-- "missing.md"'),
    line.map((text) => `Term\n:   ${text}`),
    line.map((text) => `| a | b |\n| - | :-: |\n| ${text} | x |`),
    line.map((text) => `[^1]: ${text}`),
    line.map((text) => `<div>\n${text}\n</div>`),
  );
  if (depth <= 0) return leaf;
  const body = fc.array(block(depth - 1), { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n'));
  const indent = (text: string) => text.split('\n').map((l) => (l === '' ? '' : `    ${l}`)).join('\n');
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    body.map((text) => `!!! note "Title"\n${indent(text)}`),
    body.map((text) => `??? question "Open me"\n${indent(text)}`),
    fc.tuple(body, body).map(([a, b]) => `=== "One"\n\n${indent(a)}\n\n=== "Two"\n\n${indent(b)}`),
    body.map((text) => `<div markdown>\n\n${text}\n\n</div>`),
    body.map((text) => `<details markdown>\n<summary>S</summary>\n\n${text}\n\n</details>`),
    body.map((text) => `- item\n\n${indent(text)}`),
    body.map((text) => `> ${text.split('\n').join('\n> ')}`),
  );
});

const page = fc.array(block(3), { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));

describe('the renderer on generated Material-style pages', () => {
  const renderer = createRenderer({ extensions: EXTENSIONS, projectDir: project, docsDir: project });

  test('should never throw, always return HTML, and place every message on a line', () => {
    fc.assert(
      fc.property(page, (source) => {
        const result = renderer.render({ path: 'page.md', value: source });
        assert.equal(typeof result.html, 'string');
        for (const message of result.messages) {
          assert.ok(message.line === undefined || (Number.isInteger(message.line) && message.line >= 1), `message line ${message.line}`);
          assert.doesNotMatch(message.message, /could not render this page/, `the page failed: ${message.message}`);
        }
      }),
      { numRuns: 300, timeout: 2000, seed: Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31) },
    );
  });

  test('should keep the words of plain paragraphs in the output', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{3,12}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const html = renderer.render({ path: 'page.md', value: `${words.join(' ')}\n` }).html;
        for (const w of words) assert.ok(html.includes(w), `${w} in ${html}`);
      }),
      { numRuns: 200 },
    );
  });
});
