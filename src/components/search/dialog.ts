/**
 * The search dialog's behaviour, loaded on first open (bootstrap.ts imports it lazily) together
 * with the Pagefind index. A native modal <dialog> gives the focus trap, the inert page behind
 * it and Escape-to-close; this module adds the query loop and the arrow keys.
 *
 *   input ──ArrowDown──▶ link 0 ──ArrowDown──▶ link 1 … ; ArrowUp walks back to the input
 *   Enter in the input opens the first result; typing on a link goes back to the input.
 *   With search.suggest, Tab (or → at the end of the input) takes the suggested completion.
 */
import { moveFocus, typesText } from './keys.ts';
import { loadPagefind, type PagefindClient } from './pagefind-client.ts';
import { renderResults } from './render.ts';
import type { ClientLabels } from '../../shared/languages/keys.ts';
import { resultSummary, shapeResult, type ShapedResult } from './shape.ts';
import { acceptsSuggestion, suggestCompletion } from './suggest.ts';

export interface SearchParts {
  /** Our <dialog>, or a site's own search.html (Material's markup). */
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  readonly status: HTMLElement;
  readonly list: HTMLElement;
  /** search.suggest's element behind the input (`.md-search__suggest`), when the feature is on. */
  readonly suggest?: HTMLElement | undefined;
  /** Closes the panel (bootstrap.ts knows a dialog from a site's markup). */
  readonly close: () => void;
}

export interface SearchSettings {
  readonly base: string;
  readonly language: string;
  readonly highlight: boolean;
  /** The status lines in the site's language (the body's data-md-translations). */
  readonly labels: ClientLabels;
}

/** Pages shown for a query; Pagefind loads each shown page's fragment, so fewer is faster. */
const MAX_PAGES = 10;

/** Wires an already open panel (bootstrap.ts opens it) and searches what was typed so far. */
export function createSearchDialog(parts: SearchParts, settings: SearchSettings): void {
  const { root, input, status, list, suggest, close } = parts;
  let links: HTMLAnchorElement[] = [];
  // The suggestion holds only while it still extends what is typed.
  const suggestion = () => suggest?.textContent ?? '';
  const showSuggestion = (text: string) => {
    if (suggest) suggest.textContent = text;
  };
  let generation = 0;
  const say = (text: string) => { status.textContent = text; };

  const { labels } = settings;
  say(labels['search.result.initializer']);
  const client: Promise<PagefindClient | undefined> = loadPagefind(settings.base, settings.language).then(
    (loaded) => {
      if (input.value.trim() === '') say(labels['search.result.placeholder']);
      return loaded;
    },
    () => {
      say(labels['search.result.unavailable']);
      return undefined;
    },
  );

  const run = async (query: string) => {
    const mine = ++generation;
    if (!suggestion().startsWith(query) || suggestion() === query) showSuggestion('');
    if (query.trim() === '') {
      links = renderResults(list, []);
      say(labels['search.result.placeholder']);
      return;
    }
    const pagefind = await client;
    if (!pagefind || mine !== generation) return;
    const hits = await pagefind.search(query);
    const fragments = await Promise.all(hits.slice(0, MAX_PAGES).map((hit) => hit.data()));
    if (mine !== generation) return;
    const shaped: ShapedResult[] = fragments.flatMap((f) => (f ? [shapeResult(f, query, { maxSections: 3, highlight: settings.highlight })] : []));
    links = renderResults(list, shaped);
    if (suggest) showSuggestion(suggestCompletion(query, shaped.flatMap((result) => result.sections.map((section) => section.excerpt))));
    // Which query the list answers: results of an earlier keystroke may still be on screen.
    list.dataset['mdQuery'] = query;
    say(resultSummary(hits.length, query, labels));
  };

  const focusAt = (position: number) => (position === -1 ? input : links[position])?.focus();

  input.addEventListener('input', () => void run(input.value));
  root.addEventListener('keydown', (event) => {
    const position = event.target === input ? -1 : links.findIndex((link) => link === event.target);
    if (position === -1 && suggestion() !== '' && !event.shiftKey && acceptsSuggestion(event.key, input.selectionEnd, input.value.length)) {
      event.preventDefault();
      input.value = suggestion();
      showSuggestion('');
      // As if typed: the results follow, and so does search.share's button.
      input.dispatchEvent(new Event('input'));
      return;
    }
    if (event.key === 'Enter' && position === -1) {
      event.preventDefault();
      links[0]?.click();
      return;
    }
    if (position >= 0 && (typesText(event) || event.key === 'Backspace')) {
      input.focus();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || (position >= 0 && (event.key === 'Home' || event.key === 'End'))) {
      event.preventDefault();
      focusAt(moveFocus(position, links.length, event.key));
    }
  });
  // A followed link may point into the current page: close so the target is visible.
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) close();
  });
  if (input.value.trim() !== '') void run(input.value);
}
