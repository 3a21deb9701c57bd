/**
 * The My list page (/my-list/): everything saved on this device, or a list opened from a link
 * (`?items=...&borough=...`), with key facts, next steps and local contacts in the chosen
 * borough; one link that reopens it anywhere (copy, email, QR code), a plan that prints on
 * one A4 page, and "Clear the list" in one step. The address always says what is shown.
 */
import {
  addItem,
  compareToSearch,
  droppedNotice,
  MAX_COMPARE,
  itemKey,
  knownItem,
  listFromAddress,
  listToSearch,
  parseItemKey,
  removeItem,
  type ShortlistItem,
} from '../../lib/shortlist';
import { ASK_ANYONE, entryView, hostOf, type ItemView, mailtoHref, oldestReview, planText, routeView } from '../../lib/shortlist-view';
import { ui } from '../../lib/ui-strings';
import type { ProgrammeFacts } from '../../lib/shortlist-data';
import { loadIndexInto, loadRouteData } from './data';
import { fill, h } from './dom';
import { planFoot, todayIso } from './plan-foot';
import type { SavedRoute } from './route-lib';
import { clearAll, getBorough, getList, onChange, setBorough, setList } from './store';

const root = document.querySelector<HTMLElement>('[data-my-list-app]');
if (root) void start(root);

/** Phone, email and website as links, separated by " · ". */
function contactLinks(p: ProgrammeFacts): (Node | string)[] {
  const links: (Node | string)[][] = [];
  if (p.phone) links.push(['Phone ', h('a', { href: `tel:${p.phone.replace(/\s+/g, '')}` }, p.phone)]);
  if (p.email) links.push([h('a', { href: `mailto:${p.email}` }, p.email)]);
  if (p.url) links.push([h('a', { href: p.url, rel: 'external' }, hostOf(p.url))]);
  return links.flatMap((l, i) => (i ? [' · ', ...l] : l));
}

/** At most this many local contacts per item (the borough's own first), so a plan stays on one page. */
const MAX_CONTACTS = 4;

const keysOf = (items: readonly ShortlistItem[]) => items.map(itemKey).join(',');

