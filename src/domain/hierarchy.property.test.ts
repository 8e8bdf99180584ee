/**
 * Properties of the 类/款/项 hierarchy (issue #8): random trees of function codes are printed as 表3 and 表5 and
 * embedded in a minimal document cut from the hand-made consistent one (consistent-mini-2022.txt) in place of its
 * own rows.
 *
 * Oracle: the generator knows every figure. Parents are summed here with BigInt from the generated leaves, so
 * "consistent" is true by construction, and a perturbed leaf is known by code, table, column and source line.
 * - On a consistent tree: the drill trees (drill.ts) reproduce every generated figure and every parent equals the sum
 *   of its children; the audit (run-audit.ts) produces exactly the expected hierarchy checks, and none fails.
 * - With one leaf cell moved by ±1 分: exactly one hierarchy check fails, the one for that leaf's 款 and column,
 *   and it names the leaf's line; the printed identity 1 = 2 + 3 fails on that leaf's row only; the drill shows
 *   the difference at that 款.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import type { DrillTree } from './drill';
import { buildFunctionTree, getDrillLevel, pathTo } from './drill';
import type { FinalAccounts } from './final-accounts.types';
import type { Fen, MoneyUnit } from './money';
import { formatFen, toPlainDecimal } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { FUNCTION_CATEGORIES } from './subject-code';

/** 1,000 runs in CI (CI=true), 200 locally so `npm run test:unit` stays quick. */
const RUNS = process.env['CI'] ? 1000 : 200;

/**
 * The minimal document: the hand-made consistent fixture's title lines and its 表3 and 表5 sections (title, 部门, 单位,
 * header, rows, printed identity). The rest of the fixture (prose, cards, other tables) would only make each run
 * slower: parsing and auditing the whole fixture costs about six times as much.
 */
const minimal = ((): string => {
  const lines = readFileSync(
    new URL('./__fixtures__/consistent-mini-2022.txt', import.meta.url),
    'utf8',
  ).split('\n');
  const at = (marker: string): number => lines.findIndex((l) => l.includes(marker));
  return [
    ...lines.slice(0, at('第一部分')),
    ...lines.slice(at('（表 3）'), at('（表4）')),
    ...lines.slice(at('（表 5）'), at('（表6）')),
  ].join('\n');
})();

// ---- The generated tree ------------------------------------------------------------------------------------

/** Columns 1–3 of 表3 and 表5: 1 = 本年支出合计/小计 = 2 + 3, 2 = 基本支出, 3 = 项目支出. A blank cell is null. */
type Cells = readonly [bigint | null, bigint | null, bigint | null];

interface Node {
  readonly code: string;
  readonly name: string;
  readonly children: readonly Node[];
}

interface Leaf {
  readonly code: string;
  /** 基本支出, 项目支出 in 分 (blank = null). */
  readonly basic: bigint | null;
  readonly project: bigint | null;
}

interface Doc {
  readonly unit: MoneyUnit;
  readonly style: 'plain' | 'grouped' | 'spaced';
  readonly categories: readonly Node[];
  readonly leaves: readonly Leaf[];
  /** A permutation of the coded rows: the hierarchy comes from code prefixes, never from row order. */
  readonly order: readonly number[];
}

const NAMES = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '信息化建设', '其他支出', '专项业务'];
const CATEGORY_CODES = FUNCTION_CATEGORIES.map((c) => c.code);

/** Any name will do (names are not how rows are found); derived from the code so it does not need shrinking. */
const nameOf = (code: string): string => NAMES[Number(code) % NAMES.length] ?? '其他支出';

const twoDigits = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));

/** 1–4 类 from the catalogue, each with 1–3 款, each with 1–3 项. */
const shapeArb: fc.Arbitrary<Node[]> = fc
  .uniqueArray(
    fc.tuple(
      fc.constantFrom(...CATEGORY_CODES),
      fc.uniqueArray(fc.tuple(twoDigits, fc.uniqueArray(twoDigits, { minLength: 1, maxLength: 3 })), {
        minLength: 1,
        maxLength: 3,
        selector: (t) => t[0],
      }),
    ),
    { minLength: 1, maxLength: 4, selector: (t) => t[0] },
  )
  .map((categories) =>
    categories.map(([c, subcategories]) => ({
      code: c,
      name: FUNCTION_CATEGORIES.find((x) => x.code === c)?.names[0] ?? nameOf(c),
      children: subcategories.map(([s, items]) => ({
        code: `${c}${s}`,
        name: nameOf(`${c}${s}`),
        children: items.map((t) => ({ code: `${c}${s}${t}`, name: nameOf(`${c}${s}${t}`), children: [] })),
      })),
    })),
  );

