/**
 * The /self-check/ island: one situation at a time (radio buttons in a fieldset, Next and
 * Back), then 3 to 6 jobs to talk about, each with the answers that point there and the hard
 * parts. Focus moves to each new question's legend and to the results heading. The address
 * keeps the answers (`?a=2013`), so a result can be reopened; nothing leaves the device.
 * Until it runs (and with JavaScript off) it lists every situation and says the check needs
 * JavaScript.
 */
import { type RefObject, type SubmitEvent, useEffect, useMemo, useRef, useState } from 'react';
import { answersFromSearch, answersSearch } from '../lib/self-check/address';
import { suggestRoles } from '../lib/self-check/score';
import { selfCheckText as text } from '../lib/self-check/strings';
import type { Lean, ModelSituation, SelfCheckModel, Suggestion } from '../lib/self-check/types';
import ErrorBoundary from './ErrorBoundary';

interface Props {
  model: SelfCheckModel;
}

/** Where the same help is without the check: in a sentence, and as links when the island fails. */
const otherLinks = [
  { href: '/previous-jobs/', label: text.previousJobsLink, title: text.previousJobsTitle },
  { href: '/roles/', label: text.rolesLink, title: text.rolesTitle },
];

export default function SelfCheck({ model }: Props) {
  return (
    <ErrorBoundary name={text.islandName} links={otherLinks.map((l) => ({ href: l.href, label: l.title }))}>
      <SelfCheckSteps model={model} />
    </ErrorBoundary>
  );
}

type View = { kind: 'question'; index: number } | { kind: 'results' };

