/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF; a field holding a
 * comma, a double quote, a CR or an LF is wrapped in double quotes, and each double quote in
 * it is doubled. Pure: values in, text out (and back, for tests and readers of the downloads).
 */

/** What a cell may hold. Empty for undefined and null. */
export type Cell = string | number | boolean | undefined | null;

/** The byte order mark that tells spreadsheet programs (Excel) the file is UTF-8, so "£" shows as "£". */
export const BOM = '\uFEFF';

/** One field, quoted only when it must be. */
export function csvField(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: the header, then one line per row, each line ended by CRLF, with a BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;
  return BOM + line(header) + rows.map(line).join('');
}

/**
 * Reads CSV text back into rows of strings (a leading BOM is dropped). Accepts CRLF or LF
 * line ends and quoted fields across lines; throws on a stray quote, so a broken file fails
 * loudly in tests.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new Error(`CSV: text after a closing quote at character ${i}`);
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (!atFieldStart) throw new Error(`CSV: a quote inside an unquoted field at character ${i}`);
      quoted = true;
      atFieldStart = false;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (quoted) throw new Error('CSV: a quoted field is never closed');
  if (!atFieldStart || field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