const amountArb = (unit: MoneyUnit): fc.Arbitrary<bigint | null> =>
  fc.option(
    fc.oneof(
      // Whole cents of the printed unit (the usual 2-decimal figures) and any 分 (4 or 6 decimals in 万元).
      fc.bigInt({ min: 0n, max: 10n ** 10n }).map((v) => (unit === '万元' ? v * 10_000n : v)),
      fc.bigInt({ min: -(10n ** 9n), max: 10n ** 12n }),
    ),
    { freq: 4 },
  );

const allNodes = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => [n, ...allNodes(n.children)]);

const docArb: fc.Arbitrary<Doc> = fc
  .tuple(
    fc.constantFrom<MoneyUnit>('元', '万元'),
    fc.constantFrom<Doc['style']>('plain', 'grouped', 'spaced'),
    shapeArb,
  )
  .chain(([unit, style, categories]) => {
    const rows = allNodes(categories).length;
    const identity = Array.from({ length: rows }, (_, i) => i);
    const leaves = allNodes(categories).filter((n) => n.children.length === 0);
    return fc.record({
      unit: fc.constant(unit),
      style: fc.constant(style),
      categories: fc.constant(categories),
      leaves: fc.tuple(
        ...leaves.map((l) =>
          fc.record({ code: fc.constant(l.code), basic: amountArb(unit), project: amountArb(unit) }),
        ),
      ),
      order: fc.oneof(
        fc.constant(identity),
        fc.shuffledSubarray(identity, { minLength: rows, maxLength: rows }),
      ),
    });
  });

// ---- Sums (the oracle) ---------------------------------------------------------------------------------------

const add = (a: bigint | null, b: bigint | null): bigint | null => (a === null ? b : b === null ? a : a + b);

/** Every coded row's cells, and the 合计: leaves as generated, column 1 = 2 + 3, parents = Σ children per column. */
function figures(doc: Doc): { byCode: Map<string, Cells>; total: Cells } {
  const byCode = new Map<string, Cells>();
  for (const l of doc.leaves) byCode.set(l.code, [add(l.basic, l.project), l.basic, l.project]);
  const sum = (nodes: readonly Node[]): Cells => {
    const cells = nodes.map((n) => cellsOf(n));
    return [0, 1, 2].map((k) =>
      cells.reduce<bigint | null>((s, c) => add(s, c[k] ?? null), null),
    ) as unknown as Cells;
  };
  const cellsOf = (n: Node): Cells => {
    const known = byCode.get(n.code);
    if (known) return known;
    const c = sum(n.children);
    byCode.set(n.code, c);
    return c;
  };
  return { byCode, total: sum(doc.categories) };
}

function withLeaf(doc: Doc, code: string, column: 1 | 2 | 3, delta: bigint): Map<string, Cells> {
  const { byCode } = figures(doc);
  const cells = [...(byCode.get(code) ?? [null, null, null])];
  cells[column - 1] = (cells[column - 1] ?? 0n) + delta;
  return new Map(byCode).set(code, cells as unknown as Cells);
}

// ---- Printing ------------------------------------------------------------------------------------------------

function printAmount(v: bigint | null, doc: Doc): string {
  if (v === null) return '';
  const fen = Number(v) as Fen;
  if (doc.style === 'plain') return toPlainDecimal(fen, doc.unit);
  const exact = formatFen(fen, doc.unit, { decimals: doc.unit === '元' ? 2 : 6, grouping: true });
  // The OCR's `2, 812. 11`: a space after every separator.
  return doc.style === 'spaced' ? exact.replace(/([,.])/g, '$1 ') : exact;
}

/** The 表3 / 表5 rows (合计 first, then the coded rows in `doc.order`) in the fixture's own cell layout. */
function tableRows(doc: Doc, byCode: ReadonlyMap<string, Cells>, total: Cells, table: 3 | 5): string[] {
  const coded = allNodes(doc.categories);
  const cells = (c: Cells): string => c.map((v) => printAmount(v, doc)).join('\t');
  const gap = table === 3 ? '\t\t' : '\t\t\t';
  const end = table === 3 ? '\t\t' : '';
  return [
    `\t\t\t合 计\t${cells(total)}${end}`,
    ...doc.order.map((i) => {
      const r = coded[i] ?? { code: '', name: '' };
      return `${r.code}${gap}${r.name}\t${cells(byCode.get(r.code) ?? [null, null, null])}${end}`;
    }),
  ];
}