function SelfCheckSteps({ model }: Props) {
  const { situations } = model;
  const counts = useMemo(() => situations.map((s) => s.answers.length), [situations]);
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => situations.map(() => undefined));
  const [view, setView] = useState<View>({ kind: 'question', index: 0 });
  // Focus moves only after a step the person took, never when the page loads.
  const moveFocus = useRef(false);
  const legend = useRef<HTMLLegendElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  // Once, after hydration: answers from the address reopen their results.
  useEffect(() => {
    const found = answersFromSearch(window.location.search, counts);
    if (found.some((a) => a !== undefined)) {
      setAnswers(found);
      setView({ kind: 'results' });
    }
    setReady(true);
  }, [counts]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (view.kind === 'results' ? resultsHeading.current : legend.current)?.focus();
  }, [view]);

  const go = (next: View) => {
    moveFocus.current = true;
    setView(next);
  };
  const showResults = () => {
    window.history.replaceState(null, '', `${window.location.pathname}${answersSearch(answers)}`);
    go({ kind: 'results' });
  };

  if (!ready) return <NoScript situations={situations} />;
  if (view.kind === 'results') {
    const result = suggestRoles(model, answers);
    return (
      <Results
        suggestions={result.suggestions}
        skipped={situations.length - result.answered}
        search={answersSearch(answers)}
        headingRef={resultsHeading}
        onChange={() => go({ kind: 'question', index: 0 })}
        onRestart={() => {
          window.history.replaceState(null, '', window.location.pathname);
          setAnswers(situations.map(() => undefined));
          go({ kind: 'question', index: 0 });
        }}
      />
    );
  }

  const index = view.index;
  const situation = situations[index];
  if (!situation) return null;
  const last = index === situations.length - 1;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (last) showResults();
    else go({ kind: 'question', index: index + 1 });
  };
  return (
    <form className="self-check" data-ready="true" onSubmit={submit}>
      <fieldset className="sc-fieldset" aria-describedby="sc-hint" key={situation.id}>
        <legend className="sc-legend" ref={legend} tabIndex={-1}>
          <span className="sc-progress">{text.progress(index + 1, situations.length)}</span>
          <span className="sc-title">{situation.title}</span>
          <SituationText situation={situation} />
        </legend>
        <p id="sc-hint" className="sc-hint">
          {text.hint}
        </p>
        <div className="sc-answers">
          {situation.answers.map((answer, j) => (
            <label className="radio sc-answer" key={answer.text}>
              <input
                type="radio"
                name={`sc-${situation.id}`}
                value={j}
                checked={answers[index] === j}
                onChange={() => setAnswers((all) => all.map((a, i) => (i === index ? j : a)))}
              />
              <span>{answer.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="sc-values">
        {text.valuesLead} {situation.values.map((v) => `${v.name} (${v.from})`).join('; ')}.
      </p>
      <div className="button-row sc-buttons">
        <button type="submit" className="button">
          {last ? text.seeResults : text.next}
        </button>
        {index > 0 && (
          <button type="button" className="button secondary" onClick={() => go({ kind: 'question', index: index - 1 })}>
            {text.back}
          </button>
        )}
      </div>
    </form>
  );
}

/** The situation in full, and in simple English (shown instead when Simple English is on). */
function SituationText({ situation }: { situation: ModelSituation }) {
  return (
    <>
      <span className="sc-situation detail-only">{situation.text}</span>
      <span className="sc-situation sc-simple">{situation.simple}</span>
    </>
  );
}

/** Before the island runs, and with JavaScript off: a true sentence, other ways on, and every situation. */
function NoScript({ situations }: { situations: ModelSituation[] }) {
  return (
    <div className="self-check">
      <p className="sc-noscript">
        {text.noScript} <a href={otherLinks[0]?.href}>{otherLinks[0]?.label}</a> {text.or} <a href={otherLinks[1]?.href}>{otherLinks[1]?.label}</a>.
      </p>
      <h2>{text.situationsHeading}</h2>
      <ol className="sc-list">
        {situations.map((s) => (
          <li key={s.id}>
            <h3>{s.title}</h3>
            <p className="detail-only">{s.text}</p>
            <p className="sc-simple">{s.simple}</p>
            <ul>
              {s.answers.map((a) => (
                <li key={a.text}>{a.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

interface ResultsProps {
  suggestions: Suggestion[];
  skipped: number;
  search: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
  onRestart: () => void;
}

function Results({ suggestions, skipped, search, headingRef, onChange, onRestart }: ResultsProps) {
  return (
    <section className="self-check sc-results" data-ready="true" aria-labelledby="sc-results-heading">
      <h2 id="sc-results-heading" ref={headingRef} tabIndex={-1}>
        {text.resultsHeading(suggestions.length)}
      </h2>
      <p className="sc-conversation">{text.conversation}</p>
      {skipped > 0 && <p>{text.skipped(skipped)}</p>}
      <ol className="sc-roles">
        {suggestions.map((s) => (
          <li className="sc-role" key={s.role.id}>
            <h3>
              <a href={s.role.href}>{s.role.title}</a>
            </h3>
            <p className="meta">{[s.role.levelLabel, s.role.pay].filter(Boolean).join(' · ')}</p>
            {s.startingPoint ? (
              <p>{text.startingPoint}</p>
            ) : (
              <>
                <h4>{text.reasonsHeading}</h4>
                <LeanList leans={s.reasons} />
              </>
            )}
            <h4>{text.thinkHeading}</h4>
            <ul className="sc-think">
              {s.concerns.map((c) => (
                <LeanItem lean={c} key={`${c.situation}|${c.answer}`} />
              ))}
              {s.role.hard.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
            <p>
              <a className="sc-link" href={`/route/?${new URLSearchParams({ to: s.role.id }).toString()}`}>
                {text.routeLink(s.role.title)}
              </a>
            </p>
          </li>
        ))}
      </ol>
      {search && (
        <p className="sc-share">
          {text.shareLead}{' '}
          <a className="sc-link" href={search}>
            {text.shareLink}
          </a>
        </p>
      )}
      <div className="button-row sc-buttons">
        <button type="button" className="button secondary" onClick={onChange}>
          {text.changeAnswers}
        </button>
        <button type="button" className="button secondary" onClick={onRestart}>
          {text.startAgain}
        </button>
      </div>
      <p>
        {text.moreLead} <a href={otherLinks[0]?.href}>{otherLinks[0]?.label}</a>, <a href={otherLinks[1]?.href}>{otherLinks[1]?.label}</a>.
      </p>
    </section>
  );
}

function LeanList({ leans }: { leans: Lean[] }) {
  return (
    <ul className="sc-reasons">
      {leans.map((l) => (
        <LeanItem lean={l} key={`${l.situation}|${l.answer}`} />
      ))}
    </ul>
  );
}

/** What the job involves, then the answer that points here (or away), in the person's words. */
function LeanItem({ lean }: { lean: Lean }) {
  return (
    <li>
      {lean.about.join(' ')} <span className="sc-you-said">{text.youSaid(lean.answer)}</span>
    </li>
  );
}
