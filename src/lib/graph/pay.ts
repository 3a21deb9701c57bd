/**
 * Pay text, derived once from content/pay-scales.yaml and a role's `pay` pointers. Every page,
 * slide, handout, panel and route step shows these strings; none builds pay text itself.
 * Pure: figures and dates in, plain words out.
 */
import type { PayScales, Role } from '../content/schema.ts';

type AfcYear = PayScales['agenda_for_change'][number];
type Wage = PayScales['wages'][number];

/** Pay in plain words, in the one format the site uses. */
export interface PayFacts {
  /** The headline, with its year: "NHS Band 5: £31,049 to £37,796 a year (2026/27)." */
  text: string;
  /** The pay year or date of the figures ("2026/27"). */
  year: string;
  /** The role's own note, in words ("Senior posts are Band 4."). */
  note?: string;
  /** London: the high cost area supplement for NHS bands, or the London Living Wage for others. */
  london?: string;
  /** The same figures in simple English (ESOL Entry 3): "You earn £32,073 to £39,043 a year." */
  simple: string;
}

const pounds = (n: number) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;
const hourly = (n: number) => `£${n.toFixed(2)} an hour`;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "April 2026" from "2026-04-01". */
export const monthYear = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;

/** The Agenda for Change year in force on `today`: the newest that has taken effect (else the oldest listed). */
export function afcInForce(scales: PayScales, today: string): AfcYear | undefined {
  const sorted = [...scales.agenda_for_change].sort((a, b) => a.effective.localeCompare(b.effective));
  return sorted.filter((y) => y.effective <= today).at(-1) ?? sorted[0];
}

/** A wage's rate in force on `today` (the newest that has taken effect). */
export function wageInForce(wage: Wage, today: string): Wage['rates'][number] | undefined {
  const sorted = [...wage.rates].sort((a, b) => a.effective.localeCompare(b.effective));
  return sorted.filter((r) => r.effective <= today).at(-1);
}

/** The legal minimum hourly wage in force on `today`, with its name. */
export function legalMinimum(scales: PayScales, today: string): { title: string; hourly: number; effective: string } | undefined {
  let best: { title: string; hourly: number; effective: string } | undefined;
  for (const w of scales.wages) {
    if (!w.legal_minimum) continue;
    const r = wageInForce(w, today);
    if (r && (!best || r.hourly < best.hourly)) best = { title: w.title, hourly: r.hourly, effective: r.effective };
  }
  return best;
}

const BAND_ORDER = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];
const byBand = (a: string, b: string) => BAND_ORDER.indexOf(a) - BAND_ORDER.indexOf(b);

/** The figures behind a role's bands in one pay year: full-time basic pay a year, lowest to highest. */
export interface BandsRange {
  /** The bands in words: "Band 5", "Band 4 or 5", "Bands 5 to 7". */
  name: string;
  /** The lowest annual figure: the start of the lowest band, in pounds. */
  from: number;
  /** The highest annual figure: the top of the highest band, in pounds. */
  to: number;
  /** The pay year, like "2026/27". */
  year: string;
}

/** The annual range of `bands` in `year` (undefined when a band is missing from the year). The numbers behind `bandsText`. */
export function bandsRange(year: AfcYear, bands: readonly string[]): BandsRange | undefined {
  const sorted = [...bands].sort(byBand);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const low = year.bands[first];
  const high = year.bands[last];
  if (!low || !high) return undefined;
  const name = sorted.length === 1 ? `Band ${first}` : sorted.length === 2 ? `Band ${first} or ${last}` : `Bands ${first} to ${last}`;
  return { name, from: low.from, to: high.to, year: year.year };
}

/** "NHS Band 5: £31,049 to £37,796 a year" (or undefined when a band is missing from the year). */
export function bandsText(year: AfcYear, bands: readonly string[]): string | undefined {
  const r = bandsRange(year, bands);
  if (!r) return undefined;
  const range = r.from === r.to ? pounds(r.from) : `${pounds(r.from)} to ${pounds(r.to)}`;
  return `NHS ${r.name}: ${range} a year`;
}

