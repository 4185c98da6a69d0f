/**
 * inlinehilite's output: the first matching `custom_inline` formatter (PyMdown tries them last
 * to first), else pymdownx.highlight's inline code: `<code class="highlight">` with Pygments'
 * token spans (`use_pygments: false`: `<code class="language-py highlight">` and the source).
 */
import type { Element, ElementContent } from 'hast';
import type { State } from 'mdast-util-to-hast';
import { lexerFor, type LexerLookup } from '../superfences/pygments/lexers/index.ts';
import { guessLanguage } from '../superfences/pygments/guess-on-demand.ts';
import { tokenLines } from '../superfences/pygments/token-lines.ts';
import type { CustomInline, InlineHiliteOptions } from './options.ts';
import type { InlineHilite } from './mdast.ts';

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

export function inlineHiliteHandler(options: InlineHiliteOptions, lexers: LexerLookup) {
  return (state: State, node: InlineHilite): Element => {
    const custom = [...options.custom].reverse().find((entry) => entry.name === '*' || entry.name === node.lang);
    const result = custom && custom.format.kind !== 'highlight' ? math(custom, node.value) : highlightInline(node, options, lexers);
    // attr_list's `{: .x}` adds to the classes (applyData alone would replace them).
    const { className, ...rest } = node.data?.hProperties ?? {};
    const added = Array.isArray(className) ? className.map(String) : typeof className === 'string' ? [className] : [];
    const current = result.properties['className'];
    result.properties = { ...result.properties, ...rest };
    if (added.length > 0) result.properties['className'] = [...(Array.isArray(current) ? current.map(String) : []), ...added];
    state.patch(node, result);
    return result;
  };
}

/** arithmatex's inline formatters as custom_inline formats. */
function math(custom: CustomInline, source: string): Element {
  const format = custom.format;
  if (format.kind === 'math-generic') return element(format.tag, { className: [custom.className] }, [text(`\\(${source}\\)`)]);
  const children: ElementContent[] = [];
  if (format.kind === 'math-mathjax' && format.preview) children.push(element('span', { className: ['MathJax_Preview'] }, [text(source)]));
  children.push(element('script', { type: 'math/tex' }, [text(source)]));
  return element('span', { className: ['arithmatex'] }, children);
}

function highlightInline(node: InlineHilite, options: InlineHiliteOptions, lexers: LexerLookup): Element {
  const defaultLang = typeof options.stylePlainText === 'string' ? options.stylePlainText : '';
  if (!(options.stylePlainText !== false || node.lang !== '' || options.guessLang)) return element('code', {}, [text(node.value)]);
  let language = node.lang || defaultLang;
  const extended = options.extendedLanguages.get(language.toLowerCase());
  language = extended?.lang ?? language;
  if (!options.usePygments) {
    const classes = [...(language ? [options.languagePrefix + language] : []), ...(options.cssClass ? [options.cssClass] : [])];
    return element('code', classes.length > 0 ? { className: classes } : {}, [text(node.value)]);
  }
  const named = language ? lexers(language) : undefined;
  const found = extended && named?.withOptions ? named.withOptions(extended.options) : named;
  // Unknown or no language: with guess_lang a guessed lexer, else the default language, else plain text.
  const guessed = !found && options.guessLang ? guessLanguage(node.value, (alias) => lexers(alias) !== undefined || lexers.pygmentsName(alias) !== undefined) : undefined;
  const lexer = found ?? (guessed === undefined ? lexerFor(lexers, defaultLang || 'text') : lexerFor(lexers, guessed));
  const name = found ? node.lang || defaultLang : guessed ?? (defaultLang && lexers(defaultLang) ? defaultLang : 'text');
  const classes = [...(options.langClass ? [options.languagePrefix + name] : []), ...(options.cssClass ? [options.cssClass] : [])];
  // PyMdown's inline formatter strips each formatted line and joins them without line endings.
  const content = tokenLines(node.value, lexer).flatMap((line) => trimLine(line));
  return element('code', classes.length > 0 ? { className: classes } : {}, merge(content));
}

function trimLine(line: ElementContent[]): ElementContent[] {
  const out = [...line];
  const first = out[0];
  if (first?.type === 'text') out[0] = text(first.value.trimStart());
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = text(last.value.trimEnd());
  return out.filter((item) => item.type !== 'text' || item.value !== '');
}

function merge(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + node.value);
    else out.push(node);
  }
  return out;
}
