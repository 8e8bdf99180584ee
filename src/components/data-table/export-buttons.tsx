/**
 * 导出 CSV / 导出 Excel, the same for every data table: exactly what is shown, in the shown unit. The XLSX writer
 * loads only when asked for. Presentational: props in.
 */
import { useState } from 'react';

import type { MoneyUnit } from '@/domain/money';

import { saveCsv, saveXlsx } from '../download';

import type { ShownTable } from './export';
import { buildCsv, buildSheetRows, exportFileName } from './export';

import './data-table.css';

interface ExportButtonsProps {
  /** Reads what is shown at the moment of the click. */
  readonly getShown: () => ShownTable;
  /** The unit amounts are written in (null when the table holds no amounts). */
  readonly unit: MoneyUnit | null;
  /** File name parts before the unit (`['表3', '支出决算表']` → `表3-支出决算表-万元.csv`). */
  readonly fileParts: readonly string[];
  /** The spreadsheet's sheet name (at most 31 characters are kept). */
  readonly sheetName: string;
  /** How many rows will be written, shown on the button (`导出 CSV（12 行）`); omitted when not given. */
  readonly rowCount?: number;
}

export function ExportButtons({ getShown, unit, fileParts, sheetName, rowCount }: ExportButtonsProps) {
  const count = rowCount === undefined ? '' : `（${rowCount} 行）`;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportXlsx = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await saveXlsx(buildSheetRows(getShown(), unit), sheetName, exportFileName(fileParts, unit, 'xlsx'));
    } catch (e) {
      setError(`无法生成 Excel 文件：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label="导出当前显示的内容">
      <button
        type="button"
        onClick={() => saveCsv(buildCsv(getShown(), unit), exportFileName(fileParts, unit, 'csv'))}
      >
        导出 CSV{count}
      </button>
      <button type="button" onClick={() => void exportXlsx()} disabled={busy} aria-busy={busy}>
        {busy ? '正在生成…' : `导出 Excel${count}`}
      </button>
      {error ? (
        <span role="alert" className="export-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
