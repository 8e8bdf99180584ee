/**
 * Typed prose facts of 情况说明 and the 附件 summaries. Every expected value below was read by hand from the source
 * text at the line given (data/source/jianghan-big-data-center-2021.txt), not copied from parser output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { ProseAmount, ProsePercent } from './final-accounts.types';
import { toPlainDecimal } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';

const text = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const r = parseFinalAccounts(text);
if (!r.ok) throw new Error(r.error.message);
const { facts, meta, glossary, keyWork } = r.accounts;

/** `2812.11@397` — value in the printed unit and line. */
const a = (x: ProseAmount | null | undefined): string | null =>
  x ? `${toPlainDecimal(x.fen, x.unit)}${x.unit === '元' ? '元' : ''}@${x.line}` : null;
const p = (x: ProsePercent | null | undefined): string | null => (x ? `${x.raw}@${x.line}` : null);

describe('情况说明: totals, income, expense', () => {
  it('一、收支总计 2812.11, down 2072.36 (42%) on 2020, reason stated (line 397)', () => {
    expect(a(facts.totals?.total)).toBe('2812.11@397');
    expect(facts.totals?.change).toMatchObject({
      direction: 'decrease',
      previousYear: 2020,
      reason: { text: '项目收尾工作' },
    });
    expect(a(facts.totals?.change?.amount)).toBe('2072.36@397');
    expect(p(facts.totals?.change?.percent)).toBe('42%@397');
  });

  it('二、收入合计 2484.74, 财政拨款收入 100% (line 406)', () => {
    expect(a(facts.income?.total)).toBe('2484.74@406');
    expect(facts.income?.parts.map((x) => [x.name, a(x.amount), p(x.share)])).toEqual([
      ['财政拨款收入', '2484.74@406', '100%@406'],
    ]);
  });

  it('三、支出合计 2812.11: 基本 313.34 (11.1%), 项目 2498.77 (88.9%) (line 415)', () => {
    expect(a(facts.expense?.total)).toBe('2812.11@415');
    expect(facts.expense?.parts.map((x) => [x.name, a(x.amount), p(x.share)])).toEqual([
      ['基本支出', '313.34@415', '11.1%@415'],
      ['项目支出', '2498.77@415', '88.9%@415'],
    ]);
  });

  it('四、财政拨款收支总计 2812.11, down 2072.36 (42%) (line 423)', () => {
    expect(a(facts.fiscalTotals?.total)).toBe('2812.11@423');
    expect(a(facts.fiscalTotals?.change?.amount)).toBe('2072.36@423');
    expect(p(facts.fiscalTotals?.change?.percent)).toBe('42%@423');
  });
});

describe('五、一般公共预算财政拨款支出', () => {
  it('(一) 2812.11 = 100% of spending, down 573.53 (17%) on 2020 (line 433)', () => {
    expect(a(facts.fiscalExpense?.total)).toBe('2812.11@433');
    expect(p(facts.fiscalExpense?.shareOfExpense)).toBe('100%@433');
    expect(facts.fiscalExpense?.change?.direction).toBe('decrease');
    expect(a(facts.fiscalExpense?.change?.amount)).toBe('573.53@433');
    expect(p(facts.fiscalExpense?.change?.percent)).toBe('17%@433');
  });

  it('(二) structure by 类 (lines 437–443), including 2697.43 where tables 3 and 5 print 2697.42', () => {
    expect(facts.fiscalStructure.map((x) => [x.name, a(x.amount), p(x.share)])).toEqual([
      ['一般公共服务（类）', '2697.43@437', '96%@437'],
      ['社会保障和就业支出(类)', '19.71@439', '0.7%@439'],
      ['卫生健康支出(类)', '59.93@441', '2.1%@441'],
      ['住房保障支出(类)', '35.05@443', '1.2%@443'],
    ]);
  });

  it('(三) 年初预算 2604.73 against 决算 2812.11 = 108% (line 447)', () => {
    const b = facts.budgetExecution;
    expect([a(b?.budget), a(b?.actual), p(b?.rate), a(b?.basic), a(b?.project)]).toEqual([
      '2604.73@447',
      '2812.11@447',
      '108%@447',
      '313.34@447',
      '2498.77@447',
    ]);
  });

  it('the project spending list: 17 projects with amounts (lines 447–481)', () => {
    expect(facts.projectSpending.map((x) => a(x.amount))).toEqual([
      '50.00@447',
      '38.12@449',
      '10.20@451',
      '79.00@453',
      '2.33@455',
      '2.88@459',
      '1.14@461',
      '5.76@463',
      '1085.83@465',
      '8.00@467',
      '2.42@469',
      '249.24@471',
      '62.00@473',
      '7.25@475',
      '6.67@477',
      '28.30@479',
      '821.80@481',
    ]);
    expect(facts.projectSpending[0]?.name).toBe('“智慧江汉”综合指挥中心项目初步设计费');
    expect(facts.projectSpending[8]?.name).toBe('监督员政府购岗费');
    expect(facts.projectSpending[4]?.outcome).toContain('建设武汉市政府网站集约化平台'); // a sentence split by a page break
  });

  it('per-类 budget, actual, completion rate and stated reason (lines 485–491)', () => {
    expect(
      facts.categoryBudgets.map((c) => [
        c.index,
        c.name,
        a(c.budget),
        a(c.actual),
        p(c.rate),
        c.reason?.text ?? null,
      ]),
    ).toEqual([
      [1, '一般公共服务支出', '2535.63@485', '2697.42@485', '106%@485', '项目收尾工作'],
      [2, '社会保障和就业支出', '10.61@487', '19.71@487', '186%@487', '新进社保人员养老保险缴费'],
      [3, '卫生健康支出', '22.44@489', '59.93@489', '267%@489', '疫情防控项目收尾工作'],
      [4, '住房保障支出', '35.05@491', '35.04@491', '100%@491', null],
    ]);
  });
});