async function start(root: HTMLElement): Promise<void> {
  const loaded = await loadIndexInto(root, { loading: ui.myList.loading, failed: ui.myList.failed }, () => void start(root));
  if (!loaded) return;
  const { index, body, status } = loaded;
  const publicBase = root.dataset.publicBase || undefined;
  const parsed = listFromAddress(location.search, index.known);
  // Items this device saved that the site no longer has are dropped here too, with a note.
  const stored = getList();
  const device = () => getList().filter((i) => knownItem(i, index.known));
  if (device().length !== stored.length) setList(device());
  let notices = [
    droppedNotice(parsed, 'item'),
    stored.length > device().length ? 'Something saved earlier is no longer on this site, so it is left out.' : undefined,
  ];
  const deviceBorough = () => (index.known.boroughs.has(getBorough() ?? '') ? getBorough() : undefined);

  let shared = parsed.hasItems && keysOf(parsed.items) !== keysOf(device());
  let items = shared ? parsed.items : device();
  let borough = parsed.borough ?? deviceBorough();
  const routes = new Map<string, SavedRoute>();
  let makeRoute: ((item: { from: string; to: string }, borough: string | undefined) => SavedRoute) | undefined;
  let routeProblem = false;
  let loadingRoutes = false;

  /** The route finder's code and graph, fetched the first time the list holds a route. */
  const ensureRoutes = () => {
    if (makeRoute || routeProblem || loadingRoutes || !items.some((i) => i.kind === 'route')) return;
    loadingRoutes = true;
    Promise.all([loadRouteData(), import('./route-lib')])
      .then(
        ([data, lib]) => {
          makeRoute = lib.routeMaker(data);
        },
        () => {
          routeProblem = true;
        },
      )
      .finally(() => {
        loadingRoutes = false;
        render();
      });
  };

  const routeFor = (item: Extract<ShortlistItem, { kind: 'route' }>): SavedRoute | undefined => {
    const key = `${itemKey(item)}|${borough ?? ''}`;
    if (!routes.has(key) && makeRoute) {
      try {
        routes.set(key, makeRoute(item, borough));
      } catch (error) {
        // Never a blank list: the route says it could not be worked out, and links to the route finder.
        console.error(error);
        routeProblem = true;
      }
    }
    return routes.get(key);
  };

  const views = (): ItemView[] =>
    items
      .map((item) => {
        if (item.kind !== 'route') return entryView(index, item, borough);
        const saved = routeFor(item);
        if (!saved && !routeProblem) return { ...routeView(index, item, undefined, [], borough), next: ['Working out the route…'] };
        return routeView(index, item, saved?.result, saved?.help ?? [], borough);
      })
      .filter((v): v is ItemView => v !== undefined);

  const render = (focus?: string) => {
    const search = listToSearch(items, borough);
    history.replaceState(null, '', `${location.pathname}${search}`);
    const link = `${publicBase ?? `${location.origin}${location.pathname}`}${search}`;
    const shown = views();
    const roleIds = items.flatMap((i) => (i.kind === 'role' ? [i.id] : []));
    const boroughName = borough ? index.boroughNames.get(borough) : undefined;
    const foot = planFoot({
      address: publicBase && items.length ? link : undefined,
      reviewed: oldestReview(shown),
      today: todayIso(),
      review: true,
      ask: ASK_ANYONE,
    });
    const canClear = device().length > 0 || getBorough() !== undefined;
    fill(
      body,
      ...notices.filter(Boolean).map((n) => h('p', { class: 'notice' }, n ?? '')),
      shared
        ? h(
            'div',
            { class: 'notice no-print' },
            h('p', null, ui.myList.fromLink),
            h('button', { type: 'button', class: 'button', onclick: keep }, ui.myList.keep),
          )
        : null,
      boroughPicker(),
      boroughName ? h('p', { class: 'plan-borough' }, h('strong', null, 'Borough: '), boroughName) : null,
      items.length
        ? h('ol', { class: 'plan-items' }, shown.map(itemElement))
        : h('p', { class: 'plan-empty', id: 'plan-empty', tabindex: '-1' }, ui.myList.empty),
      items.length ? shareBox(link, planText(shown, { link, boroughName }), roleIds) : null,
      items.length ? foot.element : null,
      canClear
        ? h(
            'section',
            { class: 'clear-box no-print', 'aria-labelledby': 'clear-h' },
            h('h2', { id: 'clear-h', class: 'visually-hidden' }, ui.myList.clear),
            h('button', { type: 'button', class: 'button warning', 'aria-describedby': 'clear-hint', onclick: clear }, ui.myList.clear),
            h('p', { class: 'hint', id: 'clear-hint' }, ui.myList.clearHint),
          )
        : null,
    );
    const waiting = items.some((i) => i.kind === 'route') && !makeRoute && !routeProblem;
    root.removeAttribute('data-ready');
    if (!waiting) void foot.ready.then(() => root.setAttribute('data-ready', 'true'));
    if (focus) document.getElementById(focus)?.focus();
    ensureRoutes();
  };

  const boroughPicker = () =>
    h(
      'div',
      { class: 'borough-choice no-print' },
      h('label', { for: 'plan-borough' }, 'Your borough'),
      h(
        'select',
        {
          id: 'plan-borough',
          'aria-describedby': 'plan-borough-hint',
          onchange: (e) => {
            const value = (e.target as HTMLSelectElement).value;
            borough = index.known.boroughs.has(value) ? value : undefined;
            setBorough(borough);
            status.textContent = borough ? `Local contacts in ${index.boroughNames.get(borough)} are shown.` : 'No borough chosen.';
            render('plan-borough');
          },
        },
        h('option', { value: '' }, 'Not chosen'),
        index.data.boroughs.map((b) => h('option', { value: b.id, selected: b.id === borough }, b.name)),
      ),
      h('p', { class: 'borough-hint', id: 'plan-borough-hint' }, 'Local contacts for each item are for this borough. This device remembers it.'),
    );

  const itemElement = (v: ItemView, i: number) => {
    const id = `item-${i}`;
    const help = v.help;
    return h(
      'li',
      { class: `plan-item plan-${v.kind}`, 'data-item': v.key },
      h(
        'article',
        { 'aria-labelledby': id },
        h('h2', { class: 'plan-title' }, h('a', { href: v.href, id }, v.title), ' ', h('span', { class: 'plan-kind' }, v.kindLabel)),
        v.facts.length
          ? h(
              'dl',
              { class: 'plan-facts' },
              v.facts.map((f) => h('div', null, h('dt', null, f.label), h('dd', null, f.text))),
            )
          : null,
        h('h3', null, v.steps ? 'The steps' : 'Next steps'),
        h(
          v.steps ? 'ol' : 'ul',
          { class: 'plan-next' },
          v.next.map((n) => h('li', null, n)),
        ),
        help
          ? [
              h('h3', null, borough ? `Local contacts in ${index.boroughNames.get(borough)}` : 'Local contacts'),
              help.programmes.length
                ? h(
                    'ul',
                    { class: 'plan-help' },
                    help.programmes
                      .slice(0, MAX_CONTACTS)
                      .map((p) =>
                        h(
                          'li',
                          null,
                          h('a', { href: p.href }, p.title),
                          p.free ? h('span', { class: 'tag free' }, 'Free') : null,
                          h('span', { class: 'plan-contact' }, ' ', contactLinks(p)),
                        ),
                      ),
                  )
                : null,
              help.programmes.length > MAX_CONTACTS
                ? h('p', { class: 'meta plan-note' }, `And ${help.programmes.length - MAX_CONTACTS} more: `, h('a', { href: v.href }, `see ${v.title}`), '.')
                : null,
              help.note ? h('p', { class: 'meta plan-note' }, help.note, help.ask ? h('span', { class: 'plan-ask' }, ` ${help.ask}`) : null) : null,
            ]
          : null,
        h(
          'p',
          { class: 'plan-actions no-print' },
          v.links.map((l) => h('a', { href: l.href }, l.text)),
          shared
            ? null
            : h(
                'button',
                { type: 'button', class: 'button secondary plan-remove', onclick: () => remove(v, i) },
                'Remove',
                h('span', { class: 'visually-hidden' }, ` ${v.title}`),
              ),
        ),
      ),
    );
  };

  const shareBox = (link: string, text: string, roleIds: string[]) => {
    const field = h('input', { id: 'plan-link', class: 'link-field', type: 'text', readonly: true, value: link, 'aria-describedby': 'plan-link-hint' });
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(link);
        status.textContent = ui.myList.copied;
      } catch {
        field.select();
        status.textContent = ui.myList.copyFailed;
      }
    };
    return h(
      'section',
      { class: 'share-box no-print', 'aria-labelledby': 'share-h' },
      h('h2', { id: 'share-h' }, 'Share or keep this list'),
      h('label', { for: 'plan-link' }, ui.myList.linkLabel),
      h('p', { class: 'hint', id: 'plan-link-hint' }, ui.myList.linkHint),
      field,
      h(
        'p',
        { class: 'button-row' },
        h('button', { type: 'button', class: 'button', onclick: () => void copy() }, ui.myList.copy),
        h('a', { class: 'button secondary', href: mailtoHref(ui.myList.emailSubject, text) }, ui.myList.email),
        h('button', { type: 'button', class: 'button secondary', onclick: () => print() }, ui.myList.print),
        roleIds.length >= 2
          ? h(
              'a',
              { class: 'button secondary', href: `/compare/${compareToSearch(roleIds.slice(0, MAX_COMPARE), borough)}` },
              ui.myList.compare(Math.min(MAX_COMPARE, roleIds.length)),
            )
          : null,
      ),
    );
  };

  const keep = () => {
    let merged = device();
    for (const item of items) merged = addItem(merged, item);
    setList(merged);
    if (borough && !deviceBorough()) setBorough(borough);
    shared = false;
    items = device();
    status.textContent = ui.myList.kept;
    render('plan-borough');
  };

  const remove = (v: ItemView, i: number) => {
    const item = parseItemKey(v.key);
    if (!item) return;
    setList(removeItem(device(), item));
    items = device();
    status.textContent = `Removed from your list: ${v.title}.`;
    const next = items.length ? `item-${Math.min(i, items.length - 1)}` : 'plan-empty';
    render(next);
  };

  const clear = () => {
    clearAll();
    notices = [];
    items = [];
    borough = undefined;
    shared = false;
    status.textContent = ui.myList.cleared;
    render('plan-empty');
  };

  // Another tab changed the list or the borough: show it (unless this page shows a link's list).
  onChange(() => {
    if (shared) return;
    const now = device();
    if (keysOf(now) === keysOf(items) && (deviceBorough() ?? '') === (borough ?? '')) return;
    items = now;
    borough = deviceBorough();
    render();
  });

  render();
}
