/**
 * The filter bar: status as links (each with its count under the other filters), family and table as selects,
 * and a search field. Every control writes the URL; nothing is kept elsewhere.
 */
import { useId } from 'react';

import type { CheckFamily, CheckStatus } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';

import type { AuditFilter, StatusFilter } from '../audit-filter';
import { FAMILIES, STATUS_FILTER_LABELS, STATUS_FILTERS } from '../audit-filter';

interface AuditFiltersProps {
  readonly filter: AuditFilter;
  /** Counts by status of the checks matching family, table and search. */
  readonly facet: Readonly<Record<CheckStatus, number>>;
  readonly tables: ReadonlyArray<{ readonly number: number; readonly title: string }>;
  readonly statusHref: (status: StatusFilter) => string;
  readonly clearHref: string;
  readonly onChange: (changes: Partial<AuditFilter>, options?: { readonly replace?: boolean }) => void;
}

function facetCount(facet: Readonly<Record<CheckStatus, number>>, s: StatusFilter): number {
  if (s === 'all') return facet.fail + facet.warn + facet.pass;
  if (s === 'problems') return facet.fail + facet.warn;
  return facet[s];
}

export function AuditFilters({ filter, facet, tables, statusHref, clearHref, onChange }: AuditFiltersProps) {
  const id = useId();
  const filtered =
    filter.status !== 'problems' || filter.family !== null || filter.table !== null || filter.q !== '';
  return (
    <form
      className="audit-filters"
      role="search"
      aria-label="筛选检查"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <div className="audit-status-group" role="group" aria-labelledby={`${id}-status`}>
        <span id={`${id}-status`} className="audit-filter-label">
          结果
        </span>
        <ul>
          {STATUS_FILTERS.map((s) => (
            <li key={s}>
              <a
                href={statusHref(s)}
                className={`status-link sl-${s}`}
                aria-current={filter.status === s ? 'true' : undefined}
              >
                {STATUS_FILTER_LABELS[s]} <span className="count">{facetCount(facet, s)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="audit-fields">
        <label className="audit-field">
          <span className="audit-filter-label">类别</span>
          <select
            value={filter.family ?? ''}
            onChange={(e) => {
              onChange({ family: (e.target.value || null) as CheckFamily | null });
            }}
          >
            <option value="">全部类别</option>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {FAMILY_LABELS[f]}
              </option>
            ))}
          </select>
        </label>
        <label className="audit-field">
          <span className="audit-filter-label">涉及表</span>
          <select
            value={filter.table === null ? '' : String(filter.table)}
            onChange={(e) => {
              onChange({ table: e.target.value ? Number(e.target.value) : null });
            }}
          >
            <option value="">全部表与说明</option>
            {tables.map((t) => (
              <option key={t.number} value={String(t.number)}>
                表{t.number} {t.title}
              </option>
            ))}
          </select>
        </label>
        <label className="audit-field audit-search">
          <span className="audit-filter-label">搜索</span>
          <input
            type="search"
            value={filter.q}
            placeholder="编号、说明、算式或位置"
            onChange={(e) => {
              // The first keystroke adds a history entry; the rest of the typing replaces it.
              onChange({ q: e.target.value }, { replace: filter.q !== '' });
            }}
          />
        </label>
        {filtered ? (
          <a className="audit-clear" href={clearHref}>
            清除筛选
          </a>
        ) : null}
      </div>
    </form>
  );
}
