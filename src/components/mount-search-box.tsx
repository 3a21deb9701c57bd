/**
 * Swaps the header's plain search form for the SearchBox island on first use, keeping what
 * was typed and the focus. Loaded by a tiny script only when a person reaches the form, so
 * content pages ship almost no JavaScript before interaction. The island is rendered and
 * swapped in within one task (flushSync), so no keystroke falls between the two.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import ErrorBoundary from './ErrorBoundary';
import SearchBox from './SearchBox';

/** On a page with the pathway map, a chosen job or qualification is selected on the map. */
function selectOnMap(id: string): boolean {
  if (!document.querySelector(`[data-map="explore"] a[data-id="${CSS.escape(id)}"]`)) return false;
  const url = new URL(location.href);
  url.searchParams.set('select', id);
  history.pushState(history.state, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
  return true;
}

export function mountSearchBox(form: HTMLFormElement): void {
  const old = form.querySelector('input');
  const focused = document.activeElement === old;
  const host = document.createElement('div');
  host.className = 'search-host';
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <ErrorBoundary name="The search box" links={[{ href: '/search/', label: 'Search page, with everything A to Z' }]}>
        <SearchBox indexUrl="/search-index.json" initialQuery={old?.value ?? ''} onSelect={selectOnMap} />
      </ErrorBoundary>,
    ),
  );
  form.replaceWith(host);
  const input = host.querySelector('input');
  if (focused && input) {
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }
}
