import { interpolate } from '../i18n/interpolate';
import { paths } from '../lib/web/paths';
import { searchLgos, type SearchEntry } from '../lib/web/search';

interface Messages {
  hint: string;
  loading: string;
  noResults: string;
  results: string;
  moreResults: string;
  failed: string;
}

/** Wires one search box: loads the index on first use, then filters as the user types. */
export function initLgoSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.sl-search__status');
  const list = root.querySelector<HTMLUListElement>('[data-lgo-search-results]');
  const form = root.querySelector<HTMLFormElement>('[data-lgo-search-form]');
  if (!input || !status || !list || !form) return;
  const messages = JSON.parse(root.dataset.messages ?? '{}') as Messages;
  let index: Promise<SearchEntry[]> | undefined;
  const load = () => (index ??= fetch(root.dataset.index ?? '').then((r) => r.json() as Promise<SearchEntry[]>));

  const render = async () => {
    const query = input.value.trim();
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = messages.hint;
      return;
    }
    status.textContent = messages.loading;
    let entries: SearchEntry[];
    try {
      entries = await load();
    } catch {
      index = undefined;
      status.textContent = messages.failed;
      return;
    }
    if (input.value.trim() !== query) return; // a newer keystroke will render
    const found = searchLgos(entries, query);
    list.replaceChildren(
      ...found.entries.map(([name, province, district, id]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = paths.lgo({ id });
        link.textContent = name;
        const where = document.createElement('span');
        where.className = 'sl-search__where';
        where.textContent = district ? `${district} · ${province}` : province;
        link.append(where);
        item.append(link);
        return item;
      }),
    );
    status.textContent =
      found.total === 0
        ? interpolate(messages.noResults, { query })
        : found.total > found.entries.length
          ? interpolate(messages.moreResults, { shown: found.entries.length, count: found.total })
          : interpolate(messages.results, { count: found.total });
  };

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void render());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = list.querySelector('a');
    if (first) first.click();
  });
  root.hidden = false;
}
