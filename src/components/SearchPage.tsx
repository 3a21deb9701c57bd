/**
 * The /search/ page island: the query from the address, filters by kind, sector, level and
 * borough, and results grouped by kind. The address keeps the query and filters, so an
 * advisor can send the link. With JavaScript off it says that search needs JavaScript and
 * points to the A to Z lists, which the page always has. If the index cannot load, it says so
 * and offers "Try again".
 *
 * Nothing moves as it starts: the server renders the form (`.js-only`: laid out from the first
 * paint when the page has JavaScript, never without) and the results area keeps a screen's
 * height while the address or the box holds a query (global.css `.search-results`), so the
 * A to Z lists below never jump when the results arrive.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { languageNames, matchedName } from '../lib/search/names';
import { sectorLabel } from '../lib/graph/graph';
import type { Searcher } from '../lib/search/searcher';
import type { SearchFilters, SearchKind } from '../lib/search/types';
import { groupResults } from '../lib/search/group';
import { ui } from '../lib/ui-strings';
import ErrorBoundary from './ErrorBoundary';
import { searchPageLoader } from './search-page-early';

interface Props {
  indexUrl: string;
  boroughs: { id: string; name: string }[];
}

const kinds: [SearchKind | '', string][] = [
  ['', 'Everything'],
  ['role', 'Jobs'],
  ['previous-job', 'From your last job'],
  ['qualification', 'Qualifications and steps'],
  ['programme', 'Local programmes'],
  ['pathway', 'Pathways'],
  ['glossary', 'Key words'],
];

const kindValues = kinds.map(([v]) => v);
const sectors = ['nhs', 'social-care'] as const;
const levels = [0, 1, 2, 3, 4, 5, 6, 7];
const text = ui.searchPage;

/** A filter from the address, kept only when it is one of the choices offered (never looked up on an object). */
const oneOf = (value: string | null, allowed: readonly string[]) => (value !== null && allowed.includes(value) ? value : '');

/** With JavaScript off (`.no-js-only`): a true sentence and the A to Z lists. Gone once the island runs. */
function SearchNoScript() {
  return (
    <p className="search-page-note no-js-only" data-search-noscript>
      {text.noScript}{' '}
      {ui.azLists.map((l, i) => (
        <span key={l.href}>
          {i > 0 && (i === ui.azLists.length - 1 ? ' and ' : ', ')}
          <a href={l.href}>{l.label}</a>
        </span>
      ))}
      .
    </p>
  );
}

export default function SearchPage(props: Props) {
  return (
    <ErrorBoundary name="Search" links={ui.azLists.map((l) => ({ href: l.href, label: `A to Z: ${l.label}` }))}>
      <SearchIsland {...props} />
    </ErrorBoundary>
  );
}

/** `idle`: nothing asked yet (no query in the address, the box not touched): the index is not set up. */
type Status = 'idle' | 'loading' | 'ready' | 'failed';

