/** 导出 CSV / 导出 Excel: exactly what is shown, in the shown unit. The XLSX writer loads only when asked for. */
import { useState } from 'react';

import type { MoneyUnit } from '@/domain/money';

import { saveCsv, saveXlsx } from './download';
import type { ShownTable } from './export';
import { buildCsv, buildSheetRows, exportFileName } from './export';

interface ExportButtonsProps {
  /** Reads what is shown at the moment of the click. */
  readonly getShown: () => ShownTable;
  readonly unit: MoneyUnit;
  readonly tableNo: number;
  readonly shortTitle: string;
}

export function ExportButtons({ getShown, unit, tableNo, shortTitle }: ExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exportXlsx = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await saveXlsx(
        buildSheetRows(getShown(), unit),
        `表${tableNo}`,
        exportFileName(tableNo, shortTitle, unit, 'xlsx'),
      );
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
        onClick={() => saveCsv(buildCsv(getShown(), unit), exportFileName(tableNo, shortTitle, unit, 'csv'))}
      >
        导出 CSV
      </button>
      <button type="button" onClick={() => void exportXlsx()} disabled={busy} aria-busy={busy}>
        {busy ? '正在生成…' : '导出 Excel'}
      </button>
      {error ? (
        <span role="alert" className="export-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