describe('六 to 十三', () => {
  it('六、基本支出 313.34 = 人员经费 287.63 + 公用经费 25.71, with their item lists (lines 495–499)', () => {
    const b = facts.basicExpense;
    expect([a(b?.total), a(b?.personnel), a(b?.publicUse)]).toEqual([
      '313.34@495',
      '287.63@497',
      '25.71@499',
    ]);
    expect(b?.personnelItems).toHaveLength(10);
    expect(b?.publicUseItems.at(-1)).toBe('办公设备购置');
  });

  it('七、三公: budget 3, actual 2.2 (73%); vehicles, fuel/repair/insurance; +0.34 (18%) on 2020 (lines 509–523)', () => {
    const t = facts.threePublic;
    expect([a(t?.budget), a(t?.actual), p(t?.rate)]).toEqual(['3.00@509', '2.20@509', '73%@509']);
    expect([
      a(t?.abroad),
      a(t?.vehicleTotal),
      a(t?.vehiclePurchase),
      a(t?.vehicleRunning),
      a(t?.reception),
    ]).toEqual(['0.00@511', '2.20@513', '0.00@515', '2.20@517', '0.00@519']);
    expect([a(t?.fuel), a(t?.repair), a(t?.insurance)]).toEqual(['0.40@517', '1.54@517', '0.26@517']);
    expect(t?.vehiclesHeld?.value).toBe(1);
    expect(t?.vehiclesPurchased?.value).toBe(0);
    expect(t?.vehicleRunningVsBudget).toMatchObject({
      direction: 'decrease',
      reason: { text: '压减经费支出' },
    });
    expect(a(t?.vehicleRunningVsBudget?.amount)).toBe('0.80@517');
    expect(t?.change).toMatchObject({ direction: 'increase', previousYear: 2020 });
    expect([a(t?.change?.amount), p(t?.change?.percent)]).toEqual(['0.34@521', '18%@521']);
    expect(t?.vehicleChange?.reason?.text).toBe('车辆使用年限长，维修费用增加');
  });

  it('十、机关运行经费: none, stated in words (line 535)', () => {
    expect(facts.operatingCosts).toEqual({
      amount: null,
      change: null,
      text: { text: '本单位无机关运行经费支出。', line: 535 },
    });
  });

  it('十一、政府采购 212.13 = 4.93 + 0 + 207.2; the SME figure is printed in 元 (15.54元), kept as printed (line 539)', () => {
    const x = facts.procurement;
    expect([a(x?.total), a(x?.goods), a(x?.works), a(x?.services)]).toEqual([
      '212.13@539',
      '4.93@539',
      '0.00@539',
      '207.20@539',
    ]);
    expect(a(x?.sme)).toBe('15.54元@539');
    expect(x?.sme?.fen).toBe(1554);
    expect([p(x?.smeShare), a(x?.smallMicro), p(x?.smallMicroShare), p(x?.serviceSmeShare)]).toEqual([
      '7.33%@539',
      '15.54@539',
      '100%@539',
      '100%@539',
    ]);
  });

  it('十二、assets: 2 vehicles (line 543); 十三、绩效: 17 projects, 2461.23, 99% (line 547)', () => {
    expect(facts.assets?.vehicles?.value).toBe(2);
    expect(facts.performance?.projectCount?.value).toBe(17);
    expect(a(facts.performance?.amount)).toBe('2461.23@547');
    expect(p(facts.performance?.share)).toBe('99%@547');
  });

  it('附件: department evaluation 2970.72 万元, score 97 (line 645)', () => {
    expect(a(facts.departmentEvaluation?.amount)).toBe('2970.72@645');
    expect(facts.departmentEvaluation?.score?.raw).toBe('97分');
  });
});

