/**
 * The current drill level as a table (the chart's accessible alternative): each item's figure with its provenance,
 * its share of the parent, the row's other printed columns, the 名词解释 of each 项, and a link that opens the
 * printed table with the row highlighted. An item's name drills into it (or selects a 项).
 */
import type { MouseEvent } from 'react';
import { useEffect, useMemo, useRef } from 'react';

import { Amount } from '@/components/amount';
import type { ShownCell } from '@/components/data-table/export';
import { useDocumentContext } from '@/components/document-context';
import type { DrillLevel, DrillNode, DrillTree } from '@/domain/drill';
import type { GlossaryEntry } from '@/domain/final-accounts.types';
import type { Fen, MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent } from '@/domain/money';

import type { FocusRequest } from '@/components/bar-list-chart';
import type { DataColumn, TableSort } from '@/lib/data-table';
import { DataTable } from '@/lib/data-table';
import { nodeLabel } from './drill-format';

interface LevelTableProps {
  readonly tree: DrillTree;
  readonly level: DrillLevel;
  readonly unit: MoneyUnit;
  readonly definitions: ReadonlyMap<string, GlossaryEntry>;
  readonly childLevel: string;
  readonly onActivate: (id: string, how: 'pointer' | 'keyboard', from: 'chart' | 'table') => void;
  /** Move focus to an item's button once the level is drawn. */
  readonly focusRequest: FocusRequest | null;
  /** The level's sort (the URL's `sort=`), and its change. */
  readonly sort: TableSort | null;
  readonly onSortChange: (sort: TableSort | null) => void;
}

function NodeAmount({
  node,
  tree,
  withUnit = false,
}: {
  readonly node: DrillNode;
  readonly tree: DrillTree;
  readonly withUnit?: boolean;
}) {
  if (node.fen === null) return <span className="drill-blank">空白</span>;
  return (
    <Amount
      fen={node.fen}
      unit={tree.unit}
      showUnit={withUnit}
      label={`${nodeLabel(node)} ${tree.column}`}
      {...(node.place ? { place: node.place } : {})}
      {...(node.derived ? { derived: node.derived } : {})}
    />
  );
}

const shortHeader = (header: string): string => header.split('/').pop() ?? header;

type LevelRow = DrillLevel['items'][number];

/** An export cell of a Fen figure (blank when the table prints none). */
const amountCell = (fen: Fen | null | undefined): ShownCell =>
  fen === null || fen === undefined ? { kind: 'blank' } : { kind: 'amount', fen };

