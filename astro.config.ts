import { defineConfig } from 'astro/config';
import mkdocs from './src/integration.ts';

// Thin on purpose: everything comes from mkdocs.yml (MKDOCS_CONFIG_FILE or ./mkdocs.yml).
export default defineConfig({ integrations: [mkdocs()] });
