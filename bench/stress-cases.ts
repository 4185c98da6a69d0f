/**
 * The pathological inputs of bench/stress.ts (and, smaller, tests/markdown/stress.test.ts):
 * deep nesting, long runs of one delimiter, one huge page, one huge table.
 */
import type { ExtensionSpec } from '../src/markdown/types.ts';

export interface StressCase {
  readonly name: string;
  readonly make: (scale?: number) => string;
}

/** The extensions a Material site typically enables: every container and inline construct. */
export const STRESS_EXTENSIONS: ExtensionSpec[] = [
  'abbr', 'admonition', 'attr_list', 'def_list', 'footnotes', 'md_in_html', 'tables', 'toc',
  'pymdownx.details', 'pymdownx.superfences', 'pymdownx.tabbed', 'pymdownx.mark', 'pymdownx.caret',
  'pymdownx.tilde', 'pymdownx.keys', 'pymdownx.tasklist', 'pymdownx.emoji', 'pymdownx.critic', 'pymdownx.arithmatex',
].map((name) => ({ name, options: name === 'pymdownx.tabbed' ? { alternate_style: true } : {} }));

const repeat = (unit: string, times: number) => unit.repeat(times);

/** `scale` 1 is the full size the issue names; tests use a fraction. */
export const STRESS_CASES: readonly StressCase[] = [
  { name: 'nested lists, 1,000 deep', make: (s = 1) => Array.from({ length: Math.round(1000 * s) }, (_, i) => `${' '.repeat(4 * i)}- item ${i}`).join('\n') },
  { name: 'nested blockquotes, 1,000 deep', make: (s = 1) => `${repeat('>', Math.round(1000 * s))} deep quote\n` },
  { name: 'nested admonitions, 1,000 deep', make: (s = 1) => Array.from({ length: Math.round(1000 * s) }, (_, i) => `${' '.repeat(4 * i)}!!! note "Level ${i}"`).join('\n\n') + `\n\n${' '.repeat(4 * Math.round(1000 * s))}bottom\n` },
  ...['*', '_', '[', '<', '`', ':', '{', '~', '=', '^'].map((char): StressCase => ({ name: `50,000 × ${char}`, make: (s = 1) => `text ${repeat(char, Math.round(50000 * s))} text\n` })),
  { name: '50,000 × "*a"', make: (s = 1) => `${repeat('*a', Math.round(50000 * s))}\n` },
  { name: '50,000 × "[a]("', make: (s = 1) => `${repeat('[a](', Math.round(50000 * s))}\n` },
  // Links inside links: each inline link asks whether an open label around it links first.
  { name: '20,000 × "[a " then a link', make: (s = 1) => `${repeat('[a ', Math.round(20000 * s))}[b](c)\n` },
  { name: '20,000 links inside an unclosed [', make: (s = 1) => `[ ${repeat('[a](b) ', Math.round(20000 * s))}\n` },
  // A `]` may end a footnote call written `![^label]`: each once looked back through the whole
  // paragraph for its `![` (20,000 took 4.8 s).
  { name: '20,000 × "a] " on a page with a footnote', make: (s = 1) => `x[^a]\n\n${repeat('a] ', Math.round(20000 * s))}\n\n[^a]: note\n` },
  // A footnote definition's label may run over lines: each `[^x` line of a paragraph once read the
  // label on to the paragraph's one `]`, which no colon follows (4,000 lines took 3.9 s).
  { name: '20,000 lines of "[^x" then "]"', make: (s = 1) => `${repeat('[^x\n', Math.round(20000 * s))}]\n` },
  { name: '10 MB page of mixed Markdown', make: (s = 1) => {
    const block = '## Heading {#h}\n\nSome *emphasis*, **strong**, `code`, a [link](https://example.org) and :smile:.\n\n- item\n- item with ==mark==\n\n!!! note\n    Inside an admonition.\n\n```python\nprint("hi")\n```\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n';
    return repeat(block, Math.round((10 * 1024 * 1024 * s) / block.length));
  } },
  // Definitions nested in one definition, each ended by a line after a blank line (once a
  // rewrite of the page's whole event list per definition).
  { name: '10,000 definitions nested in one', make: (s = 1) => `Term\n:   definition\n\n${repeat('    more\nTerm\n:   nested\n\n', Math.round(10000 * s))}` },
  // Containers each ended by a line that starts a new block, none of theirs: micromark once
  // closed each with a copy of the page's whole event list (core/edit-map.ts).
  { name: '4,000 lists between reference definitions', make: (s = 1) => repeat('- a\n\n[x]: /y\n\n', Math.round(4000 * s)) },
  { name: '4,000 block quotes between paragraphs', make: (s = 1) => repeat('> a\n\nb\n\n', Math.round(4000 * s)) },
  { name: 'table of 5,000 rows', make: (s = 1) => `| a | b | c |\n| --- | :-: | --: |\n${Array.from({ length: Math.round(5000 * s) }, (_, i) => `| ${i} | *x* | \`y\` |`).join('\n')}\n` },
];
