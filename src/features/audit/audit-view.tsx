/**
 * 勾稽检查: every accounting identity of the active document, checked exactly. Summary matrix, filters (status,
 * family, table, search), the list (problems in full, passing checks grouped by family), CSV export.
 * All view state is in the URL, so a copied link reopens exactly what was shown.
 */
import './audit-view.css';

import type { ReactNode } from 'react';
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';

import type { AuditCheck, CheckFamily, CheckStatus } from '@/domain/audit/core';
import type { AuditReport } from '@/domain/audit/run-audit';
import { saveCsv } from '@/components/download';
import { FAMILY_LABELS } from '@/domain/audit/core';
import { useRouteSort } from '@/store/route-sort';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import type { Route } from '@/store/route';
import { formatHash, withParams } from '@/store/route';
import { getAuditReport } from '@/store/audit-selectors';
import { selectActiveAccounts, selectActiveDocument } from '@/store/selectors';

import { checksToCsv } from './audit-csv';
import type { AuditFilter, StatusFilter } from './audit-filter';
import {
  countByStatus,
  FAMILIES,
  filterChecks,
  filterExceptStatus,
  filterToParams,
  parseAuditFilter,
  STATUS_FILTER_LABELS,
  STATUS_LABELS,
  STATUS_ORDER,
  tablesOf,
} from './audit-filter';
import { AuditFilters } from './components/audit-filters';
import { AuditMatrix } from './components/audit-summary';
import { CoveragePanel, CoverageVerdict } from './components/coverage-panel';
import { CheckTable } from './check-table';
import { CheckCard } from './components/check-card';
import { groupDecimal } from './source-excerpt';

/** Up to this many passing checks are listed flat; more are grouped by family, collapsed. */
const PASS_FLAT_LIMIT = 40;

const CLEARED: Partial<AuditFilter> = {
  status: 'problems',
  family: null,
  table: null,
  q: '',
  check: null,
};

function hrefWith(route: Route, changes: Partial<AuditFilter>): string {
  return formatHash(withParams(route, filterToParams(changes)));
}

