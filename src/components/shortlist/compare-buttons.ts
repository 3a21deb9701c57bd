/**
 * "Compare" toggles for jobs (`<button data-compare="care-worker" data-title="Care worker">`)
 * and the tray that leads to /compare/ once two are chosen (`[data-compare-tray]`). The job
 * cards of the A to Z list come with their toggles from the server (NodeList.astro `compare`,
 * `.js-only`), laid out from the first paint. The chosen jobs are remembered on this device,
 * up to MAX_COMPARE.
 */
import { compareToSearch, MAX_COMPARE, MIN_COMPARE } from '../../lib/shortlist';
import { getBorough, getCompare, getCompareNames, onChange, setCompare } from './store';

const SELECTOR = 'button[data-compare]';

/** "Care worker", "Care worker and Nurse", "A, B and C". */
const andList = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

function titles(): Map<string, string> {
  const found = getCompareNames();
  for (const b of document.querySelectorAll<HTMLElement>(SELECTOR)) if (b.dataset.compare && b.dataset.title) found.set(b.dataset.compare, b.dataset.title);
  return found;
}

function sync(): void {
  const chosen = getCompare();
  const names = titles();
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    button.hidden = false;
    button.setAttribute('aria-pressed', String(chosen.includes(button.dataset.compare ?? '')));
  }
  for (const tray of document.querySelectorAll<HTMLElement>('[data-compare-tray]')) {
    tray.hidden = chosen.length === 0;
    const text = tray.querySelector<HTMLElement>('[data-compare-text]');
    const go = tray.querySelector<HTMLAnchorElement>('[data-compare-go]');
    const known = chosen.map((id) => names.get(id)).filter((n): n is string => !!n);
    const who = known.length === chosen.length ? andList(known) : chosen.length === 1 ? '1 job' : `${chosen.length} jobs`;
    if (text)
      text.textContent = chosen.length >= MIN_COMPARE ? `Chosen to compare: ${who}.` : `Chosen to compare: ${who}. Choose one more job to compare it with.`;
    if (go) {
      go.hidden = chosen.length < MIN_COMPARE;
      go.href = `/compare/${compareToSearch(chosen, getBorough())}`;
      go.textContent = `Compare ${chosen.length} jobs`;
    }
  }
}

/** Says what a button did, in the page's live region for comparing (CompareTray.astro). */
function say(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  if (status) status.textContent = message;
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLButtonElement>(SELECTOR);
  if (button?.dataset.compare) {
    const id = button.dataset.compare;
    const chosen = getCompare();
    const title = button.dataset.title ?? 'This job';
    if (chosen.includes(id)) {
      setCompare(chosen.filter((x) => x !== id));
      say(`${title} is no longer chosen to compare.`);
    } else if (chosen.length >= MAX_COMPARE) {
      say(`You can compare up to ${MAX_COMPARE} jobs. Take one off first.`);
    } else {
      setCompare([...chosen, id], [[id, title]]);
      say(
        chosen.length + 1 >= MIN_COMPARE
          ? `${title} chosen. ${chosen.length + 1} jobs chosen to compare.`
          : `${title} chosen. Choose one more job to compare it with.`,
      );
    }
    return;
  }
  const clear = target?.closest<HTMLButtonElement>('[data-compare-clear]');
  if (clear) {
    setCompare([]);
    say('No jobs are chosen to compare now.');
  }
});

onChange(sync);
sync();
