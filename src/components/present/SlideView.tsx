/**
 * One slide as a section. The title slide's heading is the page's h1; the rest are h2s,
 * so with JavaScript off the deck reads as one plain document.
 */
import type { Slide, StepSlide } from '../../lib/present/slides.ts';
import { languages } from '../../lib/languages';
import StepMap, { type ChainStep } from './StepMap.tsx';

interface Props {
  slide: Slide;
  /** 1-based position, for ids. */
  n: number;
  hidden: boolean;
  /** The route's steps, for the small maps. */
  chain: ChainStep[];
  /** Show the step's place on the map instead of its facts. */
  showMap: boolean;
  /** The community language chosen for key words (the site's "Key words in" choice), if any. */
  lang?: string | undefined;
  /** False in the server render: every slide shows, with a plain link to the map. */
  live: boolean;
}

function StepBody({ slide, chain, showMap, live }: { slide: StepSlide; chain: ChainStep[]; showMap: boolean; live: boolean }) {
  const mapHref = `/explore/?select=${encodeURIComponent(slide.id)}`;
  if (showMap) {
    return (
      <div className="slide-map" id={`map-${slide.id}`}>
        <StepMap chain={chain} current={slide.id} />
        <p className="slide-map-note">
          This step has a yellow box. <a href={mapHref}>Open the full map at this step</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <dl className="facts">
        {slide.facts.map((f) => (
          <div className="fact" key={f.label}>
            <dt>{f.label}</dt>
            <dd>
              {f.text}
              {f.items && (
                <ul>
                  {f.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {!live && (
        <p className="slide-static-link">
          <a href={mapHref}>See {slide.title} on the map</a>
        </p>
      )}
    </>
  );
}

export default function SlideView({ slide, n, hidden, chain, showMap, live, lang }: Props) {
  const headingId = `slide-${n}-title`;
  const Heading = slide.kind === 'title' ? 'h1' : 'h2';
  return (
    <section className={`slide slide-${slide.kind}`} aria-labelledby={headingId} hidden={hidden} data-slide={n}>
      {slide.kind === 'step' && (
        <p className="slide-kicker">
          Step {slide.step} of {slide.of}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          {slide.tag}
          {slide.level && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {slide.level}
            </>
          )}
        </p>
      )}
      {slide.kind === 'title' && <p className="slide-kicker">{slide.note}</p>}
      <Heading id={headingId} className="slide-heading">
        {slide.title}
      </Heading>
      {slide.kind === 'title' && (
        <>
          <p className="slide-lede">{slide.text}</p>
          {slide.notice && <p className="slide-notice">{slide.notice}</p>}
          {chain.length > 1 && <StepMap chain={chain} />}
        </>
      )}
      {slide.kind === 'step' && <StepBody slide={slide} chain={chain} showMap={showMap} live={live} />}
      {slide.kind === 'words' && (
        <dl className="words">
          {slide.words.map((w) => (
            <div className="word" key={w.term}>
              <dt>{w.term}</dt>
              <dd>{w.simple}</dd>
              {lang && w.translations?.[lang] && (
                <dd className="word-tr">
                  <span lang={lang} dir={languages[lang]?.dir}>
                    {w.translations[lang].text}
                  </span>
                  {!w.translations[lang].reviewed && (
                    <span className="word-unchecked">
                      {' '}
                      (
                      <span lang={lang} dir={languages[lang]?.dir}>
                        {languages[lang]?.notChecked}
                      </span>
                      ; not yet checked)
                    </span>
                  )}
                </dd>
              )}
            </div>
          ))}
        </dl>
      )}
      {slide.kind === 'end' && (
        <>
          <p className="slide-lede">{slide.text}</p>
          <p className="slide-end-link">
            <a href={slide.link.href}>{slide.link.label}</a>
          </p>
        </>
      )}
    </section>
  );
}
