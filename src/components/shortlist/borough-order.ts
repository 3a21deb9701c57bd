/**
 * "My borough", chosen once and used on every page. A list of local help grouped by borough
 * (`[data-borough-groups]`, holding only groups `[data-borough="camden"]`, "all" for help open
 * to every borough, and at most one `[data-borough-default]` block) shows the chosen
 * borough's group first, then help open to all, and the other boroughs behind "Other
 * boroughs" (a details element made here). The server renders the groups in the open, so
 * with JavaScript off everything shows; on a handout, the `[data-borough-default]` short list
 * gives way to the chosen borough. Borough pickers (`select[data-borough-select]`, in
 * BoroughChoice.astro) set the choice on this device.
 */
import { getBorough, onChange, setBorough } from './store';

/** Each list's children as the server rendered them, and whether each was hidden. */
const originals = new WeakMap<HTMLElement, { children: HTMLElement[]; hidden: boolean[] }>();

/** The borough's name, from a picker on the page ("" when no picker knows it). */
function boroughName(id: string): string {
  for (const option of document.querySelectorAll<HTMLOptionElement>('select[data-borough-select] option'))
    if (option.value === id) return option.textContent ?? '';
  return '';
}

function firstSeen(box: HTMLElement): { children: HTMLElement[]; hidden: boolean[] } {
  const children = [...box.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  const original = { children, hidden: children.map((c) => c.hidden === true) };
  originals.set(box, original);
  return original;
}

function arrange(box: HTMLElement, chosen: string | undefined): void {
  const original = originals.get(box) ?? firstSeen(box);
  original.children.forEach((c, i) => {
    c.hidden = original.hidden[i] ?? false;
  });
  const groups = original.children.filter((c) => c.dataset.borough !== undefined);
  const name = chosen ? boroughName(chosen) : '';
  const mine = groups.find((g) => g.dataset.borough === chosen);
  if (!chosen || (!mine && !name)) {
    box.replaceChildren(...original.children);
    return;
  }
  const wide = groups.filter((g) => g.dataset.borough === 'all');
  const others = groups.filter((g) => g !== mine && g.dataset.borough !== 'all');
  const fallback = original.children.filter((c) => c.dataset.boroughDefault !== undefined);
  for (const g of groups) g.hidden = false;
  for (const f of fallback) f.hidden = true;
  const first: HTMLElement[] = [];
  if (mine) first.push(mine);
  else {
    const note = document.createElement('p');
    note.className = 'borough-note';
    note.textContent = `No programme only for ${name} residents helps here yet.${wide.length ? ' The help below is open to every borough.' : ''}`;
    first.push(note);
  }
  const rest: HTMLElement[] = [];
  if (others.length) {
    const details = document.createElement('details');
    details.className = 'other-boroughs';
    const summary = document.createElement('summary');
    summary.textContent = `Other boroughs (${others.length})`;
    details.append(summary, ...others);
    rest.push(details);
  }
  box.replaceChildren(...first, ...wide, ...fallback, ...rest);
}

function apply(): void {
  const chosen = getBorough();
  for (const box of document.querySelectorAll<HTMLElement>('[data-borough-groups]')) arrange(box, chosen);
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-borough-select]')) {
    select.value = chosen && [...select.options].some((o) => o.value === chosen) ? chosen : '';
    select.closest<HTMLElement>('[data-borough-choice]')?.removeAttribute('hidden');
  }
}

document.addEventListener('change', (event) => {
  const select = event.target instanceof HTMLSelectElement && event.target.matches('[data-borough-select]') ? event.target : null;
  if (!select) return;
  setBorough(select.value || undefined);
  const status = select.closest('[data-borough-choice]')?.querySelector<HTMLElement>('[data-borough-status]');
  if (status)
    status.textContent = select.value
      ? `Local help in ${select.selectedOptions[0]?.textContent ?? ''} now comes first, on every page.`
      : 'Local help in every borough is shown.';
});

onChange(apply);
apply();