describe('meta, glossary, key work', () => {
  it('department, year, publish date, unit, staff, units, phone (lines 3–102, 635)', () => {
    expect([meta.department, meta.year, meta.publishDate, meta.unit]).toEqual([
      '武汉市江汉区大数据中心',
      2021,
      '2022-10-27',
      '万元',
    ]);
    const s = meta.staff;
    expect(
      [
        s.total,
        s.administrative,
        s.institutional,
        s.civilServantManaged,
        s.retired,
        s.retiredLixiu,
        s.retiredTuixiu,
      ].map((x) => x?.value),
    ).toEqual([14, 0, 14, 0, 0, 0, 0]);
    expect(s.institutional?.line).toBe(100); // "行政 0 / 人，事业 14 人" is split by a page break at line 98–100
    expect(meta.units?.subordinateCount?.value).toBe(0);
    expect(meta.phone).toEqual({ text: '027-85790720', line: 635 });
    expect(meta.functions).toHaveLength(14);
  });

  it('名词解释: 10 terms and a definition for each of the 10 项 codes used', () => {
    const items = glossary.filter((g) => g.code !== null);
    expect(items.map((g) => g.code)).toEqual([
      '2010302',
      '2010350',
      '2010399',
      '2080505',
      '2100410',
      '2101102',
      '2101199',
      '2210201',
      '2210202',
      '2210203',
    ]);
    expect(glossary.find((g) => g.code === '2010399')?.definition).toBe(
      '反映除上述项目以外的其他政府办公厅（室）及相关机构事务支出。',
    );
    expect(glossary.filter((g) => g.code === null).map((g) => g.term)).toEqual([
      '一般公共预算财政拨款收入',
      '政府性基金预算财政拨款收入',
      '国有资本经营预算财政拨款收入',
      '年初结转和结余',
      '年末结转和结余',
      '基本支出',
      '项目支出',
      '经营支出',
      '“三公”经费',
      '机关运行经费',
    ]);
  });

  it('名词解释: every entry whole, as printed (reference-glossary.hand.json, typed from lines 587–635)', () => {
    // The hand file holds each entry's term, line and full definition. 年末结转和结余 (line 621) is printed
    // `（六）年末结转和结余：指单位按有关规定结转到下年或以后年度`, and its definition goes on after a blank line
    // (line 623, `继续使用的资金，或项目已完成等产生的结余资金。`); its siblings (一)–(四), (七)–(十一) are
    // entries, so it is one too, not a heading. No other entry may lose or gain text.
    const hand = JSON.parse(
      readFileSync(new URL('./__fixtures__/reference-glossary.hand.json', import.meta.url), 'utf8'),
    ) as { entries: Array<{ line: number; term: string; definition: string }> };
    expect(glossary.map((g) => ({ line: g.line, term: g.term, definition: g.definition }))).toEqual(
      hand.entries,
    );
    expect(glossary.find((g) => g.term === '年末结转和结余')?.definition).toBe(
      '指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。',
    );
  });

  it('重点工作: 6 items with goals and results (lines 578–584)', () => {
    expect(keyWork.map((k) => [k.index, k.title, k.line])).toEqual([
      [1, '网站管理', 578],
      [2, '网络技术支持', 579],
      [3, '网格化案件办理', 580],
      [4, '数智江汉建设', 581],
      [5, '监督员队伍建设', 582],
      [6, '党建工作', 584],
    ]);
    expect(keyWork[2]?.result).toBe('全力保障各平台网上群众投诉件按期办结率达99%。');
  });
});
