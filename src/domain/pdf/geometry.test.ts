/**
 * The geometry step on small hand-built pages: text runs placed where a PDF would print them, and the rules of a
 * ruled table. Each case is one shape real documents print (fixture README, "Text-layer shapes").
 */
import { describe, expect, it } from 'vitest';

import type { Edge, PageGeometry, TextRun } from './geometry';
import { boxOfText, layoutDocument, mergeEdges } from './geometry';

const SIZE = 10;
const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;
/** A run at (x0, baseline top): CJK characters 10 pt wide, others 5 pt. */
function run(str: string, x0: number, top: number, size = SIZE): TextRun {
  const width = [...str].reduce((w, c) => w + (CJK.test(c) ? size : size / 2), 0);
  return { str, x0, x1: x0 + width, top, bottom: top + size, size };
}

/** The rules of a full grid: a vertical rule at each x, a horizontal one at each y. */
function grid(xs: readonly number[], ys: readonly number[]): Edge[] {
  const [x0 = 0, x1 = 0] = [xs[0], xs.at(-1)];
  const [y0 = 0, y1 = 0] = [ys[0], ys.at(-1)];
  return [
    ...xs.map((x): Edge => ({ dir: 'v', at: x, from: y0, to: y1 })),
    ...ys.map((y): Edge => ({ dir: 'h', at: y, from: x0, to: x1 })),
  ];
}

const page = (n: number, runs: TextRun[], edges: Edge[] = []): PageGeometry => ({
  page: n,
  width: 595,
  height: 842,
  runs,
  edges,
});

const texts = (pages: PageGeometry[]): string[] => layoutDocument(pages).lines.map((l) => l.cells.join('|'));

describe('ruled tables, cell by cell', () => {
  // 编码 | 名称 | 决算数, rows 100–130 and 130–170 (the second row tall: its name wraps).
  const xs = [50, 110, 300, 380];
  const ys = [100, 130, 170];

  it('joins a name wrapped over two lines in its cell, and keeps the amount of that row with it', () => {
    const p = page(1, [
      run('30108', 55, 140),
      run('机关事业单位基本养老保险', 115, 134),
      run('缴费支出', 115, 150),
      run('160.75', 330, 142),
      run('编码', 55, 110),
      run('名称', 115, 110),
      run('决算数', 310, 110),
    ]);
    expect(texts([{ ...p, edges: grid(xs, ys) }])).toEqual([
      '编码|名称|决算数',
      '30108|机关事业单位基本养老保险缴费支出|160.75',
    ]);
  });

  it('keeps an amount printed above its name (top-aligned in a tall cell) in the name’s row', () => {
    const p = page(
      1,
      [run('30101', 55, 150), run('基本工资', 115, 150), run('262.33', 330, 132)],
      grid(xs, ys),
    );
    expect(texts([p]).at(-1)).toBe('30101|基本工资|262.33');
  });

  it('merges a code split over 类 | 款 | 项 cells into one code, and the sub-header labels with it', () => {
    const cols = [50, 80, 100, 120, 300, 380];
    const rows = [100, 120, 140, 160];
    const p = page(
      1,
      [
        run('类', 55, 104),
        run('款', 82, 104),
        run('项', 102, 104),
        run('科目名称', 130, 104),
        run('合计', 310, 104),
        run('201', 55, 124),
        run('一般公共服务支出', 130, 124),
        run('2,106.66', 310, 124),
        run('201', 55, 144),
        run('06', 82, 144),
        run('01', 102, 144),
        run('行政运行', 130, 144),
        run('1,511.89', 310, 144),
      ],
      grid(cols, rows),
    );
    expect(texts([p])).toEqual([
      '类 款 项|科目名称|合计',
      '201|一般公共服务支出|2,106.66',
      '2010601|行政运行|1,511.89',
    ]);
  });

  it('reads two side-by-side blocks as the cells of one row, left block first', () => {
    const cols = [50, 90, 200, 260, 300, 420, 480];
    const p = page(
      1,
      [
        run('301', 55, 104),
        run('工资福利支出', 95, 104),
        run('2,082.85', 205, 104),
        run('302', 265, 104),
        run('商品和服务支出', 305, 104),
        run('171.07', 425, 104),
        run('30101', 55, 124),
        run('基本工资', 95, 124),
        run('262.33', 205, 124),
      ],
      grid(cols, [100, 120, 140]),
    );
    expect(texts([p])).toEqual([
      '301|工资福利支出|2,082.85|302|商品和服务支出|171.07',
      '30101|基本工资|262.33',
    ]);
    // A blank cell is not a cell of the line: the right block of the second row prints nothing.
    const second = layoutDocument([p]).lines[1];
    expect(second?.spans?.map((s) => s.x0)).toEqual([50, 90, 200]);
  });

  it('cuts a run that crosses a rule into the cells on either side', () => {
    const p = page(
      1,
      [run('合计 2,940.05', 55, 104), run('x', 55, 124), run('1.00', 310, 124)],
      grid([50, 75, 380], [100, 120, 140]),
    );
    expect(texts([p])[0]).toBe('合计|2,940.05');
  });

  it('reads a table continued on the next page as one, without the repeated header', () => {
    const header = (): TextRun[] => [run('编码', 55, 104), run('名称', 115, 104), run('决算数', 310, 104)];
    const p1 = page(
      1,
      [
        run('支出决算表', 200, 60),
        ...header(),
        run('201', 55, 124),
        run('一般公共服务支出', 115, 124),
        run('10.00', 330, 124),
      ],
      grid(xs, [100, 120, 140]),
    );
    const p2 = page(
      2,
      [...header(), run('208', 55, 124), run('社会保障和就业支出', 115, 124), run('5.00', 330, 124)],
      grid(xs, [100, 120, 140]),
    );
    const layout = layoutDocument([p1, p2]);
    expect(layout.lines.map((l) => l.cells.join('|'))).toEqual([
      '支出决算表',
      '编码|名称|决算数',
      '201|一般公共服务支出|10.00',
      '208|社会保障和就业支出|5.00',
    ]);
    expect(layout.lines.map((l) => l.page)).toEqual([1, 1, 1, 2]);
    expect(layout.notes).toEqual([{ kind: 'repeated-header', page: 2, text: '编码 名称 决算数' }]);
  });

  it('keeps a header that differs on the next page (a new table, not a continuation)', () => {
    const p1 = page(
      1,
      [
        run('编码', 55, 104),
        run('名称', 115, 104),
        run('决算数', 310, 104),
        run('201', 55, 124),
        run('甲', 115, 124),
        run('1.00', 330, 124),
      ],
      grid(xs, [100, 120, 140]),
    );
    const p2 = page(
      2,
      [
        run('编码', 55, 104),
        run('名称', 115, 104),
        run('预算数', 310, 104),
        run('202', 55, 124),
        run('乙', 115, 124),
        run('2.00', 330, 124),
      ],
      grid(xs, [100, 120, 140]),
    );
    expect(texts([p1, p2])).toContain('编码|名称|预算数');
  });
});

