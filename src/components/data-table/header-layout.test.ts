import { describe, expect, it } from 'vitest';

import { buildHeaderRows } from './header-layout';

const brief = (rows: ReturnType<typeof buildHeaderRows>) =>
  rows.map((r) => r.map((c) => `${c.label}:${c.colSpan}x${c.rowSpan}${c.leafId ? '' : '*'}`));

describe('buildHeaderRows', () => {
  it('表3: 项目 spans 编码 and 名称; single-level columns span both rows', () => {
    expect(
      brief(
        buildHeaderRows([
          { id: 'code', levels: ['项目', '功能分类科目编码'] },
          { id: 'name', levels: ['项目', '科目名称'] },
          { id: 'c0', levels: ['本年支出合计'] },
          { id: 'c1', levels: ['基本支出'] },
        ]),
      ),
    ).toEqual([
      ['项目:2x1*', '本年支出合计:1x2', '基本支出:1x2'],
      ['功能分类科目编码:1x1', '科目名称:1x1'],
    ]);
  });

  it('表7: three levels, 合计 spans down, 公务用车购置及运行费 groups three columns', () => {
    expect(
      brief(
        buildHeaderRows([
          { id: 'a', levels: ['预算数', '合计'] },
          { id: 'b', levels: ['预算数', '公务用车购置及运行费', '小计'] },
          { id: 'c', levels: ['预算数', '公务用车购置及运行费', '公务用车购置费'] },
          { id: 'd', levels: ['决算数', '合计'] },
        ]),
      ),
    ).toEqual([
      ['预算数:3x1*', '决算数:1x1*'],
      ['合计:1x2', '公务用车购置及运行费:2x1*', '合计:1x2'],
      ['小计:1x1', '公务用车购置费:1x1'],
    ]);
  });

  it('does not merge equal labels that are not adjacent or not under the same parent', () => {
    expect(
      brief(
        buildHeaderRows([
          { id: 'a', levels: ['人员经费', '决算数'] },
          { id: 'b', levels: ['公用经费', '决算数'] },
          { id: 'c', levels: ['公用经费', '决算数'] },
        ]),
      ),
    ).toEqual([
      ['人员经费:1x1*', '公用经费:2x1*'],
      ['决算数:1x1', '决算数:1x1', '决算数:1x1'],
    ]);
  });
});
