/**
 * Checks on pay: content/pay-scales.yaml is the one home of every figure, so roles only point
 * at it; no figure may be under the legal minimum in force; figures from a replaced pay
 * year are flagged; pay years must be plausible and wage rates already in force. Pure:
 * content and today in, issues out.
 */
import type { ContentIssue } from '../content/issues.ts';
import type { ParsedContent } from '../content/parse.ts';
import { nearestIds } from '../content/suggest.ts';
import { afcInForce, legalMinimum, monthYear } from '../graph/pay.ts';

const FILE = 'content/pay-scales.yaml';
/** Full-time hours a year on Agenda for Change (37.5 hours a week, 52.143 weeks). */
export const AFC_HOURS_A_YEAR = 37.5 * (365 / 7);

const error = (file: string, field: string, message: string, fix: string): ContentIssue => ({ file, field, message, fix, severity: 'error' });

/** The first pay year the site may show figures for. */
export const FIRST_PAY_YEAR = 2020;

/** The first calendar year of the pay year (April to March) that `today` falls in: 2026 for 2026-11-30 and for 2027-03-31. */
export function payYearStart(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) >= '04' ? year : year - 1;
}

const payYearText = (start: number) => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

/** An issue for a pay year before 2020 or more than one pay year after the one in force today, or undefined. */
function implausiblePayYear(field: string, year: string, today: string): ContentIssue | undefined {
  const start = Number(year.slice(0, 4));
  const current = payYearStart(today);
  const fix = 'check the year in the source and write the pay year the figures are for';
  if (start < FIRST_PAY_YEAR)
    return error(FILE, field, `"${year}" is before ${FIRST_PAY_YEAR}/21: too old to show as pay today`, `${fix}, or remove the old figures`);
  if (start > current + 1)
    return error(
      FILE,
      field,
      `"${year}" is more than one pay year after the one in force today (${payYearText(current)})`,
      `${fix} (at most ${payYearText(current + 1)})`,
    );
  return undefined;
}

export function payChecks(content: ParsedContent, options: { today: string }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const scales = content.payScales;
  if (!scales) {
    if (!content.issues.some((i) => i.file === FILE))
      issues.push(
        error(
          FILE,
          '(file)',
          'the pay scales file is missing',
          'add content/pay-scales.yaml with the Agenda for Change bands and wages (see docs/content-guide.md)',
        ),
      );
    return issues;
  }
  const { today } = options;
  const afc = afcInForce(scales, today);
  const minimum = legalMinimum(scales, today);

  const implausible = [
    ...scales.agenda_for_change.map((y, i) => implausiblePayYear(`agenda_for_change[${i}].year`, y.year, today)),
    ...scales.rates.map((r, i) => implausiblePayYear(`rates[${i}].year`, r.year, today)),
    // Wage rates are announced months ahead (the National Living Wage in November for April):
    // a rate may be added up to a year before it takes effect; pages show only the one in force.
    ...scales.wages.flatMap((w, i) =>
      w.rates.map((r, j) =>
        r.effective > `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`
          ? error(
              FILE,
              `wages[${i}].rates[${j}].effective`,
              `${r.effective} is more than a year after today (${today})`,
              'add a rate once it has been announced, at most a year before it takes effect, with the date it takes effect',
            )
          : undefined,
      ),
    ),
  ];
  issues.push(...implausible.filter((i) => i !== undefined));
  scales.agenda_for_change.forEach((y, i) => {
    const [start, end] = y.year.split('/').map(Number) as [number, number];
    if ((start + 1) % 100 !== end)
      issues.push(
        error(
          FILE,
          `agenda_for_change[${i}].year`,
          `"${y.year}" is not a pay year`,
          `write two years in a row, like ${start}/${String((start + 1) % 100).padStart(2, '0')}`,
        ),
      );
    if (y.effective > today && y.effective.slice(0, 4) > String(Number(today.slice(0, 4)) + 1))
      issues.push(
        error(FILE, `agenda_for_change[${i}].effective`, `${y.effective} is more than a year in the future`, 'give the date the figures took effect'),
      );
  });
  scales.rates.forEach((r, i) => {
    if (minimum && r.hourly !== undefined && r.hourly < minimum.hourly)
      issues.push(
        error(
          FILE,
          `rates[${i}].hourly`,
          `£${r.hourly.toFixed(2)} an hour is under the ${minimum.title} in force (£${minimum.hourly.toFixed(2)} from ${monthYear(minimum.effective)})`,
          'find a figure for the current pay year, or remove this rate and the roles that point at it',
        ),
      );
    if (afc && r.year < afc.year)
      issues.push({
        file: FILE,
        field: `rates[${i}].year`,
        message: `the figure "${r.id}" is for ${r.year}, a pay year that ${afc.year} has replaced`,
        fix: `find the ${afc.year} figure in the source and update it, with its year`,
        severity: 'warning',
      });
  });
  if (afc && minimum) {
    for (const [band, range] of Object.entries(afc.bands)) {
      const perHour = range.from / AFC_HOURS_A_YEAR;
      if (perHour < minimum.hourly)
        issues.push(
          error(
            FILE,
            `agenda_for_change(${afc.year}).bands.${band}.from`,
            `£${range.from} a year is £${perHour.toFixed(2)} an hour, under the ${minimum.title} (£${minimum.hourly.toFixed(2)})`,
            `check the ${afc.year} figure in the source`,
          ),
        );
    }
  }

  const rateIds = scales.rates.map((r) => r.id);
  const wageIds = scales.wages.map((w) => w.id);
  for (const r of content.roles) {
    const pay = r.data.pay;
    pay.bands.forEach((b, i) => {
      if (afc && !afc.bands[b])
        issues.push(
          error(
            r.file,
            `pay.bands[${i}]`,
            `Band ${b} is not in the ${afc.year} pay scales`,
            `use a band listed in ${FILE} (${Object.keys(afc.bands).join(', ')}), or add it there`,
          ),
        );
    });
    pay.rates.forEach((id, i) => {
      if (!rateIds.includes(id)) {
        const near = nearestIds(id, rateIds);
        issues.push(
          error(
            r.file,
            `pay.rates[${i}]`,
            `"${id}" is not a rate in ${FILE}`,
            `${near.length ? `did you mean "${near[0]}"? ` : ''}use an id from the \`rates\` of ${FILE}`,
          ),
        );
      }
    });
    if (pay.floor && !wageIds.includes(pay.floor))
      issues.push(error(r.file, 'pay.floor', `"${pay.floor}" is not a wage in ${FILE}`, `use one of: ${wageIds.join(', ') || '(none listed)'}`));
    if (pay.note && /£\s?\d/.test(pay.note))
      issues.push(
        error(
          r.file,
          'pay.note',
          'the note gives a £ figure',
          `figures live in ${FILE}: point at a band (\`bands\`) or a rate (\`rates\`), and say the rest in words`,
        ),
      );
  }
  return issues;
}
