import { describe, expect, it } from 'vitest';

import { parseHash } from './route';
import { describeRoute, VIEW_REGISTRY, VIEWS, viewOf } from './view-registry';

describe('the view registry', () => {
  it('declares every routable view once, each with a Chinese label and print name', () => {
    expect(VIEWS).toEqual(Object.keys(VIEW_REGISTRY));
    for (const v of VIEWS) {
      expect(viewOf(v).label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(viewOf(v).printName).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it.each([
    ['#/overview', '总览'],
    ['#/tables/3?q=201', '决算表 表3'],
    ['#/drill?mode=function&trail=201,20103', '科目钻取：功能分类 20103'],
    ['#/drill?mode=budget', '科目钻取：预算与决算'],
    ['#/scorecards/department', '绩效自评：部门整体'],
    ['#/scorecards/9', '绩效自评：项目 9'],
    ['#/audit?status=fail', '勾稽检查：不符'],
    ['#/rows', '明细：全部表格数字'],
    ['#/compare?docs=reference,doc-1&trail=201', '对比：2 个文件 201'],
  ])('titles a slide of %s as %s (never a route name such as compare or rows)', (hash, title) => {
    const route = parseHash(hash);
    expect(viewOf(route.view).slideTitle(route)).toBe(title);
  });

  it('describes a route for a printed stamp in Chinese, unit and document left to the stamp', () => {
    expect(describeRoute(parseHash('#/tables/3?q=201&unit=元&doc=x'))).toBe('决算表 表3 · 搜索：201');
    expect(describeRoute(parseHash('#/drill?mode=function&trail=201'))).toBe(
      '科目钻取 · 方式：按功能分类 · 路径：201',
    );
    expect(describeRoute(parseHash('#/rows'))).toBe('全部明细');
  });

  it('routes an unknown view to the overview', () => {
    expect(parseHash('#/nowhere').view).toBe('overview');
  });
});