export default function AuditView() {
  const accounts = useDashboardStore(selectActiveAccounts);
  const doc = useDashboardStore(selectActiveDocument);
  const route = useRoute();
  const unit = useDisplayUnit();
  const report = useMemo(() => (accounts ? getAuditReport(accounts) : null), [accounts]);
  const filter = useMemo(() => parseAuditFilter(route.params), [route.params]);
  // Typing in the search box stays responsive: the list follows a deferred copy of the filter.
  const deferred = useDeferredValue(filter);

  const facetChecks = useMemo(
    () => (report ? filterExceptStatus(report.checks, deferred) : []),
    [report, deferred],
  );
  const facet = useMemo(() => countByStatus(facetChecks), [facetChecks]);
  const shown = useMemo(() => (report ? filterChecks(report.checks, deferred) : []), [report, deferred]);
  const shownCounts = useMemo(() => countByStatus(shown), [shown]);
  const tables = useMemo(
    () =>
      report
        ? tablesOf(report.checks).map((n) => ({
            number: n,
            title: accounts?.tables.find((t) => t.number === n)?.title ?? '',
          }))
        : [],
    [report, accounts],
  );

  const selected = useMemo(
    () => (deferred.check && report ? (report.checks.find((c) => c.id === deferred.check) ?? null) : null),
    [deferred.check, report],
  );
  const selectedShown = selected !== null && shown.includes(selected);

  const navigate = useCallback(
    (changes: Partial<AuditFilter>, options?: { readonly replace?: boolean }) => {
      useDashboardStore
        .getState()
        .navigate(withParams(route, filterToParams(changes)), { replace: options?.replace ?? false });
    },
    [route],
  );
  const onFilterChange = useCallback(
    (changes: Partial<AuditFilter>, options?: { readonly replace?: boolean }) => {
      // A new filter closes the opened check, so the list shows what the filter says.
      navigate({ ...changes, check: null }, options);
    },
    [navigate],
  );

  // The opened check: scrolled to the top, and focused unless focus is already inside it (a link in it was used).
  useEffect(() => {
    if (!selected) return;
    const el = document.querySelector<HTMLElement>(
      `[data-check-id="${selected.id.replace(/["\\]/g, '\\$&')}"]`,
    );
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    if (!el.contains(document.activeElement)) el.focus({ preventScroll: true });
  }, [selected]);

  const tableSort = useRouteSort();
  const openCard = useCallback(
    (id: string) => formatHash(withParams(route, { ...filterToParams({ check: id }), layout: undefined })),
    [route],
  );

  if (!report || !accounts) return null;

  const cardProps = (c: AuditCheck) => {
    const isSelected = selected === c;
    return {
      check: c,
      selected: isSelected,
      compact: c.status === 'pass' && !isSelected,
      selfHref: hrefWith(route, { check: c.id }),
      ...(c.status === 'pass' ? { toggleHref: hrefWith(route, { check: isSelected ? null : c.id }) } : {}),
    };
  };

  // `layout=table`: the shown checks as one sortable, exportable table; a check's card opens from it.
  const asTable = route.params['layout'] === 'table' && selected === null;
  const byStatus = (s: CheckStatus) => shown.filter((c) => c.status === s);
  const passes = byStatus('pass');
  const grouped = deferred.family === null && passes.length > PASS_FLAT_LIMIT;
  const hiddenPasses = deferred.status === 'problems' ? facet.pass : 0;
  const fileName = `勾稽检查-${doc?.name.replace(/\.[^.]+$/, '') ?? 'document'}-${filter.status}${
    filter.family ? `-${filter.family}` : ''
  }${filter.table !== null ? `-表${filter.table}` : ''}.csv`;

  return (
    <section className="audit-view" aria-labelledby="audit-heading">
      <div className="audit-top">
        <div className="audit-intro">
          <h2 id="audit-heading">勾稽检查</h2>
          <p className="audit-doc">
            <span className="audit-doc-title">{accounts.meta.title}</span>
            <span className="audit-doc-file">文件：{doc?.name}</span>
          </p>
          <p className="audit-total">
            共 <strong>{report.checks.length}</strong> 项检查：
            <span className="status-fail">
              不符 <strong>{report.counts.fail}</strong>
            </span>
            ，
            <span className="status-warn">
              提示 <strong>{report.counts.warn}</strong>
            </span>
            ，
            <span className="status-pass">
              通过 <strong>{report.counts.pass}</strong>
            </span>
            。
          </p>
          <CoverageVerdict report={report} />
          <CoveragePanel report={report} />
          <KeyFindings report={report} hrefFor={(id) => hrefWith(route, { ...CLEARED, check: id })} />
          <p className="note">
            每项检查都按整数精确计算，列出算式与每个数字在原文中的位置。“不符”是原文自相矛盾之处；“提示”是模板允许或原文无法判定的情况；相差末位一个单位的标为“舍入量级”。金额按原文单位（
            {accounts.meta.unit}）：算式核对原文印出的数字
            {unit !== accounts.meta.unit ? `，不换算为所选的${unit}` : ''}。
          </p>
        </div>
        <AuditMatrix
          report={report}
          filter={filter}
          hrefFor={(family, status) => hrefWith(route, { ...CLEARED, family, status })}
        />
      </div>

      <AuditFilters
        filter={filter}
        facet={facet}
        tables={tables}
        statusHref={(status: StatusFilter) => hrefWith(route, { status, check: null })}
        clearHref={hrefWith(route, CLEARED)}
        onChange={onFilterChange}
      />

      <div className="audit-resultbar">
        <p role="status" className="audit-count">
          {STATUS_FILTER_LABELS[deferred.status]}
          {deferred.family ? ` · ${FAMILY_LABELS[deferred.family]}` : ''}
          {deferred.table !== null ? ` · 表${deferred.table}` : ''}
          {deferred.q ? ` · “${deferred.q}”` : ''}：显示 {shown.length} 项
          {shown.length > 0
            ? `（${STATUS_ORDER.filter((s) => shownCounts[s] > 0)
                .map((s) => `${STATUS_LABELS[s]} ${shownCounts[s]}`)
                .join('，')}）`
            : ''}
        </p>
        <div className="layout-switch" role="group" aria-label="显示方式">
          <a
            href={formatHash(withParams(route, { layout: undefined }))}
            aria-current={asTable ? undefined : 'true'}
          >
            卡片
          </a>
          <a
            href={formatHash(withParams(route, { layout: 'table' }))}
            aria-current={asTable ? 'true' : undefined}
          >
            表格
          </a>
        </div>
        {asTable ? null : (
          <button
            type="button"
            className="audit-export"
            disabled={shown.length === 0}
            onClick={() => {
              saveCsv(checksToCsv(shown), fileName);
            }}
          >
            导出 CSV（{shown.length} 项）
          </button>
        )}
      </div>

      {asTable && shown.length > 0 ? (
        <CheckTable
          checks={shown}
          hrefOf={openCard}
          {...tableSort}
          fileParts={[fileName.replace(/\.csv$/, '')]}
        />
      ) : null}

      {deferred.check !== null && selected === null ? (
        <p className="audit-missing" role="alert">
          没有编号为 “{deferred.check}” 的检查。
        </p>
      ) : null}

      {selected !== null && !selectedShown ? (
        <section className="audit-section" aria-labelledby="audit-selected-heading">
          <h3 id="audit-selected-heading">所选检查（不在当前筛选结果中）</h3>
          <CheckCard {...cardProps(selected)} />
        </section>
      ) : null}

      {shown.length === 0 ? (
        <p className="audit-empty">
          没有符合条件的检查。<a href={hrefWith(route, CLEARED)}>清除筛选</a>
        </p>
      ) : null}

      {(asTable ? [] : (['fail', 'warn'] as const)).map((s) => {
        const list = byStatus(s);
        if (list.length === 0) return null;
        return (
          <section key={s} className={`audit-section section-${s}`} aria-labelledby={`audit-${s}-heading`}>
            <h3 id={`audit-${s}-heading`}>
              {STATUS_LABELS[s]}（{list.length}）
            </h3>
            <ol className="check-list">
              {list.map((c) => (
                <li key={c.id}>
                  <CheckCard {...cardProps(c)} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}

      {passes.length > 0 && !asTable ? (
        <section className="audit-section section-pass" aria-labelledby="audit-pass-heading">
          <h3 id="audit-pass-heading">通过（{passes.length}）</h3>
          {grouped ? (
            <PassGroups
              passes={passes}
              filter={deferred}
              selected={selected}
              groupHref={(family, open) =>
                hrefWith(route, {
                  open: open ? [...filter.open, family] : filter.open.filter((f) => f !== family),
                  ...(open || selected?.family !== family ? {} : { check: null }),
                })
              }
              renderCard={(c) => <CheckCard {...cardProps(c)} headingLevel={5} />}
            />
          ) : (
            <ol className="check-list">
              {passes.map((c) => (
                <li key={c.id}>
                  <CheckCard {...cardProps(c)} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      {hiddenPasses > 0 ? (
        <p className="audit-hidden-passes">
          另有 {hiddenPasses} 项检查通过，未列出。
          <a href={hrefWith(route, { status: 'all', check: null })}>一并列出（按类别折叠）</a>
        </p>
      ) : null}
    </section>
  );
}

interface PassGroupsProps {
  readonly passes: readonly AuditCheck[];
  readonly filter: AuditFilter;
  readonly selected: AuditCheck | null;
  /** The link that opens (`open` true) or closes a family's group. */
  readonly groupHref: (family: CheckFamily, open: boolean) => string;
  readonly renderCard: (c: AuditCheck) => ReactNode;
}

/** Passing checks grouped by family; a group's checks render only when it is open (`open=` or the selected check). */
function PassGroups({ passes, filter, selected, groupHref, renderCard }: PassGroupsProps) {
  return (
    <ul className="pass-groups">
      {FAMILIES.map((f) => {
        const list = passes.filter((c) => c.family === f);
        if (list.length === 0) return null;
        const open =
          filter.open.includes(f) ||
          (selected !== null && selected.status === 'pass' && selected.family === f);
        const listId = `pass-group-${f}`;
        return (
          <li key={f} className={`pass-group${open ? ' is-open' : ''}`}>
            <h4 className="pass-group-head">
              <a
                href={groupHref(f, !open)}
                aria-expanded={open}
                {...(open ? { 'aria-controls': listId } : {})}
              >
                <span className="chevron" aria-hidden="true">
                  {open ? '▾' : '▸'}
                </span>
                {FAMILY_LABELS[f]}
                <span className="pass-group-count">通过 {list.length} 项</span>
              </a>
            </h4>
            {open ? (
              <ol id={listId} className="check-list">
                {list.map((c) => (
                  <li key={c.id}>{renderCard(c)}</li>
                ))}
              </ol>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The 不符 that are more than rounding, each a link to the check: what a reader should look at first. */
function KeyFindings({
  report,
  hrefFor,
}: {
  readonly report: AuditReport;
  readonly hrefFor: (id: string) => string;
}) {
  const fails = report.checks.filter((c) => c.status === 'fail');
  const large = fails.filter((c) => !c.roundingSized);
  if (fails.length === 0) return null;
  return (
    <div className="audit-key">
      <p>
        {fails.length} 项不符中，{fails.length - large.length} 项为舍入量级（相差末位一个单位）
        {large.length > 0 ? `；其余 ${large.length} 项：` : '。'}
      </p>
      {large.length > 0 ? (
        <ul>
          {large.map((c) => (
            <li key={c.id}>
              <a href={hrefFor(c.id)}>{c.message}</a>
              {c.difference ? (
                <span className="audit-key-diff">相差 {groupDecimal(c.difference)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
