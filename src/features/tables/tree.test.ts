import { describe, expect, it } from 'vitest';

import { EXPENSE, GROUPED, wan } from './test-fixtures';
import {
  buildRowTree,
  collapsedFromExpanded,
  collapsibleCodes,
  expandedFromCollapsed,
  flattenTree,
  matchesSearch,
  treeCell,
} from './tree';

describe('buildRowTree (hierarchy by code prefix)', () => {
  const tree = buildRowTree(EXPENSE);

  it('puts the single leading 合计 at the root, 类 under it, then 款, then 项, in printed order', () => {
    expect(tree.map((n) => n.id)).toEqual(['total']);
    const total = tree[0]!;
    expect(total.children.map((n) => n.row.code)).toEqual(['201', '210']);
    const c201 = total.children[0]!;
    expect(c201.children.map((n) => n.row.code)).toEqual(['20103']);
    expect(c201.children[0]!.children.map((n) => n.row.code)).toEqual(['2010302', '2010350', '2010399']);
    const c210 = total.children[1]!;
    expect(c210.children.map((n) => n.row.code)).toEqual(['21004', '21011']);
  });

  it('keeps every row exactly once', () => {
    expect(flattenTree(tree).map((n) => n.id)).toEqual(EXPENSE.rows.map((r) => r.key));
  });

  it('keeps totals that are not printed first as top-level rows (表6 人员经费合计 / 公用经费合计)', () => {
    const g = buildRowTree(GROUPED);
    expect(g.map((n) => n.id)).toEqual(['e301', 'e302', 'e310', 'total-人员经费', 'total-公用经费']);
    expect(g[0]!.children.map((n) => n.id)).toEqual(['e30101']);
    expect(g[1]!.children.map((n) => n.id)).toEqual(['e30201', 'e30299']);
  });
});

describe('matchesSearch', () => {
  const nodes = flattenTree(buildRowTree(EXPENSE));
  const visible = (q: string) =>
    nodes.filter((n) => matchesSearch(n, q)).map((n) => n.row.code ?? n.row.name);

  it.each([
    // code substring: 21011 and its 项 (2101102, 2101199) — the view adds the ancestors 210 and 合计
    ['2101', ['21011', '2101102', '2101199']],
    // name substring, white space and case ignored
    ['事业 运行', ['2010350']],
    // a matching parent keeps its descendants
    ['卫生健康', ['210', '21004', '2100410', '21011', '2101102', '2101199']],
    [
      '',
      [
        '合计',
        '201',
        '20103',
        '2010302',
        '2010350',
        '2010399',
        '210',
        '21004',
        '2100410',
        '21011',
        '2101102',
        '2101199',
      ],
    ],
  ])('%s', (q, expected) => {
    expect(visible(q)).toEqual(expected);
  });

  it('a search for 合计 does not keep every row through the 合计 root', () => {
    expect(visible('合计')).toEqual(['合计']);
  });
});

describe('expanded state ↔ collapsed codes', () => {
  const tree = buildRowTree(EXPENSE);

  it('everything with children is expanded by default; 合计 always', () => {
    expect(expandedFromCollapsed(tree, [])).toEqual({
      total: true,
      c201: true,
      c20103: true,
      c210: true,
      c21004: true,
      c21011: true,
    });
  });

  it('round-trips', () => {
    const expanded = expandedFromCollapsed(tree, ['201', '21004']);
    expect(expanded['c201']).toBe(false);
    expect(expanded['total']).toBe(true);
    expect(collapsedFromExpanded(tree, expanded)).toEqual(['201', '21004']);
    expect(collapsedFromExpanded(tree, true)).toEqual([]);
  });

  it('lists the collapsible codes in printed order', () => {
    expect(collapsibleCodes(tree)).toEqual(['201', '20103', '210', '21004', '21011']);
  });
});

describe('treeCell', () => {
  const nodes = flattenTree(buildRowTree(EXPENSE));
  const n2010302 = nodes.find((n) => n.row.code === '2010302')!;
  const n21011 = nodes.find((n) => n.row.code === '21011')!;

  it('reads amounts as Fen, blank as blank (never 0), dash as dash', () => {
    expect(treeCell(EXPENSE, n2010302, 'c0')).toEqual({ kind: 'amount', fen: wan('279.86') });
    expect(treeCell(EXPENSE, n2010302, 'c1')).toEqual({ kind: 'blank' });
    expect(treeCell(EXPENSE, n21011, 'c2')).toEqual({ kind: 'dash' });
    expect(treeCell(EXPENSE, n2010302, 'code')).toEqual({ kind: 'text', text: '2010302' });
    expect(treeCell(EXPENSE, n2010302, 'name')).toEqual({ kind: 'text', text: '一般行政管理事务' });
  });

  it('表6: the figure of a row is in its column group', () => {
    const g = flattenTree(buildRowTree(GROUPED));
    const office = g.find((n) => n.id === 'e30201')!;
    expect(treeCell(GROUPED, office, 'v')).toEqual({ kind: 'amount', fen: wan('5.51') });
    expect(treeCell(GROUPED, office, 'group')).toEqual({ kind: 'text', text: '公用经费' });
  });
});
