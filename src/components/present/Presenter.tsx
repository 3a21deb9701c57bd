/**
 * Classroom presenter: one big slide at a time for a projector. Keys (arrows, Page Up/Down,
 * Space, Home, End), on-screen buttons, a click on the slide and swipes move between
 * slides; the slide number stays in the URL hash (#3). Before it runs (and with JavaScript
 * off) it renders every slide one after another, so the deck still reads and prints.
 * Everything it needs arrives with the page: no fetch after load.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { languages } from '../../lib/languages';
import { laneClass } from '../../lib/lane-colours.ts';
import type { Slide, StepSlide } from '../../lib/present/slides.ts';
import ErrorBoundary from '../ErrorBoundary.tsx';
import SlideView from './SlideView.tsx';
import { useDeckKeys, useFullscreen, useHashIndex, useStoredFlag, useSwipe } from './use-deck.ts';
import './present.css';

export interface PresenterProps {
  slides: Slide[];
  /** The deck's name, shown small at the top ("Nursing and midwifery"). */
  deckTitle: string;
  /** Where "Exit" goes: the pathway page, or the route finder. */
  exitHref: string;
  /** The pathway's id: its colour (`laneClass`) makes a thin stripe. */
  lane?: string;
}

export const CONTRAST_KEY = 'present-high-contrast';

export default function Presenter(props: PresenterProps) {
  return (
    <ErrorBoundary name="The slides" links={[{ href: props.exitHref, label: 'Leave the slides' }]}>
      <Deck {...props} />
    </ErrorBoundary>
  );
}

function Deck({ slides, deckTitle, exitHref, lane }: PresenterProps) {
  const count = slides.length;
  const [live, setLive] = useState(false);
  const [index, go] = useHashIndex(count);
  const [contrast, setContrast] = useStoredFlag(CONTRAST_KEY);
  const [showMap, setShowMap] = useState(false);
  // The site's "Key words in" choice: the key-words slide shows that language too.
  const [lang, setLang] = useState<string | undefined>();
  useEffect(() => {
    try {
      const chosen = localStorage.getItem('kwlang');
      if (chosen && Object.hasOwn(languages, chosen)) setLang(chosen);
    } catch {
      // Storage off: English only.
    }
  }, []);
  const [announcement, setAnnouncement] = useState('');
  const deckRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  // True once someone has changed slide: then slides animate in and changes are announced.
  const [moved, setMoved] = useState(false);
  const fullscreen = useFullscreen(deckRef);
  useEffect(() => setLive(true), []);

  const chain = useMemo(() => slides.filter((s): s is StepSlide => s.kind === 'step').map((s) => ({ id: s.id, title: s.title, node: s.node })), [slides]);
  const current = slides[index];

  const move = useCallback(
    (to: 'next' | 'prev' | 'first' | 'last') => {
      setMoved(true);
      go(to === 'next' ? index + 1 : to === 'prev' ? index - 1 : to === 'first' ? 0 : count - 1);
    },
    [go, index, count],
  );
  useDeckKeys(live, move);
  const swipe = useSwipe(move);

  // A long slide shrinks its type until it fits the screen, never below 28px (see --fit in
  // present.css): a projector shows the whole slide, nothing scrolled out of sight. It runs
  // again when the slide, the map panel or the colours change what is on the screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: index, showMap and contrast are triggers: the effect measures the DOM they change
  useLayoutEffect(() => {
    const main = mainRef.current;
    if (!main || !live) return;
    const fits = () => main.scrollHeight <= main.clientHeight + 1;
    let fit = 1;
    main.style.removeProperty('--fit');
    while (!fits() && fit > 0.55) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      main.style.setProperty('--fit', String(fit));
    }
  }, [index, live, showMap, contrast]);

  // Screen readers hear each new slide's number and title (not on first load).
  useEffect(() => {
    if (!moved || !current) return;
    setAnnouncement(`Slide ${index + 1} of ${count}: ${current.title}`);
  }, [moved, index, count, current]);

  const onSlideClick = (e: MouseEvent) => {
    if (swipe.swiped()) return;
    if (e.target instanceof Element && e.target.closest('a, button, summary')) return;
    if (getSelection()?.toString()) return;
    move('next');
  };

  // After a mouse or touch press, let go of focus: otherwise the next Space (a common
  // "next slide" key) would press the same button again, e.g. leave full screen.
  const press = (fn: () => void) => (e: MouseEvent<HTMLButtonElement>) => {
    fn();
    if (e.detail > 0) e.currentTarget.blur();
  };

  const isStep = current?.kind === 'step';
  const atStart = index === 0;
  const atEnd = index >= count - 1;

  return (
    <div
      ref={deckRef}
      className={`deck ${live ? 'is-live' : 'is-static'}${moved ? ' is-moved' : ''}${contrast ? ' is-contrast' : ''}${lane ? ` ${laneClass(lane)}` : ''}`}
      data-ready={live ? 'true' : undefined}
    >
      <header className="deck-top">
        <a className="deck-exit" href={exitHref}>
          Exit
        </a>
        <p className="deck-title">{deckTitle}</p>
        {live && (
          <div className="deck-tools">
            <button type="button" className="deck-button" aria-pressed={contrast} onClick={press(() => setContrast(!contrast))}>
              High contrast
            </button>
            {fullscreen.supported && (
              <button type="button" className="deck-button" aria-pressed={fullscreen.active} onClick={press(fullscreen.toggle)}>
                Full screen
              </button>
            )}
          </div>
        )}
      </header>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a click anywhere on the slide is a mouse shortcut for Next; the keyboard has the same moves on the whole page (useDeckKeys: arrows, Space, Page Up/Down, Home, End) and the Next button */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone a long slide scrolls; a scrollable region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable) */}
      <main ref={mainRef} tabIndex={0} className="deck-main" onClick={live ? onSlideClick : undefined} {...(live ? swipe.handlers : {})}>
        {slides.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a deck's slides never reorder, and the slide number is their identity (#3 in the address); titles can repeat
          <SlideView key={i} slide={s} n={i + 1} hidden={live && i !== index} chain={chain} showMap={live && showMap} live={live} lang={lang} />
        ))}
      </main>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {live && (
        <nav className="deck-bar" aria-label="Slides">
          <button type="button" className="deck-button deck-prev" aria-disabled={atStart} onClick={press(() => !atStart && move('prev'))}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <div className="deck-progress">
            <p className="deck-count">
              Slide {index + 1} of {count}
            </p>
            <div
              className="deck-progress-bar"
              role="progressbar"
              aria-label="Progress through the slides"
              aria-valuemin={1}
              aria-valuemax={count}
              aria-valuenow={index + 1}
              aria-valuetext={`Slide ${index + 1} of ${count}`}
            >
              {/* Only rendered once live, so React sets the width through the DOM's style property
                  (allowed by the Content-Security-Policy); it is never a style attribute in the HTML. */}
              <div className="deck-progress-fill" style={{ inlineSize: `${((index + 1) / count) * 100}%` }} />
            </div>
          </div>
          {isStep && (
            <button type="button" className="deck-button deck-map" aria-pressed={showMap} onClick={press(() => setShowMap(!showMap))}>
              Show on the map
            </button>
          )}
          <button type="button" className="deck-button deck-next" aria-disabled={atEnd} onClick={press(() => !atEnd && move('next'))}>
            Next <span aria-hidden="true">→</span>
          </button>
        </nav>
      )}
    </div>
  );
}
