/**
 * Counts by family × status, every non-zero count a link to that filter (the matrix doubles as navigation).
 */
import type { CheckFamily, CheckStatus } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';
import type { AuditReport } from '@/domain/audit/run-audit';

import type { AuditFilter, StatusFilter } from '../audit-filter';
import { FAMILIES, STATUS_LABELS, STATUS_ORDER } from '../audit-filter';

interface AuditMatrixProps {
  readonly report: AuditReport;
  readonly filter: AuditFilter;
  /** The href of a (family, status) filter, other filters cleared. */
  readonly hrefFor: (family: CheckFamily | null, status: StatusFilter) => string;
}

export function AuditMatrix({ report, filter, hrefFor }: AuditMatrixProps) {
  const plain = filter.table === null && filter.q === '';
  const cell = (family: CheckFamily | null, status: StatusFilter, n: number, label: string) => {
    const current = plain && filter.family === family && filter.status === status;
    const cls = status === 'fail' || status === 'warn' ? `n status-${status}` : 'n';
    if (n === 0) return <span className="zero">0</span>;
    return (
      <a
        className={cls}
        href={hrefFor(family, status)}
        aria-current={current ? 'true' : undefined}
        aria-label={`${label}：${n} 项`}
      >
        {n}
      </a>
    );
  };
  const total = (counts: Readonly<Record<CheckStatus, number>>) => counts.fail + counts.warn + counts.pass;
  return (
    <table className="audit-matrix">
      <caption>按类别统计（点数字筛选）</caption>
      <thead>
        <tr>
          <th scope="col">类别</th>
          {STATUS_ORDER.map((s) => (
            <th scope="col" key={s}>
              {STATUS_LABELS[s]}
            </th>
          ))}
          <th scope="col">合计</th>
        </tr>
      </thead>
      <tbody>
        {FAMILIES.map((f) => {
          const counts = report.byFamily[f];
          return (
            <tr key={f}>
              <th scope="row">{FAMILY_LABELS[f]}</th>
              {STATUS_ORDER.map((s) => (
                <td key={s}>{cell(f, s, counts[s], `${FAMILY_LABELS[f]} ${STATUS_LABELS[s]}`)}</td>
              ))}
              <td>{cell(f, 'all', total(counts), `${FAMILY_LABELS[f]} 全部`)}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">合计</th>
          {STATUS_ORDER.map((s) => (
            <td key={s}>{cell(null, s, report.counts[s], `全部类别 ${STATUS_LABELS[s]}`)}</td>
          ))}
          <td>{cell(null, 'all', total(report.counts), '全部检查')}</td>
        </tr>
      </tfoot>
    </table>
  );
}
