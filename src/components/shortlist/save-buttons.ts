/**
 * Wakes every "Save to my list" button on the page: `<button data-save="role:care-worker">`
 * (SaveButton.astro on entry pages, SaveButton.tsx in routes). Without JavaScript they stay
 * hidden, as they could do nothing. Each shows whether its item is saved (aria-pressed),
 * toggles it on a click, and says what happened in the live region beside it
 * (`[data-save-status]`). Buttons a React island adds later are picked up as they appear.
 * Importing this module twice does nothing more: modules run once.
 */
import { addItem, hasItem, parseItemKey, removeItem } from '../../lib/shortlist';
import { getList, onChange, setList } from './store';

const SELECTOR = 'button[data-save]';

function sync(): void {
  const list = getList();
  for (const button of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) {
    const item = parseItemKey(button.dataset.save ?? '');
    if (!item) continue;
    button.hidden = false;
    button.setAttribute('aria-pressed', String(hasItem(list, item)));
  }
}

function statusFor(button: HTMLElement): HTMLElement | null {
  return button.closest('.save-control')?.querySelector<HTMLElement>('[data-save-status]') ?? null;
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(SELECTOR) : null;
  const item = button && parseItemKey(button.dataset.save ?? '');
  if (!button || !item) return;
  const list = getList();
  const saved = hasItem(list, item);
  const next = saved ? removeItem(list, item) : addItem(list, item);
  const full = !saved && next.length === list.length;
  setList(next);
  const status = statusFor(button);
  if (status) {
    const count = next.length === 1 ? '1 item' : `${next.length} items`;
    status.textContent = full ? 'Your list is full: remove something first.' : saved ? `Removed from your list (${count}).` : `Saved to your list (${count}).`;
  }
});

onChange(sync);
sync();
// Buttons an island renders later (the route finder's results) start hidden and unpressed.
new MutationObserver((records) => {
  if (records.some((r) => r.type === 'attributes' || [...r.addedNodes].some((n) => n instanceof Element && (n.matches(SELECTOR) || n.querySelector(SELECTOR)))))
    sync();
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-save'] });
