/**
 * Routes as numbered steps in plain words, with time, pay and funding. Rendered on the
 * server for the static route pages and by the RouteFinder island; the same markup prints.
 */
import type { Route, RouteResult, Step } from '../../lib/routes/types';
import { safeHref } from '../../lib/safe-url';
import { shorten } from '../../lib/format';
import type { LocalHelp } from '../../lib/routes/local-help';
import { describeRoute } from '../../lib/routes/describe';
import { aboutMonths } from '../../lib/routes/text';
import { NOTHING } from '../../lib/routes/search-params';
import SaveButton from '../SaveButton';

const kindWords: Record<Step['kind'], string> = {
  study: 'Study',
  job: 'Get a job',
  progress: 'Move up at work',
  experience: 'Gain experience',
  register: 'Register',
  programme: 'Join a local programme',
};

const hrefOf = (step: Step) =>
  step.kind === 'job' || step.kind === 'progress' || step.kind === 'experience'
    ? `/roles/${step.id}/`
    : step.kind === 'programme'
      ? `/programmes/${step.id}/`
      : `/qualifications/${step.id}/`;

const months = (m: number) => (m <= 0 ? '' : aboutMonths(m));

function RouteSteps({
  route,
  index,
  headingLevel,
  localHelp,
  noHelp,
  fromPrevious,
  save,
}: {
  route: Route;
  index: number;
  headingLevel: 2 | 3;
  localHelp?: ((route: Route) => LocalHelp[]) | undefined;
  noHelp: string;
  fromPrevious?: PreviousStart | undefined;
  /** Offer "Save this route to my list" (the best route: a saved route reopens as the best from its start to its job). */
  save?: boolean;
}) {
  const help = (localHelp?.(route) ?? []).slice(0, 5);
  const target = route.steps.at(-1);
  const d = describeRoute(route);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="route" aria-labelledby={`route-${index}-h`} data-route={index}>
      <H id={`route-${index}-h`} className="route-title">
        Route {index + 1}: {d.time.replace(/ in total\.$/, '').replace(/^About/, 'about')}
      </H>
      <p className="route-summary">{route.summary}</p>
      <p className="route-earning">{d.earning}</p>
      <ol className="route-steps">
        {fromPrevious && (
          <li className="route-step route-step-start">
            <span className="route-kind">Start:</span> <a href={`/previous-jobs/${fromPrevious.id}/`}>{fromPrevious.title}</a>
            <p>Skills you bring: {fromPrevious.skills.join('; ')}.</p>
          </li>
        )}
        {route.from && (
          <li className="route-step route-step-start">
            <span className="route-kind">Start</span> <a href={route.from.id.startsWith('nothing') ? '/' : undefined}>{route.from.title}</a>
          </li>
        )}
        {route.steps.map((s) => (
          <li key={`${s.kind}-${s.id}`} className={`route-step route-step-${s.kind}`} data-step={s.id}>
            <span className="route-kind">{kindWords[s.kind]}:</span>{' '}
            <a href={hrefOf(s)}>
              <strong>{s.title}</strong>
            </a>
            <p>{s.note}</p>
            <ul className="route-facts">
              {s.months > 0 && (
                <li>
                  <strong>Time:</strong> {months(s.months)}
                </li>
              )}
              <li>
                <strong>Paid while you do it:</strong>{' '}
                {s.paid ? 'yes' : s.paidMonths > 0 ? `for about ${months(s.paidMonths).replace(/^about /, '')} of it` : 'no'}
              </li>
              {s.pay && (
                <li>
                  <strong>Pay:</strong> {s.pay}
                </li>
              )}
              {s.funding && (
                <li>
                  <strong>Who pays:</strong> {shorten(s.funding, 220)}
                </li>
              )}
              {s.includes && s.includes.length > 0 && (
                <li>
                  <strong>Training in your first weeks:</strong>{' '}
                  {s.includes.map((n, i) => (
                    <span key={n.id}>
                      {i > 0 && ', '}
                      <a href={`/qualifications/${n.id}/`}>{n.title}</a>
                    </span>
                  ))}
                </li>
              )}
              {s.source && safeHref(s.source.url) && (
                <li className="route-source">
                  <strong>Source:</strong>{' '}
                  <a href={safeHref(s.source.url)} rel="external">
                    {s.source.title}
                  </a>
                </li>
              )}
              {s.through && (
                <li>
                  <strong>On the way you take:</strong> <a href={`/qualifications/${s.through.id}/`}>{s.through.title}</a>
                </li>
              )}
              {s.alsoNeeds && s.alsoNeeds.filter((n) => n.id !== s.through?.id).length > 0 && (
                <li>
                  <strong>You also need:</strong>{' '}
                  {s.alsoNeeds
                    .filter((n) => n.id !== s.through?.id)
                    .map((n) => n.title)
                    .join(', ')}
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
      {d.local && <p className="route-local">{d.local}</p>}
      {localHelp && help.length === 0 && !d.local && <p className="route-help route-help-none">{noHelp}</p>}
      {save && target && (
        <p className="route-save no-print">
          <SaveButton item={{ kind: 'route', from: route.from?.id ?? NOTHING, to: target.id }} label="Save this route to my list" />
        </p>
      )}
      {help.length > 0 && (
        <div className="route-help">
          <p>
            <strong>Local help with these steps:</strong>
          </p>
          <ul>
            {help.map((p) => (
              <li key={p.id}>
                <a href={`/programmes/${p.id}/`}>{p.title}</a> (helps with {p.helpsWith.join(', ').toLowerCase()}).
                {p.unconfirmed && <span className="tag unconfirmed">Not confirmed</span>}
                {p.who && <span className="route-help-who">Who can join: {p.who}</span>}
                {p.cost && <span className="route-help-cost">Cost: {p.cost.replace(/\.$/, '')}.</span>}
              </li>
            ))}
          </ul>
          {help.some((p) => p.unconfirmed) && <p className="meta">“Not confirmed”: we could not check that it runs now. Ask the provider before you go.</p>}
        </div>
      )}
    </section>
  );
}

export interface RouteViewProps {
  result: RouteResult;
  targetTitle: string;
  /** 2 when the routes are the page's main sections, 3 under another heading. */
  headingLevel?: 2 | 3;
  /** Local programmes that help with a route's steps. */
  localHelp?: (route: Route) => LocalHelp[];
  /** Where the person lives, for "No local programme in Lambeth helps with these steps". */
  boroughName?: string | undefined;
  /** The previous job the person starts from, with the skills that carry over. */
  fromPrevious?: PreviousStart | undefined;
}

/** A previous job as a starting point: its page and the skills it brings. */
export interface PreviousStart {
  id: string;
  title: string;
  skills: string[];
}

export default function RouteView({ result, targetTitle, headingLevel = 2, localHelp, boroughName, fromPrevious }: RouteViewProps) {
  const noHelp = `No local programme${boroughName ? ` in ${boroughName}` : ' open to every borough'} that you can join helps with these steps${boroughName ? '' : ': choose your borough to see local ones'}. Ask the National Careers Service (0800 100 900) or your council’s job service.`;
  if (result.status === 'unknown')
    return (
      <p className="notice" role="alert">
        {result.message}
      </p>
    );
  if (result.status === 'unreachable') {
    return (
      <div className="notice" role="status">
        <p>{result.message}</p>
        {result.nearest && (
          <p>
            <a href={`/roles/${result.nearest.id}/`}>About {result.nearest.title}</a>
          </p>
        )}
      </div>
    );
  }
  if (!result.routes.length) return <p className="notice">We found no route to {targetTitle}.</p>;
  return (
    <div className="routes">
      {result.routes.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: routes are ranked and shown as "Route 1", "Route 2": the rank is their identity (ids and headings are made from it too)
        <RouteSteps key={i} route={r} index={i} headingLevel={headingLevel} localHelp={localHelp} noHelp={noHelp} fromPrevious={fromPrevious} save={i === 0} />
      ))}
    </div>
  );
}
