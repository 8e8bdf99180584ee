/**
 * Another department, another year, other amounts, in the same template (a small hand-made document,
 * src/domain/__fixtures__/other-department-2022.txt): the parser reads it by titles and headers, not by this
 * project's reference values. Expected values are the ones written into the fixture by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { factsToCsv, getTableFacts } from './facts';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const text = readFileSync(new URL('./__fixtures__/other-department-2022.txt', import.meta.url), 'utf8');
const r = parseFinalAccounts(text);

describe('another department in the same template', () => {
  it('parses with meta from its own title', () => {
    if (!r.ok) throw new Error(r.error.message);
    expect([r.accounts.meta.department, r.accounts.meta.year, r.accounts.meta.publishDate]).toEqual([
      '某市某区档案馆',
      2022,
      '2023-09-01',
    ]);
    expect(r.accounts.meta.staff.total?.value).toBe(9);
    expect(r.accounts.meta.staff.civilServantManaged?.value).toBe(1);
  });

  it('reads tables 1, 3, 8 wherever they stand, including a space inside a number and a negative amount', () => {
    if (!r.ok) throw new Error(r.error.message);
    expect(r.accounts.tables.map((t) => t.number)).toEqual([1, 3, 8]);
    expect(factsToCsv(getTableFacts(r.accounts))).toBe(
      [
        'table,row,code,item,column,value,line',
        '1,1,,一、一般公共预算财政拨款收入,收入/决算数,1000.50,22',
        '1,31,,一、一般公共服务支出,支出/决算数,980.25,22',
        '1,32,,二、教育支出,支出/决算数,-5.25,23',
        '1,27,,本年收入合计,收入/决算数,1000.50,24',
        '1,57,,本年支出合计,支出/决算数,975.00,24',
        '1,29,,年初结转和结余,收入/决算数,12.10,25',
        '1,59,,年末结转和结余,支出/决算数,37.60,25',
        '1,30,,总计,收入/决算数,1012.60,26',
        '1,60,,总计,支出/决算数,1012.60,26',
        '3,,,合计,本年支出合计,975.00,37',
        '3,,,合计,基本支出,600.00,37',
        '3,,,合计,项目支出,375.00,37',
        '3,,201,一般公共服务支出,本年支出合计,980.25,38',
        '3,,201,一般公共服务支出,基本支出,600.00,38',
        '3,,201,一般公共服务支出,项目支出,380.25,38',
        '3,,20126,档案事务,本年支出合计,980.25,39',
        '3,,20126,档案事务,基本支出,600.00,39',
        '3,,20126,档案事务,项目支出,380.25,39',
        '3,,2012601,行政运行,本年支出合计,600.00,40',
        '3,,2012601,行政运行,基本支出,600.00,40',
        '3,,2012604,档案馆,本年支出合计,380.25,41',
        '3,,2012604,档案馆,项目支出,380.25,41',
        '3,,205,教育支出,本年支出合计,-5.25,42',
        '3,,205,教育支出,项目支出,-5.25,42',
        '3,,20508,进修及培训,本年支出合计,-5.25,43',
        '3,,20508,进修及培训,项目支出,-5.25,43',
        '3,,2050803,培训支出,本年支出合计,-5.25,44',
        '3,,2050803,培训支出,项目支出,-5.25,44',
        '',
      ].join('\n'),
    );
  });

  it('reports what the document lacks instead of inventing it', () => {
    expect(r.problems.filter((p) => p.code === 'table.missing').map((p) => p.message)).toHaveLength(6);
    expect(r.problems.some((p) => p.code === 'scorecard.none')).toBe(true);
  });

  it('reads its prose: total 1012.60, up 100.5 (11%) on 2021', () => {
    if (!r.ok) throw new Error(r.error.message);
    expect(r.accounts.facts.totals?.total.fen).toBe(1_012_600_000);
    expect(r.accounts.facts.totals?.change).toMatchObject({ direction: 'increase', previousYear: 2021 });
    expect(r.accounts.facts.totals?.change?.amount?.fen).toBe(100_500_000);
  });
});