describe('text outside tables', () => {
  it('groups runs by baseline into lines, top to bottom, and drops page numbers in the margin (noted)', () => {
    const p = page(3, [
      run('万元。', 160, 120),
      run('收入支出总计', 50, 100),
      run('2995.39', 110, 100.5),
      run('万元。', 145, 100),
      run('与上年相比持平', 50, 120),
      run('- 8 -', 280, 800),
    ]);
    const layout = layoutDocument([p]);
    const [first, second] = layout.lines.map((l) => l.text);
    // Runs that touch join without a space; a gap of four characters is a column gap (two spaces or more).
    expect(first).toBe('收入支出总计2995.39万元。');
    expect(second).toMatch(/^与上年相比持平 {2,}万元。$/);
    expect(layout.lines).toHaveLength(2);
    expect(layout.notes).toEqual([{ kind: 'page-number', page: 3, text: '- 8 -' }]);
  });

  it('turns the wide gaps of a borderless table into cells with their extents', () => {
    const p = page(1, [
      run('一、财政拨款收入', 50, 100),
      run('2,940.05', 250, 100),
      run('一、一般公共服务支出', 320, 100),
      run('2,106.66', 500, 100),
    ]);
    const [line] = layoutDocument([p]).lines;
    expect(line?.cells).toEqual(['一、财政拨款收入', '2,940.05', '一、一般公共服务支出', '2,106.66']);
    expect(line?.tabular).toBe(true);
  });

  it('finds a figure’s box within its run by its characters', () => {
    const p = page(1, [run('总计2995.39万元', 50, 100)]);
    const [line] = layoutDocument([p]).lines;
    // 总计 = 2 × 10 pt, then 7 characters of 5 pt.
    expect(line && boxOfText(line, '2995.39')).toEqual({ x0: 70, x1: 105, top: 100, bottom: 110 });
    expect(line && boxOfText(line, '1234.00')).toBeNull();
  });
});

describe('edges', () => {
  it('snaps the two sides of a thin filled rectangle into one rule and drops its short ends', () => {
    const edges = mergeEdges([
      { dir: 'h', at: 100, from: 50, to: 300 },
      { dir: 'h', at: 100.5, from: 50, to: 300 },
      { dir: 'v', at: 50, from: 100, to: 100.5 },
      { dir: 'h', at: 100.2, from: 300.5, to: 400 },
    ]);
    expect(edges).toHaveLength(1);
    expect(edges[0]?.from).toBe(50);
    expect(edges[0]?.to).toBe(400);
  });
});
