/**
 * Slides for any route: reads `?steps=id1,id2,...` and the node facts the page embeds as
 * JSON (`#present-data`), then hands the slides to the presenter. No fetch. Steps the site
 * does not have (a typo, "constructor") are left out, and the title slide says so.
 */
import { useEffect, useState } from 'react';
import { routeSlides, stepsInAddress, type PresentData, type Slide } from '../../lib/present/slides.ts';
import Presenter from './Presenter.tsx';
import './present.css';

type State = { kind: 'loading' } | { kind: 'empty'; notice?: string | undefined } | { kind: 'ready'; slides: Slide[] };

function readData(): PresentData | undefined {
  try {
    return JSON.parse(document.getElementById('present-data')?.textContent ?? '') as PresentData;
  } catch {
    return undefined;
  }
}

export default function RoutePresenter() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const data = readData();
    let slides: Slide[] = [];
    try {
      slides = data ? routeSlides(data, stepsInAddress(location.search)) : [];
    } catch (error) {
      // An effect's error would leave "loading" for ever: show the plain "no route" slide instead.
      console.error(error);
    }
    const title = slides[0];
    setState(slides.some((s) => s.kind === 'step') ? { kind: 'ready', slides } : { kind: 'empty', notice: title?.kind === 'title' ? title.notice : undefined });
  }, []);

  if (state.kind === 'ready') return <Presenter slides={state.slides} deckTitle="Your route" exitHref="/route/" />;
  return (
    <div className="deck is-static">
      <header className="deck-top">
        <a className="deck-exit" href="/route/">
          Exit
        </a>
        <p className="deck-title">Your route</p>
      </header>
      <main className="deck-main">
        <section className="slide" aria-labelledby="route-title">
          <h1 className="slide-heading" id="route-title">
            Your route
          </h1>
          {state.kind === 'loading' ? (
            <noscript>
              <p className="slide-lede">These slides need JavaScript. Turn it on, or see the route in the route finder.</p>
            </noscript>
          ) : (
            <>
              <p className="slide-lede">There is no route to show. Choose a route in the route finder, then press “Present this route”.</p>
              {state.notice && <p className="slide-notice">{state.notice}</p>}
            </>
          )}
          <p className="slide-end-link">
            <a href="/route/">Go to the route finder</a>
          </p>
        </section>
      </main>
    </div>
  );
}