/** The inner London supplement in words, for NHS jobs. */
function supplementText(year: AfcYear): string | undefined {
  const inner = year.high_cost_area['inner-london'];
  if (!inner) return undefined;
  const outer = year.high_cost_area['outer-london'];
  const outerText = outer ? `; outer London adds ${outer.percent}% (${pounds(outer.min)} to ${pounds(outer.max)})` : '';
  return `NHS jobs in inner London add a high cost area supplement of ${inner.percent}% of basic pay, at least ${pounds(inner.min)} and at most ${pounds(inner.max)} a year${outerText} (${year.year}).`;
}

/**
 * A role's pay in the site's one format. `today` picks the pay year and wage rates in force.
 * Unknown ids are skipped here: the content check reports them.
 */
export function rolePay(pay: Role['pay'], scales: PayScales | undefined, today: string): PayFacts {
  const parts: string[] = [];
  let year = '';
  const afc = scales ? afcInForce(scales, today) : undefined;
  if (afc && pay.bands.length) {
    const text = bandsText(afc, pay.bands);
    if (text) {
      parts.push(`${text} (${afc.year}).`);
      year = afc.year;
    }
  }
  for (const id of pay.rates) {
    const rate = scales?.rates.find((r) => r.id === id);
    if (!rate) continue;
    const figure =
      rate.hourly !== undefined
        ? hourly(rate.hourly)
        : rate.annual
          ? `${pounds(rate.annual.from)}${rate.annual.to !== rate.annual.from ? ` to ${pounds(rate.annual.to)}` : ''} a year`
          : '';
    parts.push(`${rate.title}: ${figure} (${rate.year}).`);
    year ||= rate.year;
  }
  const floor = pay.floor ? scales?.wages.find((w) => w.id === pay.floor) : undefined;
  const floorRate = floor ? wageInForce(floor, today) : undefined;
  if (floor && floorRate && !pay.bands.length) {
    parts.push(`At least the ${floor.title}: ${hourly(floorRate.hourly)} (from ${monthYear(floorRate.effective)}).`);
    year ||= monthYear(floorRate.effective);
  }
  if (!parts.length) parts.push(pay.note ?? 'Pay varies by employer.');
  const facts: PayFacts = { text: parts.join(' '), year, simple: simplePay(pay, afc, floor ? floorRate : undefined) };
  if (pay.note && parts[0] !== pay.note) facts.note = pay.note;
  const london = londonText(pay, scales, afc, today);
  if (london) facts.london = london;
  return facts;
}

/** Pay in simple English: the figure, a year or an hour, and nothing else. */
function simplePay(pay: Role['pay'], afc: AfcYear | undefined, floor: { hourly: number } | undefined): string {
  const sorted = [...pay.bands].sort(byBand);
  const low = afc && sorted[0] ? afc.bands[sorted[0]] : undefined;
  const high = afc && sorted.at(-1) ? afc.bands[sorted.at(-1)!] : undefined;
  if (low && high) return low.from === high.to ? `You earn ${pounds(low.from)} a year.` : `You earn ${pounds(low.from)} to ${pounds(high.to)} a year.`;
  if (floor) return `You earn at least ${hourly(floor.hourly)}.`;
  return 'The employer decides the pay. Ask them.';
}

function londonText(pay: Role['pay'], scales: PayScales | undefined, afc: AfcYear | undefined, today: string): string | undefined {
  if (afc && pay.bands.length) return supplementText(afc);
  const llw = scales?.wages.find((w) => w.id === 'london-living-wage');
  const rate = llw ? wageInForce(llw, today) : undefined;
  if (!llw || !rate) return undefined;
  const voluntary = llw.legal_minimum ? '' : ' Employers choose whether to pay it.';
  return `The ${llw.title} is ${hourly(rate.hourly)} (from ${monthYear(rate.effective)}), for ${llw.applies_to}.${voluntary}`;
}