export function LevelTable({
  tree,
  level,
  unit,
  definitions,
  childLevel,
  onActivate,
  focusRequest,
  sort,
  onSortChange,
}: LevelTableProps) {
  const ctx = useDocumentContext();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const el = ref.current?.querySelector<HTMLButtonElement>(
      `button[data-id="${CSS.escape(focusRequest.id)}"]`,
    );
    el?.focus();
  }, [focusRequest]);

  const parentLabel = nodeLabel(level.parent);
  const extra = useMemo(
    () => (tree.mode === 'function' ? tree.columns.filter((c) => c.header !== tree.column) : []),
    [tree],
  );
  const { tableHref } = ctx;
  const selectedId = level.selected?.id ?? null;

  const columns = useMemo((): DataColumn<LevelRow>[] => {
    const drill = (e: MouseEvent<HTMLButtonElement>, id: string): void =>
      onActivate(id, e.detail === 0 ? 'keyboard' : 'pointer', 'table');
    return [
      {
        id: 'name',
        header: '科目',
        kind: 'name',
        rowHeader: true,
        className: 'drill-name',
        sortValue: (i) => i.node.code ?? nodeLabel(i.node),
        cell: (i) => {
          const def = definitions.get(i.node.code ?? '');
          const action = i.drillable ? `查看下级${i.node.children[0]?.level ?? ''}` : '选中';
          return (
            <>
              <button
                type="button"
                className={`drill-button${i.drillable ? '' : ' is-leaf'}`}
                data-id={i.node.id}
                onClick={(e) => drill(e, i.node.id)}
                aria-label={`${nodeLabel(i.node)}：${action}`}
                title={action}
              >
                <span>{nodeLabel(i.node)}</span>
                <span className="drill-chevron" aria-hidden="true">
                  {i.drillable ? '›' : '•'}
                </span>
              </button>
              {def ? (
                <span className="drill-def">
                  名词解释：{def.definition}
                  <span className="drill-def-line">（第 {def.line} 行）</span>
                </span>
              ) : null}
            </>
          );
        },
        exportCell: (i) => ({ kind: 'text', text: nodeLabel(i.node) }),
      },
      {
        id: 'amount',
        header: shortHeader(tree.column),
        kind: 'amount',
        sortValue: (i) => i.node.fen,
        cell: (i) => <NodeAmount node={i.node} tree={tree} />,
        exportCell: (i) => amountCell(i.node.fen),
      },
      {
        id: 'share',
        header: '占上级',
        kind: 'number',
        sortValue: (i) => (i.share ? i.share.num / i.share.den : null),
        cell: (i) => (i.share ? formatPercent(i.share.num, i.share.den, 1) : '—'),
        exportCell: (i) =>
          i.share ? { kind: 'text', text: formatPercent(i.share.num, i.share.den, 1) } : { kind: 'blank' },
      },
      ...extra.map((c): DataColumn<LevelRow> => ({
        id: `c${c.index}`,
        header: shortHeader(c.header),
        kind: 'amount',
        sortValue: (i) => i.node.cells.find((x) => x.column === c.index)?.fen ?? null,
        cell: (i) => {
          const cell = i.node.cells.find((x) => x.column === c.index);
          return cell ? (
            <Amount
              fen={cell.fen}
              unit={tree.unit}
              label={`${nodeLabel(i.node)} ${shortHeader(c.header)}`}
              place={{ table: tree.table, row: nodeLabel(i.node), column: c.header, line: cell.line }}
            />
          ) : (
            <span className="drill-blank">空白</span>
          );
        },
        exportCell: (i) => amountCell(i.node.cells.find((x) => x.column === c.index)?.fen),
      })),
      {
        id: 'source',
        header: '原表',
        kind: 'text',
        className: 'source-link',
        cell: (i) =>
          i.node.line !== null ? (
            <a
              href={tableHref(tree.table, i.node.line)}
              aria-label={`在表${tree.table}中查看 ${nodeLabel(i.node)}（第 ${i.node.line} 行）`}
            >
              表{tree.table} 第{i.node.line}行
            </a>
          ) : (
            <span className="drill-blank">未印出</span>
          ),
        exportCell: (i) =>
          i.node.line !== null
            ? { kind: 'text', text: `表${tree.table} 第${i.node.line}行` }
            : { kind: 'blank' },
      },
    ];
  }, [tree, extra, definitions, onActivate, tableHref]);

  return (
    <div className="panel drill-level" ref={ref}>
      <h3 className="drill-level-title" id="drill-level-title">
        本层：{parentLabel} 的{childLevel}（表{tree.table}，单位：{unit}）
      </h3>
      <p className="drill-how" id="drill-how">
        <span className="drill-chevron" aria-hidden="true">
          ›
        </span>{' '}
        点科目名称查看下级（项目则选中它）；点带虚线的金额查看它的来源：表、行、栏与原文行。
      </p>
      <DataTable
        rows={level.items}
        columns={columns}
        getRowId={(i) => i.node.id}
        labelledBy="drill-level-title"
        sort={sort}
        onSortChange={onSortChange}
        unit={unit}
        exportAs={{
          fileParts: [`表${tree.table}`, parentLabel, childLevel],
          sheetName: `${parentLabel}的${childLevel}`,
        }}
        rowClassName={(i) => (i.node.id === selectedId ? 'selected' : undefined)}
        rowProps={(i) => (i.node.id === selectedId ? { 'aria-current': 'true' } : {})}
        testId="drill-table"
        className="drill-table"
        stackOnPhone
        footer={
          <tr>
            <th scope="row">本级：{parentLabel}</th>
            <td className="num">
              <NodeAmount node={level.parent} tree={tree} />
            </td>
            <td className="num">{level.parent.fen !== null ? '100%' : '—'}</td>
            {extra.map((c) => {
              const cell = level.parent.cells.find((x) => x.column === c.index);
              return (
                <td key={c.index} className="num">
                  {cell ? formatFen(cell.fen, unit) : ''}
                </td>
              );
            })}
            <td className="source-link">
              {level.parent.line !== null ? (
                <a href={tableHref(tree.table, level.parent.line)}>
                  表{tree.table} 第{level.parent.line}行
                </a>
              ) : null}
            </td>
          </tr>
        }
      />
      {level.difference !== null && level.difference !== 0 ? (
        <p className="drill-note status-warn" role="note">
          下级合计 {formatFen(level.childrenSum, unit)} {unit}，与本级{' '}
          {formatFen(level.parent.fen ?? level.childrenSum, unit)} {unit} 相差{' '}
          {formatFen(level.difference, unit)} {unit}（原表如此，未作更正）。
        </p>
      ) : null}
      {level.blanks.length > 0 ? (
        <details className="drill-blanks">
          <summary>
            本层另有 {level.blanks.length} 个科目在“{shortHeader(tree.column)}”栏为空白（空白不是零）
          </summary>
          <ul>
            {level.blanks.map((n) => (
              <li key={n.id}>
                {nodeLabel(n)}
                {n.line !== null ? (
                  <>
                    {' '}
                    ·{' '}
                    <a href={tableHref(tree.table, n.line)}>
                      表{tree.table} 第{n.line}行
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

interface SelectedItemProps {
  readonly tree: DrillTree;
  readonly level: DrillLevel;
  readonly definition: GlossaryEntry | null;
}

/** The selected 项 (or 款 of 表6): its figure, share, definition, and links to its printed row. */
export function SelectedItem({ tree, level, definition }: SelectedItemProps) {
  const ctx = useDocumentContext();
  const node = level.selected;
  if (!node) return null;
  const item = level.items.find((i) => i.node.id === node.id);
  return (
    <section
      className="panel drill-selected"
      aria-labelledby="drill-selected-heading"
      data-testid="drill-selected"
    >
      <h3 id="drill-selected-heading">已选中：{nodeLabel(node)}</h3>
      <p>
        {shortHeader(tree.column)}：<NodeAmount node={node} tree={tree} withUnit />
        {item?.share
          ? `，占${nodeLabel(level.parent)} ${formatPercent(item.share.num, item.share.den, 1)}`
          : ''}
      </p>
      {definition ? (
        <p>
          <strong>名词解释：</strong>
          {definition.definition}（第 {definition.line} 行）
        </p>
      ) : null}
      {node.line !== null ? (
        <p>
          <a href={ctx.tableHref(tree.table, node.line)}>在表{tree.table}中查看此行（高亮）</a> ·{' '}
          <a href={ctx.sourceHref(node.line)}>原文第 {node.line} 行</a>
        </p>
      ) : null}
    </section>
  );
}
