/**
 * The compare page (/compare/?roles=a,b&borough=camden): 2 to 4 jobs side by side, read from
 * the address (which always says what is shown, so it can be shared, bookmarked or printed
 * as a QR code), with the facts fetched from /shortlist.json. The borough picker and the
 * jobs chosen are remembered on this device too, so the Compare buttons on job pages agree.
 */
import { type CompareView, compareView } from '../../lib/compare';
import { compareFromAddress, compareToSearch, droppedNotice, MAX_COMPARE, MIN_COMPARE } from '../../lib/shortlist';
import { ui } from '../../lib/ui-strings';
import { loadIndexInto } from './data';
import { andList, fill, h } from './dom';
import { planFoot, todayIso } from './plan-foot';
import { getBorough, getCompare, setBorough, setCompare } from './store';

const root = document.querySelector<HTMLElement>('[data-compare-app]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
  const loaded = await loadIndexInto(root, { loading: ui.compare.loading, failed: ui.compare.failed }, () => void start(root));
  if (!loaded) return;
  const { index, body, status } = loaded;
  const parsed = compareFromAddress(location.search, index.known);
  const fromAddress = new URLSearchParams(location.search).has('roles');
  let roles = fromAddress ? parsed.roles : getCompare().filter((id) => index.roles.has(id));
  let borough = parsed.borough ?? (index.known.boroughs.has(getBorough() ?? '') ? getBorough() : undefined);
  const notice = droppedNotice(parsed, 'job');
  const publicBase = root.dataset.publicBase || undefined;

  /** The address and this device always hold what is shown. */
  const save = () => {
    setCompare(
      roles,
      roles.map((id) => [id, index.roles.get(id)?.title ?? id]),
    );
    history.replaceState(null, '', `${location.pathname}${compareToSearch(roles, borough)}`);
  };

  const render = (focus?: string) => {
    save();
    const view = compareView(index, roles, borough);
    const search = compareToSearch(roles, borough);
    const foot = planFoot({ address: publicBase && roles.length ? `${publicBase}${search}` : undefined, reviewed: view.reviewed, today: todayIso() });
    fill(
      body,
      notice ? h('p', { class: 'notice' }, notice) : null,
      controls(),
      roles.length >= MIN_COMPARE ? table(view) : h('p', { class: 'notice' }, ui.compare.tooFew),
      roles.length >= MIN_COMPARE
        ? h('p', { class: 'button-row no-print' }, h('button', { type: 'button', class: 'button secondary', onclick: () => print() }, ui.compare.print))
        : null,
      roles.length >= MIN_COMPARE ? foot.element : null,
    );
    root.dataset.count = String(roles.length);
    void foot.ready.then(() => {
      root.dataset.ready = 'true';
    });
    if (focus) document.getElementById(focus)?.focus();
  };

  const controls = () => {
    const boroughSelect = h(
      'select',
      {
        id: 'compare-borough',
        onchange: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          borough = index.known.boroughs.has(value) ? value : undefined;
          setBorough(borough);
          status.textContent = borough ? `Local help in ${index.boroughNames.get(borough)} is shown.` : 'No borough chosen.';
          render('compare-borough');
        },
      },
      h('option', { value: '' }, 'Not chosen'),
      index.data.boroughs.map((b) => h('option', { value: b.id, selected: b.id === borough }, b.name)),
    );
    const others = index.data.roles.filter((r) => !roles.includes(r.id)).sort((a, b) => a.title.localeCompare(b.title));
    const addSelect = h(
      'select',
      { id: 'compare-add' },
      h('option', { value: '' }, 'Choose a job'),
      others.map((r) => h('option', { value: r.id }, r.title)),
    );
    const add = () => {
      const id = addSelect.value;
      if (!index.roles.has(id) || roles.includes(id) || roles.length >= MAX_COMPARE) {
        status.textContent = roles.length >= MAX_COMPARE ? `You can compare up to ${MAX_COMPARE} jobs.` : 'Choose a job in the list first.';
        return;
      }
      roles = [...roles, id];
      status.textContent = `${index.roles.get(id)?.title} added. Comparing ${roles.length} jobs.`;
      render(`compare-col-${id}`);
    };
    return h(
      'div',
      { class: 'compare-controls no-print' },
      h('div', { class: 'field' }, h('label', { for: 'compare-borough' }, 'Your borough'), boroughSelect),
      roles.length < MAX_COMPARE
        ? h(
            'div',
            { class: 'field' },
            h('label', { for: 'compare-add' }, ui.compare.add),
            h('span', { class: 'field-row' }, addSelect, h('button', { type: 'button', class: 'button secondary', onclick: add }, ui.compare.addButton)),
          )
        : null,
    );
  };

  const table = (view: CompareView) => {
    // Roles spelt out: on a phone the table is stacked with CSS, which would otherwise lose its table semantics in some browsers.
    const head = h(
      'tr',
      { role: 'row' },
      h('td', { class: 'compare-corner', role: 'cell' }),
      view.columns.map((c) =>
        h(
          'th',
          { scope: 'col', class: 'compare-col', role: 'columnheader' },
          h('a', { href: c.href, id: `compare-col-${c.id}` }, c.title),
          h(
            'button',
            {
              type: 'button',
              class: 'compare-remove no-print',
              onclick: () => {
                roles = roles.filter((id) => id !== c.id);
                status.textContent = `${c.title} taken off. ${roles.length === 1 ? 'One job left: add another to compare.' : `Comparing ${roles.length} jobs.`}`;
                render('compare-add');
              },
            },
            h('span', { class: 'remove-word' }, 'Remove'),
            h('span', { class: 'remove-x', 'aria-hidden': 'true' }, '✕'),
            h('span', { class: 'visually-hidden' }, ` ${c.title}`),
          ),
        ),
      ),
    );
    const rows = view.rows.map((row) =>
      h(
        'tr',
        { 'data-row': row.id, role: 'row' },
        h('th', { scope: 'row', role: 'rowheader' }, row.label),
        row.cells.map((cell, i) =>
          h(
            'td',
            { role: 'cell' },
            h('span', { class: 'compare-cell-role', 'aria-hidden': 'true' }, view.columns[i]?.title ?? ''),
            cell.text ? h('p', null, cell.text) : null,
            cell.list?.length
              ? h(
                  'ul',
                  null,
                  cell.list.map((x) => h('li', null, x)),
                )
              : null,
            cell.links?.length
              ? h(
                  'ul',
                  { class: 'compare-help' },
                  cell.links.map((l) => h('li', null, h('a', { href: l.href }, l.text), l.note ? h('span', { class: 'meta' }, ` ${l.note}`) : null)),
                )
              : null,
            cell.note ? h('p', { class: 'meta' }, cell.note) : null,
          ),
        ),
      ),
    );
    return h(
      'div',
      { class: `compare-wrap compare-${view.columns.length}` },
      h(
        'table',
        { class: 'compare-table', role: 'table' },
        h('caption', { class: 'visually-hidden' }, `${andList(view.columns.map((c) => c.title))}, side by side`),
        h('thead', { role: 'rowgroup' }, head),
        h('tbody', { role: 'rowgroup' }, rows),
      ),
    );
  };

  render();
}
