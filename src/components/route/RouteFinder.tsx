/**
 * The route finder island: "Where are you now?" and "Where do you want to get to?", an
 * optional borough and kind of route; results as numbered steps, on a small map, in a URL
 * that reopens them, and ready to print with a QR code.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { indexGraph, type GraphData } from '../../lib/graph/graph';
import {
  findRoutes,
  localHelpFor,
  startIds,
  routeFromSearchParams,
  routeToSearchParams,
  NOTHING,
  type RouteQuery,
  type RouteResult,
  type StepDetail,
  type Variant,
} from '../../lib/routes/index';
import { type AgeBand, ageBands, isAgeBand } from '../../lib/routes/types';
import { layoutMap } from '../../lib/layout/index';
import type { LaneInput } from '../../lib/layout/types';
import { ui } from '../../lib/ui-strings';
import ErrorBoundary from '../ErrorBoundary';
import MapSvg from '../map/MapSvg';
import { searcherLoader } from '../search-loader';
import PlacePicker, { type Place } from './PlacePicker';
import RouteView from './RouteView';

export interface RouteFinderProps {
  graph: GraphData;
  details: [string, StepDetail][];
  boroughs: { id: string; name: string }[];
  journeys: { id: string; title: string; start: string[] }[];
  /** The site's public address (SITE_URL at build time), for the printed QR code; undefined: no QR code, a sentence instead. */
  publicUrl?: string | undefined;
  /** Previous jobs people come from: a start that holds nothing, with the skills that carry over. */
  previousJobs: { id: string; title: string; skills: string[] }[];
  lanes: LaneInput[];
  indexUrl: string;
}

const variantText: Record<Variant, string> = { quickest: 'Quickest', earn: 'Earn while you learn', local: 'Use local help in my borough' };

export default function RouteFinder(props: RouteFinderProps) {
  return (
    <ErrorBoundary name="The route finder" links={[{ href: '#common-h', label: 'Common routes, which work without the route finder' }]}>
      <RouteFinderIsland {...props} />
    </ErrorBoundary>
  );
}