function SearchIsland({ indexUrl, boroughs }: Props) {
  const searcher = useRef<Searcher | null>(null);
  const box = useRef<HTMLInputElement>(null);
  // With a query in the address, already started by the page's script in <head> (search-page-early.ts).
  const loadSearcher = useMemo(() => searchPageLoader(indexUrl), [indexUrl]);
  const [live, setLive] = useState(false);
  const [status, setStatus] = useState<Status>('loading');
  // Setting up the searcher takes the main thread for a moment: done when the address has a
  // query or someone reaches for the form, not on every visit (like the header box).
  const [wanted, setWanted] = useState(false);
  const ready = status === 'ready';
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [sector, setSector] = useState('');
  const [level, setLevel] = useState('');
  const [borough, setBorough] = useState('');

  // Once, after hydration: the query and filters from the address (unknown values dropped).
  // The box is on screen before the island runs: what someone typed there already wins.
  useEffect(() => {
    const p = new URLSearchParams(location.search);
    const typed = box.current?.value ?? '';
    const initial = typed || (p.get('q') ?? '');
    if (box.current) box.current.value = initial;
    setQ(initial);
    // Focused before the island ran: the focus event came too early for the form's handler.
    if (initial.trim() || (box.current && box.current === document.activeElement)) setWanted(true);
    else setStatus('idle');
    setKind(oneOf(p.get('kind'), kindValues));
    setSector(oneOf(p.get('sector'), sectors));
    setLevel(oneOf(p.get('level'), levels.map(String)));
    const boroughIds = boroughs.map((b) => b.id);
    setBorough(oneOf(p.get('borough'), boroughIds));
    setLive(true);
  }, [boroughs]);

  // The index and the searcher module, in parallel; again after "Try again".
  const load = useCallback(() => {
    setStatus('loading');
    loadSearcher().then(
      (s) => {
        searcher.current = s;
        setStatus('ready');
      },
      () => setStatus('failed'),
    );
  }, [loadSearcher]);
  useEffect(() => {
    if (live && wanted) load();
  }, [live, wanted, load]);

  useEffect(() => {
    if (!live) return;
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ q, kind, sector, level, borough })) if (v) p.set(k, v);
    history.replaceState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
  }, [live, q, kind, sector, level, borough]);

  const results = useMemo(() => {
    if (!ready || !searcher.current || !q.trim()) return [];
    const filters: SearchFilters = {};
    if (kind) filters.kinds = [kind as SearchKind];
    if (sector) filters.sector = sector as NonNullable<SearchFilters['sector']>;
    if (level) filters.level = Number(level);
    if (borough) filters.borough = borough;
    return searcher.current.search(q, filters, 40);
  }, [ready, q, kind, sector, level, borough]);
  const groups = groupResults(results);

  return (
    <div className="search-page">
      {!live && <SearchNoScript />}
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is announced as a search landmark in every browser; the newer <search> element is not yet */}
      <form
        className="search-page-form js-only"
        role="search"
        onSubmit={(e) => e.preventDefault()}
        onFocus={() => setWanted(true)}
        onPointerDown={() => setWanted(true)}
      >
        <label htmlFor="sp-q" className="field-label">
          Search for
        </label>
        {/* Uncontrolled (defaultValue): hydration must not wipe letters typed before the island ran. */}
        <input
          id="sp-q"
          ref={box}
          className="search-input"
          type="search"
          defaultValue=""
          onChange={(e) => {
            setQ(e.target.value);
            setWanted(true);
          }}
          autoComplete="off"
        />
        {/* Inert until the island runs: a choice made before then would be lost. */}
        <div className="search-filters" inert={!live}>
          <label>
            Show
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              {kinds.map(([v, t]) => (
                <option key={v} value={v}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Sector
            <select value={sector} onChange={(e) => setSector(e.target.value)}>
              <option value="">Any</option>
              <option value="nhs">NHS</option>
              <option value="social-care">Social care</option>
            </select>
          </label>
          <label>
            Level
            <select value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="">Any</option>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {l === 0 ? 'Entry' : `Level ${l}`}
                </option>
              ))}
            </select>
          </label>
          <label>
            Borough (for local programmes)
            <select value={borough} onChange={(e) => setBorough(e.target.value)}>
              <option value="">Any</option>
              {boroughs.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>
      <div aria-live="polite" className="search-page-count js-only">
        {status === 'loading'
          ? text.loading
          : status === 'failed'
            ? text.failed
            : status === 'ready' && q.trim()
              ? `${results.length} result${results.length === 1 ? '' : 's'} for “${q.trim()}”`
              : text.prompt}
      </div>
      {status === 'failed' && (
        <p>
          <button type="button" className="button secondary" onClick={load}>
            {ui.tryAgain}
          </button>
        </p>
      )}
      <div className={q.trim() ? 'search-results has-query' : 'search-results'} data-search-results>
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`sp-${g.kind}`}>
            <h2 id={`sp-${g.kind}`}>{g.label}</h2>
            <ul className="cards">
              {g.results.map(({ doc }) => (
                <li key={doc.id} className="card" data-kind={doc.kind}>
                  <a href={doc.href}>{doc.title}</a>
                  <SaidAs names={doc.names} query={q} />
                  <p className="meta">{[doc.levelLabel, sectorLabel(doc.sector)].filter(Boolean).join(' · ')}</p>
                  <p>{doc.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {ready && q.trim() && results.length === 0 && (
          <p>
            Nothing found. Try a simpler word, such as “carer” or “hospital”, or <a href="/roles/">browse all jobs by pathway</a>.
          </p>
        )}
      </div>
    </div>
  );
}

/** "You typed: enfermera (Spanish)", when the query is the job's name in a community language. */
function SaidAs({ names, query }: { names: string[] | undefined; query: string }) {
  const said = matchedName(names, query);
  if (!said) return null;
  const language = languageNames[said.lang];
  return (
    <p className="search-said">
      You typed:{' '}
      <span lang={said.lang} dir={language?.dir}>
        {said.text}
      </span>{' '}
      ({language?.english})
    </p>
  );
}