interface Embedded {
  readonly text: string;
  /** 1-based line of each coded row, per table. */
  readonly lines: Readonly<Record<3 | 5, ReadonlyMap<string, number>>>;
  readonly totalLine: Readonly<Record<3 | 5, number>>;
}

type TableFigures = Readonly<
  Record<3 | 5, { readonly byCode: ReadonlyMap<string, Cells>; readonly total: Cells }>
>;

/** The minimal document with its 表3 and 表5 rows (and units) replaced by the generated ones. */
function embed(doc: Doc, tables: TableFigures): Embedded {
  const lines = minimal.split('\n');
  const rowsAt = (table: 3 | 5): number => {
    const title = lines.findIndex((l) => l.includes(`（表 ${table}）`));
    return lines.findIndex((l, i) => i > title && l.split('\t').some((c) => /^合\s*计$/.test(c.trim())));
  };
  for (const table of [3, 5] as const) {
    const title = lines.findIndex((l) => l.includes(`（表 ${table}）`));
    lines[lines.findIndex((l, i) => i > title && l.startsWith('单位：'))] = `单位：${doc.unit}`;
    const first = rowsAt(table);
    let last = first;
    while ((lines[last + 1] ?? '').includes('\t')) last++;
    lines.splice(
      first,
      last - first + 1,
      ...tableRows(doc, tables[table].byCode, tables[table].total, table),
    );
  }
  const lineMaps = { 3: new Map<string, number>(), 5: new Map<string, number>() };
  const totalLine = { 3: 0, 5: 0 };
  for (const table of [3, 5] as const) {
    const first = rowsAt(table);
    totalLine[table] = first + 1;
    for (let i = first + 1; (lines[i] ?? '').includes('\t'); i++) {
      lineMaps[table].set((lines[i] ?? '').split('\t')[0] ?? '', i + 1);
    }
  }
  return { text: lines.join('\n'), lines: lineMaps, totalLine };
}

function parse(text: string): FinalAccounts {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(`parse failed: ${r.error.message}`);
  return r.accounts;
}

/** The hierarchy check ids the audit must produce for one table: every parent × column with a figure. */
function expectedHierarchyIds(
  doc: Doc,
  byCode: ReadonlyMap<string, Cells>,
  total: Cells,
  table: 3 | 5,
): string[] {
  const ids: string[] = [];
  const parents: Array<{ id: string; cells: Cells; children: readonly Node[] }> = [
    { id: 'total', cells: total, children: doc.categories },
  ];
  const visit = (n: Node): void => {
    if (n.children.length > 0)
      parents.push({ id: n.code, cells: byCode.get(n.code) ?? [null, null, null], children: n.children });
    n.children.forEach(visit);
  };
  doc.categories.forEach(visit);
  for (const p of parents) {
    for (const k of [0, 1, 2] as const) {
      const printed = [p.cells[k], ...p.children.map((c) => byCode.get(c.code)?.[k] ?? null)];
      if (printed.some((v) => v !== null)) ids.push(`hierarchy.t${table}.${p.id}.c${k + 1}`);
    }
  }
  return ids.sort();
}

const MEASURES = [
  ['total', 0],
  ['basic', 1],
  ['project', 2],
] as const;

function drillTree(accounts: FinalAccounts, measure: 'total' | 'basic' | 'project', table: 3 | 5): DrillTree {
  const tree = buildFunctionTree(accounts, measure, table);
  if (!tree) throw new Error(`no drill tree for ${measure} in 表${table}`);
  return tree;
}

// ---- Properties ----------------------------------------------------------------------------------------------

