/**
 * 决算表: the nine tables of the active document, as printed (title, 部门, 单位, grouped headers with 栏次, rows in
 * printed order, notes and identities, the empty-table statement) and interactive where the rows are coded.
 * Everything the view shows is in the URL: `#/tables/<n>?q=&sort=&hide=&collapsed=&hl=&layout=&unit=`.
 */
import './tables-view.css';

import { useMemo } from 'react';

import { TableNotes } from '@/components/data-table/table-notes';
import type { FinalAccountsTable, SourceText } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';
import { useDashboardStore } from '@/store';
import { useDisplayUnit, useRoute } from '@/store/route-context';
import type { Route } from '@/store/route';
import { formatHash, routeTo, withParams } from '@/store/route';
import { selectActiveAccounts } from '@/store/selectors';

import { getGrid, hasColumnGroups, layoutOf } from './layouts';
import { StaticTable } from './static-table';
import { TablePicker } from './table-picker';
import { TreeTable } from './tree-table';
import type { TableViewParams } from './view-state';
import { parseTableViewParams, pickTable, shortTitle } from './view-state';

const TITLE_ID = 'table-title';

/** Notes as printed, plus any identity printed on a line the notes do not already hold. */
function notesOf(table: FinalAccountsTable): readonly SourceText[] {
  const lines = new Set(table.notes.map((n) => n.line));
  const extra = table.identities
    .filter((i) => !lines.has(i.line))
    .map((i) => ({ text: i.text, line: i.line }));
  return [...table.notes, ...extra].sort((a, b) => a.line - b.line);
}

function LayoutSwitch({
  route,
  layout,
}: {
  readonly route: Route;
  readonly layout: TableViewParams['layout'];
}) {
  return (
    <div className="layout-switch" role="group" aria-label="表格版式">
      <a
        href={formatHash(withParams(route, { layout: undefined }))}
        aria-current={layout === null ? 'true' : undefined}
      >
        列表（可排序、搜索）
      </a>
      <a
        href={formatHash(withParams(route, { layout: 'print' }))}
        aria-current={layout === 'print' ? 'true' : undefined}
      >
        原表版式
      </a>
    </div>
  );
}

function TableBody({
  table,
  view,
  route,
  unit,
}: {
  readonly table: FinalAccountsTable;
  readonly view: TableViewParams;
  readonly route: Route;
  readonly unit: MoneyUnit;
}) {
  const short = shortTitle(table.title);
  const layout = layoutOf(table);
  if (layout === 'tree') {
    const switcher = hasColumnGroups(table) ? <LayoutSwitch route={route} layout={view.layout} /> : null;
    if (switcher && view.layout === 'print') {
      return (
        <StaticTable
          table={table}
          grid={getGrid(table, 'print')}
          unit={unit}
          hl={view.hl}
          titleId={TITLE_ID}
          shortTitle={short}
          toolbarExtra={switcher}
        />
      );
    }
    return (
      <TreeTable
        table={table}
        view={view}
        unit={unit}
        titleId={TITLE_ID}
        shortTitle={short}
        toolbarExtra={switcher}
      />
    );
  }
  return (
    <StaticTable
      table={table}
      grid={getGrid(table, layout)}
      unit={unit}
      hl={view.hl}
      titleId={TITLE_ID}
      shortTitle={short}
    />
  );
}

export default function TablesView() {
  const accounts = useDashboardStore(selectActiveAccounts);
  const route = useRoute();
  const unit = useDisplayUnit();
  const view = useMemo(() => parseTableViewParams(route.path, route.params), [route.path, route.params]);
  if (!accounts) return null;
  const table = pickTable(accounts.tables, view.tableNo, view.hl);
  if (!table) {
    return (
      <section className="tables-view">
        <h2>决算表</h2>
        <p className="note">这份文件中没有识别到决算表。</p>
      </section>
    );
  }
  // A link to the title, 部门 or 单位 line (or the printed header) marks the title block.
  const headLines = [table.titleLine, table.department?.line, table.unitLine, ...table.headerLines];
  const headHighlighted = view.hl !== null && headLines.includes(view.hl);
  const sourceHref = (line: number): string =>
    formatHash(routeTo('source', [], { line: String(line) }, route));
  return (
    <section className="tables-view" aria-labelledby={TITLE_ID}>
      <TablePicker tables={accounts.tables} current={table.number} route={route} />
      <header className={headHighlighted ? 'table-head is-highlighted' : 'table-head'}>
        <h2 id={TITLE_ID}>
          {table.title}
          <a className="line-ref" href={sourceHref(table.titleLine)}>
            原文第 {table.titleLine} 行
          </a>
        </h2>
        <p className="table-meta">
          {table.department ? <span>部门：{table.department.text}</span> : null}
          <span data-testid="table-unit">
            单位：{unit}
            {unit !== table.unit ? <span className="note">（原表单位：{table.unit}）</span> : null}
          </span>
        </p>
      </header>
      <TableBody key={table.number} table={table} view={view} route={route} unit={unit} />
      <TableNotes
        notes={notesOf(table)}
        emptyStatement={table.emptyStatement}
        highlightLine={view.hl}
        sourceHref={sourceHref}
      />
    </section>
  );
}
