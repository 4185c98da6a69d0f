/**
 * Pathological input at a small scale: the shapes of bench/stress-cases.ts (which measures them
 * full size) rendered through the renderer, checking the output is sane. No timing assertions:
 * the generous timeouts only keep a hang from stalling the suite.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EditMap } from 'micromark-util-edit-map';
import type { Event } from 'micromark-util-types';
import { STRESS_CASES, STRESS_EXTENSIONS } from '../../bench/stress-cases.ts';
import { createRenderer, type RenderResult } from '../../src/markdown/index.ts';

const TIMEOUT = { timeout: 120_000 };

function stress(name: string, scale: number): { source: string; result: RenderResult } {
  const found = STRESS_CASES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no stress case named ${name}`);
  const source = found.make(scale);
  const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
  return { source, result: renderer.render({ path: 'stress.md', value: source }) };
}

/** The text a reader sees: tags dropped, the few entities the renderer writes decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

function errors(result: RenderResult): string[] {
  return result.messages.filter((message) => message.severity === 'error').map((message) => message.message);
}

describe('pathological input renders', () => {
  for (const char of ['*', '_']) {
    // Python-Markdown's patterns pair parts of a long run (`*******` is strong(em(*))): every
    // marker is either still visible or one of the two or four an em or strong consumed.
    test(`should account for every one of 2,000 repeated ${char}, paired as Python-Markdown pairs them`, TIMEOUT, () => {
      const { result } = stress(`50,000 × ${char}`, 0.04);
      assert.deepEqual(errors(result), []);
      const text = visibleText(result.html);
      assert.match(text, /^text .* text$/su);
      assert.equal(count(text, char) + 2 * count(result.html, '<em>') + 4 * count(result.html, '<strong>'), 2000);
    });
  }

  test('should link the one link after 1,000 unclosed labels', TIMEOUT, () => {
    const { result } = stress('20,000 × "[a " then a link', 0.05);
    assert.deepEqual(errors(result), []);
    assert.equal(count(result.html, '<a href="c">b</a>'), 1);
    assert.equal(count(visibleText(result.html), '[a '), 1000);
  });

  test('should link each of 1,000 links inside a label that never closes', TIMEOUT, () => {
    const { result } = stress('20,000 links inside an unclosed [', 0.05);
    assert.deepEqual(errors(result), []);
    assert.equal(count(result.html, '<a href="b">a</a>'), 1000);
  });

  test('should pair a run of 20 * as the reference renderer does', () => {
    const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
    const html = renderer.render({ path: 'x.md', value: `text ${'*'.repeat(20)} text` }).html;
    assert.equal(html, '<p>text <strong><em>*</em></strong><strong><em>*</em></strong><strong>*</strong>* text</p>');
  });

  for (const char of ['[', '<', '`', ':', '{', '~', '=', '^']) {
    test(`should keep every one of 2,000 repeated ${char} as text`, TIMEOUT, () => {
      const { result } = stress(`50,000 × ${char}`, 0.04);
      assert.deepEqual(errors(result), []);
      const text = visibleText(result.html);
      assert.equal(count(text, char), 2000);
      assert.match(text, /^text .* text$/su);
    });
  }

  test('should pair 2,000 "*a" into 1,000 emphasis spans and keep every a', TIMEOUT, () => {
    const { result } = stress('50,000 × "*a"', 0.04);
    assert.equal(count(result.html, '<em>a</em>'), 1000);
    assert.equal(count(visibleText(result.html), 'a'), 2000);
    assert.equal(count(visibleText(result.html), '*'), 0);
  });

  test('should not pair "*a" runs across a paragraph break', TIMEOUT, () => {
    const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
    assert.equal(renderer.render({ path: 'x.md', value: `*a\n\n${'*a'.repeat(3)}` }).html, '<p>*a</p>\n<p><em>a</em>a*a</p>');
  });

  test('should keep 2,000 "[a](" as text, not links', TIMEOUT, () => {
    const { result } = stress('50,000 × "[a]("', 0.04);
    assert.equal(count(visibleText(result.html), '[a]('), 2000);
    assert.doesNotMatch(result.html, /<a /u);
  });

  test('should not take a ] that closes a link or a footnote call as a lone bracket', () => {
    const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
    const html = renderer.render({ path: 'x.md', value: 'a] [b](u) x[^1]]\n\n[^1]: n' }).html;
    // The reference renderer's first paragraph.
    assert.equal(html.split('\n')[0], '<p>a] <a href="u">b</a> x<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>]</p>');
  });
});

describe('emphasis paired in linear time', () => {
  // Expected HTML from the reference renderer (Python-Markdown + PyMdown).
  const cases: Array<[string, string]> = [
    ['***a***', '<p><strong><em>a</em></strong></p>'],
    ['**a *b* c**', '<p><strong>a <em>b</em> c</strong></p>'],
    ['*a*b*c*', '<p><em>a</em>b<em>c</em></p>'],
    ['_a_b_', '<p><em>a_b</em></p>'],
    ['**a*', '<p>*<em>a</em></p>'],
    ['***a** b*', '<p><em><strong>a</strong> b</em></p>'],
  ];
  for (const [markdown, html] of cases) {
    test(`should render ${markdown} as Python-Markdown does`, () => {
      const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
      assert.equal(renderer.render({ path: 'x.md', value: markdown }).html, html);
    });
  }

  test('should not pair markers inside code or across a link boundary', () => {
    const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
    assert.equal(renderer.render({ path: 'x.md', value: '*a `*` [b*](u) c*' }).html, '<p><em>a <code>*</code> <a href="u">b*</a> c</em></p>');
  });
});

describe('pathological nesting renders', () => {
  test('should nest 50 list levels without a warning', TIMEOUT, () => {
    const { result } = stress('nested lists, 1,000 deep', 0.05);
    assert.equal(count(result.html, '<ul>'), 50);
    assert.deepEqual(result.messages, []);
  });

  test('should stop nesting lists at 100 levels, warn where, and keep every item text', TIMEOUT, () => {
    const { result } = stress('nested lists, 1,000 deep', 0.15);
    assert.equal(count(result.html, '<ul>'), 100);
    assert.equal(result.messages.length, 1);
    assert.equal(result.messages[0]?.ruleId, 'nesting-limit');
    assert.equal(result.messages[0]?.line, 100);
    const text = visibleText(result.html);
    for (let item = 0; item < 150; item++) assert.match(text, new RegExp(`item ${item}\\b`, 'u'));
  });

  test('should stop nesting admonitions at 100 levels and keep the innermost text', TIMEOUT, () => {
    const { result } = stress('nested admonitions, 1,000 deep', 0.15);
    assert.equal(count(result.html, '<div class="admonition note">'), 100);
    assert.equal(result.messages.map((message) => message.ruleId).join(), 'nesting-limit');
    assert.match(visibleText(result.html), /bottom/u);
    assert.match(visibleText(result.html), /Level 149/u);
  });

  test('should not limit admonitions nested 20 deep', TIMEOUT, () => {
    const { result } = stress('nested admonitions, 1,000 deep', 0.02);
    assert.equal(count(result.html, '<div class="admonition note">'), 20);
    assert.deepEqual(result.messages, []);
  });

  test('should nest 1,000 blockquotes, one per >', TIMEOUT, () => {
    const { result } = stress('nested blockquotes, 1,000 deep', 1);
    assert.deepEqual(errors(result), []);
    assert.equal(count(result.html, '<blockquote>'), 1000);
    assert.match(result.html, /deep quote/u);
  });
});

describe('pathological size renders', () => {
  test('should render every block of a long mixed page', TIMEOUT, () => {
    const { source, result } = stress('10 MB page of mixed Markdown', 0.002);
    const blocks = count(source, '## Heading');
    assert.ok(blocks > 50);
    assert.deepEqual(errors(result), []);
    assert.equal(count(result.html, '<div class="admonition note">'), blocks);
    assert.equal(count(result.html, '<table>'), blocks);
    assert.equal(count(result.html, '<mark>mark</mark>'), blocks);
  });

  test('keeps a paragraph of "[^x" lines closed by one "]" as text, with no footnote', TIMEOUT, () => {
    const { source, result } = stress('20,000 lines of "[^x" then "]"', 0.02);
    assert.doesNotMatch(result.html, /footnote/);
    assert.equal(visibleText(result.html).trim(), source.trim());
  });

  test('should nest 500 definitions in one definition list, as Python-Markdown does', TIMEOUT, () => {
    const { result } = stress('10,000 definitions nested in one', 0.05);
    assert.deepEqual(errors(result), []);
    // Each `    more` block joins the outer definition; its `:` line adds to the one nested list.
    assert.equal(count(result.html, '<dl>'), 2);
    assert.equal(count(result.html, '<dd>nested</dd>'), 500);
    assert.equal(count(result.html, '<dt>more</dt>'), 500);
  });

  test('should make one table row per source row', TIMEOUT, () => {
    const { result } = stress('table of 5,000 rows', 0.05);
    assert.equal(count(result.html, '<tr>'), 251);
    assert.equal(count(result.html, '<td style="text-align: center;"><em>x</em></td>'), 250);
    assert.match(result.html, /<td style="text-align: right;"><code>y<\/code><\/td>\n<\/tr>\n<\/tbody>/u);
  });
});

describe('pathological repetition renders in linear time', () => {
  /**
   * How many event slots micromark's edit maps read or write while `source` renders: the work
   * that grew with the square of the page when each closed container copied the page's events.
   */
  function editMapWork(source: string): number {
    const renderer = createRenderer({ extensions: STRESS_EXTENSIONS, projectDir: '/p', docsDir: '/p/docs' });
    // The first render sets the renderer up (core/edit-map.ts puts its consume in place); the count wraps whatever is there.
    renderer.render({ path: 'x.md', value: '- a' });
    const consume = EditMap.prototype.consume;
    let work = 0;
    const counted: ProxyHandler<Event[]> = {
      get: (target, key, receiver) => {
        if (isSlot(key)) work++;
        return Reflect.get(target, key, receiver);
      },
      set: (target, key, value, receiver) => {
        if (isSlot(key)) work++;
        return Reflect.set(target, key, value, receiver);
      },
    };
    EditMap.prototype.consume = function (this: EditMap, events: Event[]) {
      return consume.call(this, new Proxy(events, counted));
    };
    try {
      renderer.render({ path: 'x.md', value: source });
    } finally {
      EditMap.prototype.consume = consume;
    }
    return work;
  }

  const isSlot = (key: string | symbol) => typeof key === 'string' && /^[0-9]+$/u.test(key);

  const shapes: Array<[string, (times: number) => string]> = [
    ...['4,000 lists between reference definitions', '4,000 block quotes between paragraphs'].map((name): [string, (times: number) => string] => {
      const found = STRESS_CASES.find((candidate) => candidate.name === name);
      if (!found) throw new Error(`no stress case named ${name}`);
      return [name, (times) => found.make(times / 4000)];
    }),
    ['ordered lists of three items between abbreviations', (times) => '1. a\n2. b\n3. c\n\n*[HTML]: Hyper Text\n\n'.repeat(times)],
    ['lists between paragraphs, in an admonition', (times) => `!!! note\n\n${'    - a\n\n    b\n\n'.repeat(times)}`],
  ];
  for (const [name, make] of shapes) {
    test(`should not grow faster than the page: ${name}`, TIMEOUT, () => {
      const once = editMapWork(make(300));
      const twice = editMapWork(make(600));
      // Linear work doubles with the page; work that copies the page per container quadruples.
      assert.ok(once > 0, 'the shape closes its containers through an edit map');
      assert.ok(twice <= 2.3 * once, `${once} slots at 300 repetitions, ${twice} at 600`);
    });
  }
});
