// @ts-check
/**
 * Lint: typescript-eslint's strict rules, plus the layering written down in ARCHITECTURE.md.
 *
 * The layer rules are the point of this file: each part of src/ may import the parts below it,
 * never the ones above, and a few parts never import Astro. A wrong import fails `npm run lint`
 * with the rule's message, which names the layer and points at ARCHITECTURE.md.
 */
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers, top to bottom (see ARCHITECTURE.md). A layer may import any layer below it and
 * never one above it. Paths are relative to this file.
 */
const LAYERS = [
  { name: 'cli', paths: ['./src/cli'] },
  {
    name: 'integration (Astro: integration, pages, layouts, components)',
    paths: ['./src/integration.ts', './src/integration', './src/virtual-model.d.ts', './src/pages', './src/layouts', './src/components'],
  },
  { name: 'theme and search', paths: ['./src/theme', './src/search'] },
  { name: 'site', paths: ['./src/site'] },
  { name: 'nav', paths: ['./src/nav'] },
  { name: 'config', paths: ['./src/config'] },
  { name: 'markdown', paths: ['./src/markdown'] },
  { name: 'python', paths: ['./src/python'] },
  { name: 'shared', paths: ['./src/shared'] },
];

/** One zone per layer: its files may not import from any layer above it. */
const layerZones = LAYERS.slice(1).map((layer, index) => {
  const above = LAYERS.slice(0, index + 1);
  return {
    target: layer.paths,
    from: above.flatMap((upper) => upper.paths),
    message: `the ${layer.name} layer never imports a layer above it (${above.map((upper) => upper.name).join('; ')}). See ARCHITECTURE.md.`,
  };
});

/**
 * Parts that never import each other although the layer zones alone would let them: LAYERS is a
 * single line, so it puts `src/config` above `src/markdown` (the two speak the markdown_extensions
 * spec through src/shared instead), and `src/theme` and `src/search` share one layer.
 */
const siblingZones = [
  {
    target: './src/config',
    from: './src/markdown',
    message: 'src/config never imports src/markdown: a type both need belongs in src/shared (see extension-specs.ts). See ARCHITECTURE.md.',
  },
  {
    target: './src/theme',
    from: './src/search',
    message: 'src/theme never imports src/search (they share a layer and stay apart): move what both need into src/site or src/shared. See ARCHITECTURE.md.',
  },
  {
    target: './src/search',
    from: './src/theme',
    message: 'src/search never imports src/theme (they share a layer and stay apart): move what both need into src/site or src/shared. See ARCHITECTURE.md.',
  },
];

/** Zones inside and around the renderer. */
const markdownZones = [
  {
    // The core is Python-Markdown's own syntax; extensions plug into it, never the reverse.
    target: './src/markdown/core',
    from: './src/markdown/extensions',
    message: 'markdown/core never imports an extension: move the code into the extension, or pass it in through the pipeline. See ARCHITECTURE.md.',
  },
  {
    // Everything outside the renderer talks to it through its public API only.
    target: './src/!(markdown)/**',
    from: './src/markdown',
    except: ['./index.ts'],
    message: 'outside src/markdown, import the renderer only through its public API, src/markdown/index.ts (export what you need there). See ARCHITECTURE.md.',
  },
  {
    target: './src/*.ts',
    from: './src/markdown',
    except: ['./index.ts'],
    message: 'outside src/markdown, import the renderer only through its public API, src/markdown/index.ts. See ARCHITECTURE.md.',
  },
];

/** Parts that are plain Node: they run in the tests and the CLI without booting Astro. */
const ASTRO_FREE = ['src/markdown/**', 'src/python/**', 'src/config/**', 'src/nav/**', 'src/shared/**', 'src/site/**', 'src/theme/**', 'src/search/**'];

export default tseslint.config(
  {
    // Tests and benchmarks may reach into internals on purpose; they get no layer rules and are
    // type-checked by tsc. Generated and installed folders are not ours; src/cli.ts is a link to
    // bin/mkdocs-astro.js, linted there.
    ignores: ['node_modules/', 'dist/', 'site/', '.astro/', 'tests/', 'bench/', 'test-output/', 'src/theme/boot.js', 'src/theme/observables.js', 'src/cli.ts'],
  },
  ...tseslint.configs.strict,
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.astro'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.astro'],
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.astro', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...siblingZones, ...markdownZones] }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // micromark hands a tokenizer its context as `this`; nested state functions reach it through
      // `const self = this`, the pattern micromark's own constructs use.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // The CLI loads every module these import before a cold build can hand its pages to the
    // render worker, which waits for them: Vite's ~700 modules and Pagefind's are loaded where
    // they are used (createRequire / import()), their types imported as types.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vite', 'pagefind'].map((name) => ({
            name,
            allowTypeImports: true,
            message: `load ${name} where it is used (createRequire or import()): imported at the top, it is loaded before a build starts its render worker. See src/theme/assets.ts viteMinify.`,
          })),
        },
      ],
    },
  },
  {
    files: ASTRO_FREE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro(:|/|$)',
              message: 'this part runs without Astro (tests, CLI): only src/integration*, src/cli and .astro files import astro. See ARCHITECTURE.md.',
            },
          ],
        },
      ],
    },
  },
);
