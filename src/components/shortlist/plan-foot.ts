/**
 * The foot of a printed plan or comparison, also shown on screen: a QR code and the address
 * that reopen the same page (only when the site's public address was set at build time;
 * otherwise the sentence that says why there is none), the date the content was last
 * checked, the date it was made, and the disclaimer.
 */
import { formatDate } from '../../lib/format';
import { ui } from '../../lib/ui-strings';
import { h } from './dom';
import { qrCode } from './qr-code';

export interface PlanFoot {
  element: HTMLElement;
  /** Resolves once the QR code is in place (or there is none). */
  ready: Promise<void>;
}

/** `review`: a line to write the date of the next review on (a plan made with an adviser); `ask`: where else to ask, on paper. */
export function planFoot(options: { address: string | undefined; reviewed: string | undefined; today: string; review?: boolean; ask?: string }): PlanFoot {
  const qr = h('div', { class: 'sheet-qr plan-qr' });
  const element = h(
    'section',
    { class: 'plan-foot', 'aria-label': 'Open this online, and dates' },
    options.address ? qr : null,
    h(
      'div',
      null,
      options.address
        ? h('p', null, h('strong', null, 'See this online, or scan the code with a phone camera:'), h('br'), h('span', { class: 'sheet-url' }, options.address))
        : h('p', { class: 'sheet-no-url' }, ui.noPublicUrl),
      options.reviewed
        ? h('p', null, h('strong', null, `${ui.lastReviewed}:`), ' ', h('time', { datetime: options.reviewed }, formatDate(options.reviewed)))
        : null,
      h('p', null, h('strong', null, 'Made on:'), ' ', h('time', { datetime: options.today }, formatDate(options.today))),
      options.review ? h('p', { class: 'plan-review' }, h('strong', null, 'Review this plan on:'), ' ', h('span', { class: 'plan-blank' })) : null,
      options.ask ? h('p', { class: 'plan-ask-foot' }, options.ask) : null,
      h('p', { class: 'sheet-small' }, ui.disclaimer),
    ),
  );
  const ready = options.address
    ? qrCode(options.address)
        .then((svg) => {
          if (svg) qr.append(svg);
        })
        .catch(() => qr.remove())
    : Promise.resolve();
  return { element, ready };
}

/** Today as YYYY-MM-DD, in the reader's time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
