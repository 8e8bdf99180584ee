/**
 * The current drill level as a table (the chart's accessible alternative): each item's figure with its provenance,
 * its share of the parent, the row's other printed columns, the 名词解释 of each 项, and a link that opens the
 * printed table with the row highlighted. An item's name drills into it (or selects a 项).
 */
import type { MouseEvent } from 'react';
import { useEffect, useRef } from 'react';

import { Amount } from '@/components/amount';
import { useDocumentContext } from '@/components/document-context';
import type { DrillLevel, DrillNode, DrillTree } from '@/domain/drill';
import type { GlossaryEntry } from '@/domain/final-accounts.types';
import type { MoneyUnit } from '@/domain/money';
import { formatFen, formatPercent } from '@/domain/money';

import type { FocusRequest } from '@/components/bar-list-chart';
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
}

function NodeAmount({ node, tree }: { readonly node: DrillNode; readonly tree: DrillTree }) {
  if (node.fen === null) return <span className="drill-blank">空白</span>;
  return (
    <Amount
      fen={node.fen}
      unit={tree.unit}
      label={`${nodeLabel(node)} ${tree.column}`}
      {...(node.place ? { place: node.place } : {})}
      {...(node.derived ? { derived: node.derived } : {})}
    />
  );
}

const shortHeader = (header: string): string => header.split('/').pop() ?? header;

export function LevelTable({
  tree,
  level,
  unit,
  definitions,
  childLevel,
  onActivate,
  focusRequest,
}: LevelTableProps) {
  const ctx = useDocumentContext();
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const el = ref.current?.querySelector<HTMLButtonElement>(
      `button[data-id="${CSS.escape(focusRequest.id)}"]`,
    );
    el?.focus();
  }, [focusRequest]);

  const parentLabel = nodeLabel(level.parent);
  const extra = tree.mode === 'function' ? tree.columns.filter((c) => c.header !== tree.column) : [];
  const click = (e: MouseEvent<HTMLButtonElement>, id: string): void =>
    onActivate(id, e.detail === 0 ? 'keyboard' : 'pointer', 'table');

  const row = (node: DrillNode, share: string | null, drillable: boolean) => {
    const def = definitions.get(node.code ?? '');
    const selected = level.selected?.id === node.id;
    return (
      <tr
        key={node.id}
        className={selected ? 'selected' : undefined}
        aria-current={selected ? 'true' : undefined}
      >
        <th scope="row" className="drill-name">
          <button
            type="button"
            className="link-button"
            data-id={node.id}
            onClick={(e) => click(e, node.id)}
            aria-label={`${nodeLabel(node)}：${drillable ? `查看下级${node.children[0]?.level ?? ''}` : '选中'}`}
          >
            {nodeLabel(node)}
          </button>
          {def ? (
            <span className="drill-def">
              名词解释：{def.definition}
              <span className="drill-def-line">（第 {def.line} 行）</span>
            </span>
          ) : null}
        </th>
        <td className="num">
          <NodeAmount node={node} tree={tree} />
        </td>
        <td className="num">{share ?? '—'}</td>
        {extra.map((c) => {
          const cell = node.cells.find((x) => x.column === c.index);
          return (
            <td key={c.index} className="num">
              {cell ? (
                <Amount
                  fen={cell.fen}
                  unit={tree.unit}
                  label={`${nodeLabel(node)} ${shortHeader(c.header)}`}
                  place={{ table: tree.table, row: nodeLabel(node), column: c.header, line: cell.line }}
                />
              ) : (
                <span className="drill-blank">空白</span>
              )}
            </td>
          );
        })}
        <td className="source-link">
          {node.line !== null ? (
            <a
              href={ctx.tableHref(tree.table, node.line)}
              aria-label={`在表${tree.table}中查看 ${nodeLabel(node)}（第 ${node.line} 行）`}
            >
              表{tree.table} 第{node.line}行
            </a>
          ) : (
            <span className="drill-blank">未印出</span>
          )}
        </td>
      </tr>
    );
  };

  return (
    <div className="panel drill-level">
      <h3 className="drill-level-title" id="drill-level-title">
        本层：{parentLabel} 的{childLevel}（表{tree.table}，单位：{unit}）
      </h3>
      <div className="table-scroll">
        <table
          className="plain-table drill-table"
          ref={ref}
          data-testid="drill-table"
          aria-labelledby="drill-level-title"
        >
          <thead>
            <tr>
              <th scope="col">科目</th>
              <th scope="col" className="num">
                {shortHeader(tree.column)}
              </th>
              <th scope="col" className="num">
                占上级
              </th>
              {extra.map((c) => (
                <th scope="col" className="num" key={c.index}>
                  {shortHeader(c.header)}
                </th>
              ))}
              <th scope="col">原表</th>
            </tr>
          </thead>
          <tbody>
            {level.items.map((i) =>
              row(i.node, i.share ? formatPercent(i.share.num, i.share.den, 1) : null, i.drillable),
            )}
          </tbody>
          <tfoot>
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
                  <a href={ctx.tableHref(tree.table, level.parent.line)}>
                    表{tree.table} 第{level.parent.line}行
                  </a>
                ) : null}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
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
                    <a href={ctx.tableHref(tree.table, n.line)}>
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
  readonly unit: MoneyUnit;
  readonly definition: GlossaryEntry | null;
}

/** The selected 项 (or 款 of 表6): its figure, share, definition, and links to its printed row. */
export function SelectedItem({ tree, level, unit, definition }: SelectedItemProps) {
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
        {shortHeader(tree.column)}：<NodeAmount node={node} tree={tree} /> {unit}
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
