/**
 * The one download helper of the app (tables, audit, 明细, 对比, scorecards, charts, the document collection): save a
 * Blob as a file through a temporary link, and write XLSX with `write-excel-file`, loaded with a dynamic import only
 * when the user asks for a spreadsheet (it is not part of the initial bundle). Works offline. NOTE touches the DOM.
 */
import type { SheetCell } from './data-table/export';

/** A file name without the characters file systems reject (`\ / : * ? " < > |`, white space). */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** Saves a Blob as `fileName` (made safe). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFileName(fileName);
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, so the download can start.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves CSV text (from the one writer, `@/domain/csv`). */
export function saveCsv(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** Saves JSON text. */
export function saveJson(text: string, fileName: string): void {
  saveBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), fileName);
}

/** Display width of a string in spreadsheet "characters": CJK counts double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Writes the rows as a one-sheet .xlsx and saves it. Amounts are written as numbers from their exact plain decimal
 * (`2812.11`): the file stores that decimal text, and the spreadsheet shows it with two decimals.
 */
export async function saveXlsx(
  rows: ReadonlyArray<readonly SheetCell[]>,
  sheetName: string,
  fileName: string,
): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = rows.map((row) =>
    row.map((cell) =>
      cell.kind === 'number'
        ? { type: Number, value: Number(cell.decimal), ...(cell.money ? { format: '#,##0.00' } : {}) }
        : cell.bold
          ? { type: String, value: cell.text, fontWeight: 'bold' as const, wrap: true }
          : { type: String, value: cell.text },
    ),
  );
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.min(
      48,
      Math.max(
        8,
        ...rows.map((r) => {
          const c = r[i];
          return c ? textWidth(c.kind === 'number' ? c.decimal : c.text) + 2 : 0;
        }),
      ),
    ),
  );
  const blob = await writeXlsxFile(data, {
    // Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
    sheet: sheetName.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || 'Sheet1',
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBlob();
  saveBlob(blob, fileName);
}
