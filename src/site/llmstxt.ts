/**
 * mkdocs-llmstxt's files (0.4: src/mkdocs_llmstxt/_internal/plugin.py on_files, on_page_content,
 * on_post_build): `/llms.txt`, the site's name, description and `markdown_description`, then each
 * section's pages as `- [title](url): description`; each listed page's Markdown beside its HTML
 * (`guide/index.md`, converted by src/site/llmstxt-markdown.ts); and, with `full_output`, one file
 * with every listed page's Markdown under its section's title.
 *
 * A section's input with `*` is a glob (Python's fnmatch, where `*` also crosses `/`) over the
 * pages' sources, in the pages' order; any other input names one page. An input that is no page
 * is skipped with the plugin's warning. (The plugin globs over every file of docs_dir, so a glob
 * that matches an image also warns for it; here it matches pages only.)
 *
 *   llmsFiles({ options, siteName: 'Guide', siteDescription: undefined, pages }).files[0]
 *   // { file: 'llms.txt', text: '# Guide\n\n## Docs\n\n- [Home](https://x.org/index.md)\n\n' }
 */
import { fnmatch } from '../shared/fnmatch.ts';
import { htmlText, type PageHtml } from '../shared/page-html.ts';
import { createRequire } from 'node:module';
import type * as LlmsMarkdown from './llmstxt-markdown.ts';
import type { LlmsOptions } from './llmstxt-options.ts';

export interface LlmsPage {
  readonly src: string;
  /** Its file in the site folder (`guide/index.html`). */
  readonly dest: string;
  readonly title: string;
  readonly html: PageHtml;
}

export interface LlmsInput {
  readonly options: LlmsOptions;
  readonly siteName: string;
  readonly siteDescription: string | undefined;
  readonly pages: readonly LlmsPage[];
}

/** Each section's pages by source, with their descriptions, as on_files expands them. */
function expand(options: LlmsOptions, sources: readonly string[], problems: string[]): Array<{ title: string; pages: Map<string, string> }> {
  return options.sections.map((section) => {
    const pages = new Map<string, string>();
    for (const { pattern, description } of section.inputs) {
      if (!pattern.includes('*')) {
        pages.set(pattern, description);
        continue;
      }
      const glob = fnmatch(pattern);
      if ('problem' in glob) {
        problems.push(`llmstxt plugin: section '${section.title}': ${glob.problem}`);
        continue;
      }
      for (const src of sources) if (glob.regex.test(src)) pages.set(src, description);
    }
    return { title: section.title, pages };
  });
}

/** `Path(dest).with_suffix('.md')`. */
function markdownPath(dest: string): string {
  const name = dest.slice(dest.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? dest.slice(0, dest.length - name.length + dot) + '.md' : `${dest}.md`;
}

export function llmsFiles(input: LlmsInput): { files: Array<{ file: string; text: string }>; problems: string[] } {
  const { options } = input;
  const problems: string[] = [];
  const bySrc = new Map(input.pages.map((page) => [page.src, page]));
  const sections = expand(options, input.pages.map((page) => page.src), problems);
  const converted = new Map<string, { title: string; file: string; url: string; content: string }>();
  for (const section of sections) {
    for (const src of section.pages.keys()) {
      const page = bySrc.get(src);
      if (!page || converted.has(src)) continue;
      const file = markdownPath(page.dest);
      // urljoin of the base (ending with `/`) and a plain relative path: the two joined, nothing encoded.
      const url = options.baseUrl + file;
      converted.set(src, { title: page.title === '' ? src : page.title, file, url, content: llmsMarkdown().pageMarkdown(htmlText(page.html), { baseUrl: options.baseUrl, dest: page.dest, autoclean: options.autoclean }) });
    }
  }
  let head = `# ${input.siteName}\n\n`;
  if (input.siteDescription !== undefined) head += `> ${input.siteDescription}\n\n`;
  if (options.markdownDescription !== undefined) head += `${options.markdownDescription}\n\n`;
  let index = head;
  const files: Array<{ file: string; text: string }> = [];
  for (const section of sections) {
    index += `## ${section.title}\n\n`;
    for (const [src, description] of section.pages) {
      const page = converted.get(src);
      if (!page) {
        problems.push(`llmstxt plugin: page URI '${src}' not found in the generated pages; skipping`);
        continue;
      }
      if (!files.some((file) => file.file === page.file)) files.push({ file: page.file, text: page.content });
      index += `- [${page.title}](${page.url})${description ? `: ${description}` : ''}\n`;
    }
    index += '\n';
  }
  files.unshift({ file: 'llms.txt', text: index });
  if (options.fullOutput !== undefined) {
    let full = head;
    for (const section of sections) full += `# ${section.title}\n\n${[...section.pages.keys()].flatMap((src) => converted.get(src)?.content ?? []).join('\n')}`;
    files.push({ file: options.fullOutput, text: full });
  }
  return { files, problems };
}

/**
 * The HTML-to-Markdown conversion (hast-util-to-mdast, mdast-util-to-markdown: ~90 modules),
 * loaded for a site with the plugin only: every build's process imports this file.
 */
function llmsMarkdown(): typeof LlmsMarkdown {
  return createRequire(import.meta.url)('./llmstxt-markdown.ts') as typeof LlmsMarkdown;
}
