/**
 * The search box island: a WAI-ARIA 1.2 combobox (editable, list autocomplete) over the site
 * search. The index and Fuse load on first focus or input, so pages ship little JavaScript.
 * Without JavaScript the same markup is a GET form to /search/.
 * Pattern: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { languageNames, matchedName } from '../lib/search/names';
import { sectorLabel } from '../lib/graph/graph';
import { groupResults } from '../lib/search/group.ts';
import type { SearchResult } from '../lib/search/types.ts';
import type { Searcher } from '../lib/search/searcher.ts';
import { ui } from '../lib/ui-strings.ts';
import { searcherLoader } from './search-loader.ts';

export interface SearchBoxProps {
  /** Where the search payload JSON is served, like "/search-index.json". */
  indexUrl: string;
  /** Called with the chosen entry id; return true to stay on the page (the map selects a node). */
  onSelect?: (id: string) => boolean;
  /** Text already typed before the island took over the plain form. */
  initialQuery?: string;
  /** Focus the input on mount (when it replaces a focused plain input). */
  autoFocus?: boolean;
}

const text = ui.searchBox;
const LIMIT = 12;

type Status = 'idle' | 'loading' | 'ready' | 'failed';

export default function SearchBox({ indexUrl, onSelect, initialQuery = '', autoFocus = false }: SearchBoxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [query, setQuery] = useState(initialQuery);
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');
  const searcher = useRef<Searcher | null>(null);
  const loadSearcher = useMemo(() => searcherLoader(indexUrl), [indexUrl]);
  // Read once: focusing is what the island does when it mounts, not when the prop changes.
  const focusOnMount = useRef(autoFocus);

  /** Fetches the payload and the searcher module once, in parallel; `retry` after a failure. */
  function load(retry = false) {
    if (status !== 'idle' && !(retry && status === 'failed')) return;
    setStatus('loading');
    loadSearcher().then(
      (s) => {
        searcher.current = s;
        setStatus('ready');
      },
      () => setStatus('failed'),
    );
  }

  const trimmed = query.trim();
  const results: SearchResult[] = useMemo(
    () => (status === 'ready' && trimmed && searcher.current ? searcher.current.search(trimmed, {}, LIMIT) : []),
    [status, trimmed],
  );
  const groups = useMemo(() => groupResults(results), [results]);
  const flat = groups.flatMap((g) => g.results);
  const suggestions = status === 'ready' && trimmed && !results.length ? (searcher.current?.suggest(trimmed) ?? []) : [];
  const expanded = open && flat.length > 0;
  const optionId = useCallback((i: number) => `${id}-option-${i}`, [id]);

  // Announce the count after typing pauses, so screen readers are not flooded.
  useEffect(() => {
    const message =
      status === 'failed'
        ? text.failed
        : !trimmed
          ? ''
          : status === 'loading'
            ? text.loading
            : results.length
              ? text.count(results.length)
              : text.none(trimmed);
    const timer = setTimeout(() => setAnnouncement(message), 600);
    return () => clearTimeout(timer);
  }, [trimmed, status, results.length]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, optionId]);

  useEffect(() => {
    if (!focusOnMount.current) return;
    const input = inputRef.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, []);

  function choose(result: SearchResult) {
    setOpen(false);
    setActive(-1);
    if (onSelect?.(result.doc.id)) return;
    window.location.assign(result.doc.href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = flat.length - 1;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!flat.length) return;
        event.preventDefault();
        setOpen(true);
        const down = event.key === 'ArrowDown';
        // Wraps around; Alt+ArrowDown only opens the list.
        if (event.altKey) return;
        setActive((a) => (down ? (a >= last ? 0 : a + 1) : a <= 0 ? last : a - 1));
        return;
      }
      case 'Home':
      case 'End':
        // Only while moving through the list; otherwise they move the text cursor as usual.
        if (!expanded || active < 0) return;
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : last);
        return;
      case 'Enter': {
        const result = expanded ? flat[active] : undefined;
        if (!result) return; // the form submits: /search/?q=...
        event.preventDefault();
        choose(result);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        return;
      default:
    }
  }

  let index = -1;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the same landmark as the plain form it replaces (SearchForm.astro); a form with role=search is announced in every browser, the newer <search> element is not yet
    <form className="search-box" action="/search/" method="get" role="search">
      <label htmlFor={inputId} className="search-label">
        {ui.searchLabel}
      </label>
      <div className="search-field">
        <input
          id={inputId}
          ref={inputRef}
          className="search-input"
          type="text"
          name="q"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={text.placeholder}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onChange={(e) => {
            load();
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button className="search-submit" type="submit">
          {ui.searchButton}
        </button>
      </div>
      <div id={listId} role="listbox" aria-label={ui.searchLabel} className="search-popup" hidden={!expanded}>
        {groups.map((group) => (
          // biome-ignore lint/a11y/useSemanticElements: WAI-ARIA listbox grouping (role=group inside role=listbox); a fieldset is for form controls and is not allowed in a listbox
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`} className="search-group">
            <div id={`${id}-${group.kind}`} role="presentation" className="search-group-label">
              {group.label}
            </div>
            {group.results.map((result) => {
              const i = ++index;
              const { doc } = result;
              const facts = [doc.levelLabel, sectorLabel(doc.sector)].filter(Boolean).join(' · ');
              const said = matchedName(doc.names, trimmed);
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: combobox options are not focused; focus stays in the input, which handles the keys and points here with aria-activedescendant (WAI-ARIA APG combobox pattern)
                <div
                  key={`${doc.kind}:${doc.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'search-option search-option-active' : 'search-option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => choose(result)}
                >
                  <span className="search-option-title">{doc.title}</span>
                  {said && (
                    <span className="search-option-said">
                      <span lang={said.lang} dir={languageNames[said.lang]?.dir}>
                        {said.text}
                      </span>{' '}
                      ({languageNames[said.lang]?.english})
                    </span>
                  )}
                  {facts && <span className="search-option-facts">{facts}</span>}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {status === 'failed' && (
        <div className="search-empty search-failed">
          <p>{text.failed}</p>
          <p>
            <button
              type="button"
              className="search-suggestion"
              onClick={() => {
                load(true);
                inputRef.current?.focus();
              }}
            >
              {ui.tryAgain}
            </button>{' '}
            <a href="/roles/">{text.browse}</a>
          </p>
        </div>
      )}
      {/* Inline help, not a popup: it stays when focus moves on, so keyboard users can reach it. */}
      {status === 'ready' && trimmed && !results.length && (
        <div className="search-empty">
          <p>{text.none(trimmed)}</p>
          <p>
            {suggestions.length ? text.didYouMean : text.tryWords}{' '}
            {(suggestions.length ? suggestions : text.examples).map((word, i) => (
              <span key={word}>
                {i > 0 && ', '}
                <button type="button" className="search-suggestion" onMouseDown={(e) => e.preventDefault()} onClick={() => setQuery(word)}>
                  {word}
                </button>
              </span>
            ))}
          </p>
          <p>
            <a href="/roles/">{text.browse}</a>
          </p>
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className="search-status">
        {announcement}
      </div>
    </form>
  );
}