function RouteFinderIsland(props: RouteFinderProps) {
  const graph = useMemo(() => indexGraph(props.graph), [props.graph]);
  const loadSearcher = useMemo(() => searcherLoader(props.indexUrl), [props.indexUrl]);
  const details = useMemo(() => new Map(props.details), [props.details]);
  const fromPlaces: Place[] = useMemo(
    () => [
      { id: NOTHING, title: 'No qualifications yet', group: 'Starting points' },
      ...props.journeys
        .filter((j) => j.start.length)
        .map((j) => ({
          id: j.start.join(','),
          title: `${j.title} (start: ${j.start.map((s) => graph.byId.get(s)?.title ?? s).join(', ')})`,
          group: 'Starting points',
        })),
      ...graph.nodes
        .filter((n) => n.kind === 'role')
        .map((n) => ({ id: n.id, title: n.title, group: 'I work as' }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      ...props.previousJobs.map((p) => ({ id: p.id, title: p.title, group: 'I used to work in' })),
      ...graph.nodes
        .filter((n) => n.kind === 'qualification')
        .map((n) => ({ id: n.id, title: n.title, group: 'I have' }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    ],
    [graph, props.journeys, props.previousJobs],
  );
  const previousById = useMemo(() => new Map(props.previousJobs.map((p) => [p.id, p])), [props.previousJobs]);
  const toPlaces: Place[] = useMemo(
    () =>
      graph.nodes
        .filter((n) => n.kind === 'role')
        .map((n) => ({ id: n.id, title: n.title, group: 'Jobs' }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    [graph],
  );

  const [from, setFrom] = useState(NOTHING);
  const [to, setTo] = useState('');
  const [variant, setVariant] = useState<Variant>('quickest');
  const [borough, setBorough] = useState('');
  const [age, setAge] = useState<AgeBand | ''>('');
  const [result, setResult] = useState<RouteResult | undefined>();
  const [asked, setAsked] = useState<RouteQuery | undefined>();
  const [errors, setErrors] = useState<string[]>([]);
  const [qr, setQr] = useState('');
  const [online, setOnline] = useState('');
  const { publicUrl } = props;
  const [ready, setReady] = useState(false);

  const run = useCallback(
    (q: RouteQuery, push: boolean) => {
      let r: RouteResult;
      try {
        r = findRoutes(graph, { ...q, details });
      } catch (error) {
        // Never a blank area: say so, and keep the form as it was.
        console.error(error);
        setResult(undefined);
        setErrors([ui.routeFinder.routeFailed]);
        return;
      }
      setResult(r);
      setAsked(q);
      setErrors([]);
      const params = routeToSearchParams(q);
      const url = `${location.pathname}?${params.toString()}`;
      if (push) history.pushState(null, '', url);
      // Printed routes carry the public address, never the address this page happens to be
      // served from (a loopback address on an adviser's own machine).
      const online = publicUrl ? new URL(url, publicUrl).href : '';
      setOnline(online);
      if (online)
        void import('qrcode')
          .then((m) => m.toString(online, { type: 'svg', margin: 1 }))
          .then(setQr)
          .catch(() => setQr(''));
      else setQr('');
      requestAnimationFrame(() => document.getElementById('route-results')?.focus());
    },
    [graph, details, publicUrl],
  );

  const readUrl = useCallback(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('to')) {
      if (params.has('from')) setFrom(params.get('from') ?? NOTHING);
      return;
    }
    const parsed = routeFromSearchParams(graph, params, { boroughs: props.boroughs.map((b) => b.id), previousJobs: props.previousJobs.map((p) => p.id) });
    if (!parsed.ok) return setErrors(parsed.errors);
    const q = parsed.query;
    setFrom(q.fromPrevious ?? (q.from.kind === 'nothing' ? NOTHING : q.from.kind === 'node' ? q.from.id : q.from.ids.join(',')));
    setTo(q.to);
    setVariant(q.variant ?? 'quickest');
    setBorough(q.borough ?? '');
    setAge(q.age ?? '');
    run(q, false);
  }, [graph, props.boroughs, props.previousJobs, run]);
  // Once: an island's props never change, so neither does readUrl, which is made from them.
  useEffect(() => {
    const preset = new URLSearchParams(location.search).get('to');
    // Only a job we know (a Map lookup: "constructor" and the like are not jobs).
    if (preset && graph.byId.get(preset)?.kind === 'role' && !new URLSearchParams(location.search).has('from')) setTo(preset);
    readUrl();
    setReady(true);
    const onPop = () => readUrl();
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [readUrl, graph]);

  const submit = (e: React.SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problems = [];
    if (!to) problems.push('Choose the job you want to get to.');
    if (variant === 'local' && !borough) problems.push('Choose your borough to use local help.');
    if (problems.length) return setErrors(problems);
    const previous = previousById.has(from) ? from : undefined;
    const ids = from === NOTHING || previous ? [] : from.split(',');
    const q: RouteQuery = {
      from: ids.length === 0 ? { kind: 'nothing' } : ids.length === 1 ? { kind: 'node', id: ids[0]! } : { kind: 'nodes', ids },
      to,
      variant,
    };
    if (previous) q.fromPrevious = previous;
    if (borough) q.borough = borough;
    if (age) q.age = age;
    run(q, true);
  };

  const targetTitle = graph.byId.get(to)?.title ?? '';
  const best = result?.status === 'ok' ? result.routes[0] : undefined;
  const routeMap = useMemo(() => {
    if (!best) return undefined;
    const ids = [...(best.from ? [best.from.id] : []), ...best.steps.map((s) => s.id)].filter((id) => graph.byId.has(id));
    const set = new Set(ids);
    const pairs = new Set(ids.slice(1).map((id, i) => `${ids[i]}>${id}`));
    const edges = graph.edges.filter((e) => pairs.has(`${e.from}>${e.to}`));
    const layout = layoutMap({ nodes: graph.nodes.filter((n) => set.has(n.id)), edges }, props.lanes, { compact: true });
    return { layout, highlight: { nodes: set, edges: new Set(edges.map((e) => `${e.from}>${e.to}>${e.kind}`)) } };
  }, [best, graph, props.lanes]);
  const nodeInfo = useMemo(() => Object.fromEntries(graph.nodes.map((n) => [n.id, n])), [graph]);

  return (
    <div className="route-finder" data-ready={ready ? 'true' : undefined}>
      {/* With JavaScript off the form would only reload the page: say so instead (.no-js-only). With it, the form
          is laid out from the first paint (.js-only), so nothing below moves when the island runs, and is inert until then. */}
      {!ready && <p className="route-noscript no-js-only">{ui.routeFinder.noScript}</p>}
      <form className="route-form no-print js-only" onSubmit={submit} noValidate inert={!ready}>
        {errors.length > 0 && (
          <div className="error-summary" role="alert">
            <h2>There is a problem</h2>
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        <PlacePicker
          label="Where are you now?"
          hint="Type a job you do or a qualification you have, or choose a starting point."
          places={fromPlaces}
          value={from}
          onChange={setFrom}
          kinds={['role', 'previous-job', 'qualification']}
          loadSearcher={loadSearcher}
        />
        <PlacePicker
          label="Where do you want to get to?"
          hint="Type a job, for example nurse, carer or porter."
          places={toPlaces}
          value={to}
          onChange={setTo}
          kinds={['role']}
          loadSearcher={loadSearcher}
        />
        <fieldset className="route-variants">
          <legend>What matters most?</legend>
          {(Object.keys(variantText) as Variant[]).map((v) => (
            <label key={v} className="radio">
              <input type="radio" name="variant" value={v} checked={variant === v} onChange={() => setVariant(v)} /> {variantText[v]}
            </label>
          ))}
        </fieldset>
        <label className="field-label" htmlFor="route-borough">
          Your borough (optional)
        </label>
        <select id="route-borough" value={borough} onChange={(e) => setBorough(e.target.value)}>
          <option value="">Any borough</option>
          {props.boroughs.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <label className="field-label" htmlFor="route-age">
          Your age (optional)
        </label>
        <p className="hint" id="route-age-hint">
          Some local programmes are only for some ages. We only show them if you tell us your age.
        </p>
        <select id="route-age" aria-describedby="route-age-hint" value={age} onChange={(e) => setAge(isAgeBand(e.target.value) ? e.target.value : '')}>
          <option value="">Not given</option>
          {(Object.keys(ageBands) as AgeBand[]).map((a) => (
            <option key={a} value={a}>
              {a.replace('-', ' to ').replace('+', ' or over')}
            </option>
          ))}
        </select>
        <p>
          <button className="button" type="submit">
            Show my routes
          </button>
        </p>
      </form>
      <section id="route-results" tabIndex={-1} aria-live="polite" aria-labelledby={result ? 'route-results-h' : undefined}>
        {result && (
          <>
            <h2 id="route-results-h">Your routes to {targetTitle}</h2>
            <p className="no-print button-row">
              <button type="button" className="button secondary" onClick={() => print()}>
                Print these routes
              </button>
              {best && (
                <a
                  className="button secondary"
                  href={`/present/route/?steps=${[...(best.from ? [best.from.id] : []), ...best.steps.map((s) => s.id)].join(',')}`}
                >
                  Present this route
                </a>
              )}
              <a className="button secondary" href={`/explore/?select=${to}`}>
                See it on the full map
              </a>
            </p>
            <RouteView
              result={result}
              targetTitle={targetTitle}
              headingLevel={3}
              localHelp={(r) =>
                localHelpFor(graph, r, {
                  borough: asked?.borough,
                  age: asked?.age,
                  working: (asked ? startIds(asked.from) : []).some((id) => graph.byId.get(id)?.kind === 'role'),
                  details,
                })
              }
              boroughName={props.boroughs.find((b) => b.id === asked?.borough)?.name}
              fromPrevious={asked?.fromPrevious ? previousById.get(asked.fromPrevious) : undefined}
            />
            {routeMap && (
              <figure className="route-map">
                <figcaption>Route 1 on the map</figcaption>
                {/* biome-ignore lint/a11y/useSemanticElements: kept a div with role=region, the same markup as the server-rendered small maps (SmallMap.astro) */}
                <div
                  className="map-scroll small"
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable with Tab to scroll it with the keys (WCAG 2.1.1; axe: scrollable-region-focusable)
                  tabIndex={0}
                  role="region"
                  aria-label="Route 1 on the map, scrolls sideways"
                >
                  <MapSvg layout={routeMap.layout} nodes={nodeInfo} title={`Route 1 to ${targetTitle}`} idPrefix="route" highlight={routeMap.highlight} />
                </div>
              </figure>
            )}
            {result && (
              <div className="print-only route-print-foot">
                {qr && (
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG text comes from the qrcode library, made from the site's public address and the route's ids; no text a person typed reaches it as markup
                  <div className="sheet-qr" role="img" aria-label="QR code for this route" dangerouslySetInnerHTML={{ __html: qr }} />
                )}
                <p>{online ? `See this route online: ${online}` : ui.noPublicUrl}</p>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