describe('类/款/项 hierarchy (property)', () => {
  it('a consistent generated 表3/表5: the drill reproduces every figure, each parent = Σ children, the audit passes every hierarchy check', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        const { byCode, total } = figures(doc);
        const nodeByCode = new Map(allNodes(doc.categories).map((n) => [n.code, n] as const));
        const embedded = embed(doc, { 3: { byCode, total }, 5: { byCode, total } });
        const accounts = parse(embedded.text);
        const report = runAudit(accounts);
        const hierarchy = report.checks.filter((c) => c.family === 'hierarchy');
        expect(hierarchy.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.detail}`)).toEqual([]);
        for (const table of [3, 5] as const) {
          const ids = hierarchy.filter((c) => c.id.startsWith(`hierarchy.t${table}.`)).map((c) => c.id);
          expect(ids.sort()).toEqual(expectedHierarchyIds(doc, byCode, total, table));
          for (const [measure, k] of MEASURES) {
            const tree = drillTree(accounts, measure, table);
            const fenOf = (code: string): number | null => {
              const v = byCode.get(code)?.[k] ?? null;
              return v === null ? null : Number(v);
            };
            // One comparison per tree (thousands of single expects would dominate the run time).
            const nodes = [...tree.byId.values()];
            const seen = nodes.map((n) => {
              const level = n.children.length > 0 ? getDrillLevel(tree, pathTo(tree, n.id)) : null;
              return {
                id: n.id,
                fen: n.fen,
                line: n.line,
                children: n.children.map((c) => c.id).sort(),
                level: level && {
                  parent: level.parent.id,
                  sum: level.childrenSum,
                  difference: level.difference,
                },
              };
            });
            const expected = nodes.map((n) => {
              const children = n.id === 'root' ? doc.categories : (nodeByCode.get(n.id)?.children ?? []);
              const fen = n.id === 'root' ? (total[k] === null ? null : Number(total[k])) : fenOf(n.id);
              const sum = children.reduce((s, c) => s + (fenOf(c.code) ?? 0), 0);
              return {
                id: n.id,
                fen,
                line: n.id === 'root' ? embedded.totalLine[table] : embedded.lines[table].get(n.id),
                children: children.map((c) => c.code).sort(),
                level:
                  children.length > 0
                    ? { parent: n.id, sum, difference: fen === null ? null : fen - sum }
                    : null,
              };
            });
            expect(seen).toEqual(expected);
            // The oracle's parents are sums by construction; say it outright: every difference is zero.
            expect(
              seen.filter((x) => x.level && x.level.difference !== null && x.level.difference !== 0),
            ).toEqual([]);
            expect(tree.orphans).toEqual([]);
            expect(nodes.length).toBe(byCode.size + 1);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('one leaf cell moved by ±1 分: exactly that 款 and column fails, located at the leaf; the drill shows the gap', () => {
    const perturbedArb = docArb.chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        leaf: fc.constantFrom(...doc.leaves.map((l) => l.code)),
        table: fc.constantFrom<3 | 5>(3, 5),
        column: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        delta: fc.constantFrom(1n, -1n),
      }),
    );
    fc.assert(
      fc.property(perturbedArb, ({ doc, leaf, table, column, delta }) => {
        const { byCode, total } = figures(doc);
        const moved = { byCode: withLeaf(doc, leaf, column, delta), total };
        // Only the chosen table is perturbed; the other keeps the consistent figures.
        const clean = { byCode, total };
        const embedded = embed(doc, table === 3 ? { 3: moved, 5: clean } : { 3: clean, 5: moved });
        const accounts = parse(embedded.text);
        const report = runAudit(accounts);
        const subcategory = leaf.slice(0, 5);
        const failing = report.checks.filter((c) => c.family === 'hierarchy' && c.status === 'fail');
        expect(failing.map((c) => c.id)).toEqual([`hierarchy.t${table}.${subcategory}.c${column}`]);
        const [check] = failing;
        const leafLine = embedded.lines[table].get(leaf);
        expect(check?.places[0]?.line).toBe(embedded.lines[table].get(subcategory));
        expect(check?.places.filter((p) => p.role === 'input').map((p) => p.line)).toContain(leafLine);
        expect(check?.difference).toBe(toPlainDecimal(Number(-delta) as Fen, doc.unit));
        // 1 = 2 + 3 is printed under both tables: one changed cell breaks it on the leaf's row, and nowhere else.
        const identity = report.checks.filter(
          (c) =>
            c.family === 'printed-identity' && c.status === 'fail' && c.id.startsWith(`identity.t${table}.`),
        );
        expect(identity.map((c) => c.lines)).toEqual([[leafLine]]);
        const measure = MEASURES[column - 1]?.[0] ?? 'total';
        const tree = drillTree(accounts, measure, table);
        const level = getDrillLevel(tree, [leaf.slice(0, 3), subcategory]);
        // A 款 whose cells in this column are all blank has no figure: the audit counts the blank as 0 (and fails),
        // the drill shows no difference rather than inventing one.
        expect(level.parent.id).toBe(subcategory);
        expect(level.difference).toBe(level.parent.fen === null ? null : Number(-delta));
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
