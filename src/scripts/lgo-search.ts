import { interpolate } from '../i18n/interpolate';
import { paths } from '../lib/web/paths';
import { prepareIndex, search, type PreparedIndex, type SearchIndex, type SearchResult } from '../lib/web/search';

interface Messages {
  hint: string;
  loading: string;
  noResults: string;
  results: string;
  moreResults: string;
  failed: string;
  province: string;
  district: string;
}

const links = { province: (slug: string) => paths.province({ slug }), district: (code: string) => paths.district({ code }), lgo: (id: string) => paths.lgo({ id }) };

/** One result as a link whose accessible name reads "name, place, place" with pauses between the parts. */
function resultItem(result: SearchResult, messages: Messages): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.href;
  link.className = `sl-search__result sl-search__result--${result.kind}`;
  const name = document.createElement('span');
  name.className = 'sl-search__name';
  name.textContent = result.name;
  link.append(name);
  const details = [...result.where];
  if (result.kind === 'province') details.push(messages.province);
  if (result.kind === 'district') details.push(messages.district);
  if (result.nameEn) details.push(result.nameEn);
  if (details.length) {
    const where = document.createElement('span');
    where.className = 'sl-search__where';
    details.forEach((part, i) => {
      // A comma for screen readers, a middle dot for the eye; Thai text has no other pause between the parts.
      const pause = document.createElement('span');
      pause.className = 'sl-visually-hidden';
      pause.textContent = ', ';
      where.append(pause);
      if (i > 0) {
        const dot = document.createElement('span');
        dot.setAttribute('aria-hidden', 'true');
        dot.textContent = ' · ';
        where.append(dot);
      }
      where.append(part);
    });
    link.append(where);
  }
  item.append(link);
  return item;
}

/**
 * Keeps the box and the first results in sight when a phone keyboard opens:
 * scrolls the search to the top of the visible area on narrow screens.
 */
function keepInView(root: HTMLElement): void {
  if (!window.matchMedia('(max-width: 47.99rem)').matches) return;
  root.scrollIntoView({ block: 'start', behavior: 'auto' });
}

/** Wires one search box: loads the index on first use, then searches as the user types. */
export function initLgoSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-lgo-search-status]');
  const list = root.querySelector<HTMLUListElement>('[data-lgo-search-results]');
  const form = root.querySelector<HTMLFormElement>('[data-lgo-search-form]');
  if (!input || !status || !list || !form) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  let index: Promise<PreparedIndex> | undefined;
  const load = () =>
    (index ??= fetch(root.dataset.index ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<SearchIndex>;
      })
      .then(prepareIndex));

  const render = async () => {
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = messages.hint;
      return;
    }
    status.textContent = messages.loading;
    let prepared: PreparedIndex;
    try {
      prepared = await load();
    } catch {
      index = undefined;
      status.textContent = messages.failed;
      return;
    }
    if (input.value.trim() !== query) return; // a newer keystroke will render
    const found = search(prepared, query, links);
    list.replaceChildren(...found.results.map((result) => resultItem(result, messages)));
    status.textContent =
      found.total === 0
        ? interpolate(messages.noResults, { query })
        : found.total > found.results.length
          ? interpolate(messages.moreResults, { shown: found.results.length, count: found.total })
          : interpolate(messages.results, { count: found.total });
  };

  input.addEventListener('focus', () => {
    void load().catch(() => undefined);
    keepInView(root);
  });
  // The keyboard shrinks the visual viewport after focus: scroll again once it has opened.
  window.visualViewport?.addEventListener('resize', () => {
    if (document.activeElement === input) keepInView(root);
  });
  input.addEventListener('input', () => void render());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) first.click();
  });
  root.hidden = false;
}
