/**
 * A card's indicators as a WAI-ARIA tree (一级 → 二级 → 三级): roving tabindex; ↑/↓ move, → opens or enters, ← closes
 * or goes to the parent, Home/End jump. Lost points are highlighted; unprinted values say so.
 */
import type { KeyboardEvent } from 'react';
import { useMemo, useRef, useState } from 'react';

import type { Scorecard } from '@/domain/final-accounts.types';
import type { Level1Node } from '@/domain/scorecards';
import { decimalText, indicatorPoints, indicatorTree, lostOn } from '@/domain/scorecards';

interface Item {
  readonly key: string;
  readonly level: 1 | 2 | 3;
  readonly parent: string | null;
  readonly hasChildren: boolean;
}

function flatten(tree: readonly Level1Node[], open: ReadonlySet<string>): Item[] {
  const out: Item[] = [];
  for (const l1 of tree) {
    const k1 = `1:${l1.name}`;
    out.push({ key: k1, level: 1, parent: null, hasChildren: l1.children.length > 0 });
    if (!open.has(k1)) continue;
    for (const l2 of l1.children) {
      const k2 = `2:${l1.name}:${l2.name}`;
      out.push({ key: k2, level: 2, parent: k1, hasChildren: l2.indicators.length > 0 });
      if (!open.has(k2)) continue;
      for (const i of l2.indicators)
        out.push({ key: `3:${i.line}`, level: 3, parent: k2, hasChildren: false });
    }
  }
  return out;
}

export function IndicatorTree({ card }: { readonly card: Scorecard }) {
  const tree = useMemo(() => indicatorTree(card), [card]);
  const allKeys = useMemo(
    () => tree.flatMap((l1) => [`1:${l1.name}`, ...l1.children.map((l2) => `2:${l1.name}:${l2.name}`)]),
    [tree],
  );
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(allKeys));
  const [active, setActive] = useState<string>(allKeys[0] ?? '');
  const refs = useRef(new Map<string, HTMLLIElement>());
  const visible = flatten(tree, open);

  const focus = (key: string): void => {
    setActive(key);
    refs.current.get(key)?.focus();
  };
  const toggle = (key: string, to?: boolean): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (to ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  const onKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const idx = visible.findIndex((v) => v.key === active);
    const cur = visible[idx];
    if (!cur) return;
    const handled = (): void => {
      e.preventDefault();
      e.stopPropagation();
    };
    if (e.key === 'ArrowDown') {
      handled();
      const next = visible[idx + 1];
      if (next) focus(next.key);
    } else if (e.key === 'ArrowUp') {
      handled();
      const prev = visible[idx - 1];
      if (prev) focus(prev.key);
    } else if (e.key === 'Home') {
      handled();
      if (visible[0]) focus(visible[0].key);
    } else if (e.key === 'End') {
      handled();
      const last = visible[visible.length - 1];
      if (last) focus(last.key);
    } else if (e.key === 'ArrowRight') {
      handled();
      if (cur.hasChildren && !open.has(cur.key)) toggle(cur.key, true);
      else if (cur.hasChildren) {
        const child = visible[idx + 1];
        if (child) focus(child.key);
      }
    } else if (e.key === 'ArrowLeft') {
      handled();
      if (cur.hasChildren && open.has(cur.key)) toggle(cur.key, false);
      else if (cur.parent) focus(cur.parent);
    } else if ((e.key === 'Enter' || e.key === ' ') && cur.hasChildren) {
      handled();
      toggle(cur.key);
    }
  };
  const itemProps = (key: string, level: number, hasChildren: boolean) => ({
    role: 'treeitem' as const,
    'aria-level': level,
    ...(hasChildren ? { 'aria-expanded': open.has(key) } : {}),
    tabIndex: key === active ? 0 : -1,
    ref: (el: HTMLLIElement | null) => {
      if (el) refs.current.set(key, el);
      else refs.current.delete(key);
    },
    onFocus: (e: { target: EventTarget; currentTarget: EventTarget }) => {
      if (e.target === e.currentTarget) setActive(key);
    },
  });

  return (
    <ul role="tree" aria-label="绩效指标（一级 → 二级 → 三级）" className="indicator-tree" onKeyDown={onKey}>
      {tree.map((l1) => {
        const k1 = `1:${l1.name}`;
        const sum = l1.children
          .flatMap((c) => c.indicators)
          .map(indicatorPoints)
          .reduce((s, p) => s + (p ? p.value.units * 10 ** (2 - p.value.scale) : 0), 0);
        return (
          <li key={k1} {...itemProps(k1, 1, l1.children.length > 0)}>
            <span className="tree-row level-1" onClick={() => toggle(k1)}>
              <span className="tree-name">{l1.name}</span>
              <span className="tree-points">
                {l1.points ? `${decimalText(l1.points)} 分` : '分值未印出'}（
                {card.indicators.some((i) => i.ownPoints) ? '三级合计' : '二级合计'}{' '}
                {decimalText({ units: sum, scale: 2 })} 分）
              </span>
            </span>
            {open.has(k1) ? (
              <ul role="group">
                {l1.children.map((l2) => {
                  const k2 = `2:${l1.name}:${l2.name}`;
                  return (
                    <li key={k2} {...itemProps(k2, 2, l2.indicators.length > 0)}>
                      <span className="tree-row level-2" onClick={() => toggle(k2)}>
                        <span className="tree-name">{l2.name}</span>
                      </span>
                      {open.has(k2) ? (
                        <ul role="group">
                          {l2.indicators.map((i) => {
                            const k3 = `3:${i.line}`;
                            const lost = lostOn(i);
                            const lostPoints = lost !== null && lost.units > 0;
                            return (
                              <li
                                key={k3}
                                {...itemProps(k3, 3, false)}
                                className={lostPoints ? 'lost' : undefined}
                                data-line={i.line}
                              >
                                <span className="tree-row level-3">
                                  <span className="tree-name">{i.name}</span>
                                  <span className="cell">
                                    <span className="label">分值</span>
                                    {indicatorPoints(i)?.raw ?? '未印出'}
                                  </span>
                                  <span className="cell">
                                    <span className="label">目标</span>
                                    {i.target ?? '未印出'}
                                  </span>
                                  <span className="cell">
                                    <span className="label">实际</span>
                                    {i.actual ?? '未印出'}
                                  </span>
                                  <span className="cell score">
                                    <span className="label">得分</span>
                                    {i.score ? i.score.raw : '未印出'}
                                    {lostPoints ? (
                                      <span className="lost-badge">失 {decimalText(lost)} 分</span>
                                    ) : null}
                                  </span>
                                  {i.deviation ? (
                                    <span className="cell deviation">
                                      <span className="label">偏差原因</span>
                                      {i.deviation}
                                    </span>
                                  ) : null}
                                  <span className="cell line">第 {i.line} 行</span>
                                </span>
                              </li>
                            );
                          })}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
