/**
 * The header's "My list (3)" link (shown only with JavaScript: `.js-only`, as the list lives
 * in this browser): the number of saved items, kept up to date as things are saved here or in
 * another tab. It also wakes the Save buttons of pages that have no script of their own
 * (routes rendered on the server).
 */
import './save-buttons';
import { getList, onChange } from './store';

function update(): void {
  const count = getList().length;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-my-list-link]')) {
    const number = link.querySelector<HTMLElement>('[data-my-list-count]');
    if (number) number.textContent = count ? ` (${count})` : '';
  }
}

onChange(update);
update();
