/**
 * Jobs side by side: one row per question an adviser asks (pay, level, hours, ways in and
 * how long, what you need first, registration, the good and the hard parts, local help in
 * the chosen borough), one cell per job. Pure: the data of `/shortlist.json` in, rows out;
 * every fact is the data's own (pay is the graph's pay text).
 */
import { localHelpIn, type ShortlistIndex } from './shortlist-view.ts';

/** At most this many programmes in a cell (the borough's own first); the job's page lists them all. */
export const MAX_HELP = 3;

/** One job's answer to one row: a sentence, a list, or links, with an optional note. */
export interface CompareCell {
  text?: string;
  list?: string[];
  links?: { href: string; text: string; note?: string }[];
  note?: string;
}

export interface CompareRow {
  /** A stable id for the row ("pay", "help"): headings and tests use it. */
  id: string;
  label: string;
  cells: CompareCell[];
}

export interface CompareView {
  columns: { id: string; title: string; href: string }[];
  rows: CompareRow[];
  /** The oldest date the jobs' content was checked (YYYY-MM-DD). */
  reviewed?: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function compareView(index: ShortlistIndex, roleIds: readonly string[], borough: string | undefined): CompareView {
  const roles = roleIds.map((id) => index.roles.get(id)).filter((r) => r !== undefined);
  const name = borough ? index.boroughNames.get(borough) : undefined;
  const row = (id: string, label: string, cell: (r: (typeof roles)[number]) => CompareCell): CompareRow => ({ id, label, cells: roles.map(cell) });
  const rows: CompareRow[] = [
    row('pay', 'Pay', (r) => ({ text: [r.pay.text, r.pay.note].filter(Boolean).join(' '), ...(r.pay.london ? { note: r.pay.london } : {}) })),
    row('level', 'Level', (r) => ({ text: [r.level, r.sector].filter(Boolean).join(' · ') })),
    row('hours', 'Hours', (r) => ({ text: r.hours })),
    row('ways', 'Ways in and how long they take', (r) => ({
      list: [
        ...(r.openEntry ? ['Apply with no qualifications: employers train you'] : []),
        ...r.ways.map(
          (w) =>
            `${w.title}${[w.level, w.time, w.paid ? 'paid' : ''].some(Boolean) ? ` (${[w.level, w.time, w.paid ? 'paid while you learn' : ''].filter(Boolean).join(', ')})` : ''}`,
        ),
        ...(!r.openEntry && !r.ways.length ? ['Moving up from another job'] : []),
      ],
    })),
    row('needs', 'What you need first', (r) => {
      const needs = r.ways.filter((w) => w.needs).map((w) => `For ${w.title}: ${w.needs}`);
      if (needs.length) return { list: needs };
      return { text: r.openEntry || r.ways.length ? 'Nothing formal.' : 'Experience in a related job.' };
    }),
    row('registration', 'Registration', (r) => ({ text: r.regulator ? `You must register with the ${r.regulator}.` : 'No registration needed.' })),
    row('good', 'The good parts', (r) => ({ list: r.good })),
    row('hard', 'The hard parts', (r) => ({ list: r.hard })),
    row('help', name ? `Local help in ${name}` : 'Local help', (r) => {
      const help = localHelpIn(index, r.help, borough);
      const more = help.programmes.length - MAX_HELP;
      const note = [help.note, help.ask, more > 0 ? `And ${more} more on the job’s page.` : ''].filter(Boolean).join(' ');
      return {
        links: help.programmes.slice(0, MAX_HELP).map((p) => ({ href: p.href, text: p.title, note: p.free ? 'Free' : cap(p.cost) })),
        ...(note ? { note } : {}),
      };
    }),
  ];
  const reviewed = roles.map((r) => r.reviewed).sort()[0];
  return { columns: roles.map((r) => ({ id: r.id, title: r.title, href: r.href })), rows, ...(reviewed ? { reviewed } : {}) };
}
