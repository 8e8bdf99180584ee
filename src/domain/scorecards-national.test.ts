/**
 * Scorecards in the national project form (项目资金 block scored 10 × rate, the goal unscored, 分值 per 三级
 * indicator, a 总分 row), in its 2021+ shape (成本指标 and 满意度指标 as 一级, options ticked ☑/□) and in the county
 * shape seen in real 2022 documents (成本指标 a 二级 of 产出, 满意度指标 both 一级 and 二级). The fixture
 * (national-cards-2022.txt) was made by hand, its oracle (national-cards-2022.oracle.json, arithmetic written out in
 * its `about`) written before the parser read it. Neither card is a rewrite of the reference's form.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import { uncoveredNumbers } from './figure-index';
import type { ExactDecimal, FinalAccounts, ProseAmount, ScoreValue } from './final-accounts.types';
import { formatFen } from './money';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { readTickOptions } from './parse/scorecards';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const text = fixture('national-cards-2022.txt');

interface OracleFund {
  readonly label: string;
  readonly initialBudget: string | null;
  readonly budget: string | null;
  readonly execution: string | null;
  readonly rate: string | null;
}
interface OracleCard {
  readonly name: string;
  readonly supervisor: string;
  readonly implementingUnit: string;
  readonly category: string | null;
  readonly categoryOptions: readonly string[];
  readonly initialBudget: string;
  readonly budget: string;
  readonly execution: string;
  readonly budgetPoints: string;
  readonly rate: string;
  readonly budgetScore: string;
  readonly funds: readonly OracleFund[];
  readonly goal: string;
  readonly goalActual: string;
  readonly level1: ReadonlyArray<{ readonly name: string; readonly points: string }>;
  /** level1, level2, name, target, actual, points, score, deviation */
  readonly indicators: ReadonlyArray<
    readonly [string, string, string, string, string, string, string, string | null]
  >;
  readonly totalPoints: string;
  readonly selfScore: string;
}
const oracle = JSON.parse(fixture('national-cards-2022.oracle.json')) as { cards: OracleCard[] };

function parse(source: string): FinalAccounts {
  const r = parseFinalAccounts(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.accounts;
}

const money = (a: ProseAmount | null): string | null =>
  a ? formatFen(a.fen, a.unit, { grouping: false }) : null;
const decimal = (d: ExactDecimal): string => {
  const digits = String(d.units).padStart(d.scale + 1, '0');
  return d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
};
const scoreText = (v: ScoreValue | null): string | null => (v ? v.raw : null);
const noSpace = (s: string | null): string | null => (s === null ? null : s.replace(/\s/g, ''));

describe('national-form scorecards', () => {
  const a = parse(text);

  it('finds both cards, in the funds-block form', () => {
    expect(a.scorecards.map((c) => [c.kind, c.form, c.name])).toEqual(
      oracle.cards.map((c) => ['project', 'funds-block', c.name]),
    );
  });

  oracle.cards.forEach((o, k) => {
    describe(o.name, () => {
      const c = () => a.scorecards[k]!;

      it('reads the header rows and the ticked option', () => {
        expect([c().supervisor, c().implementingUnit, c().category, c().categoryOptions]).toEqual([
          o.supervisor,
          o.implementingUnit,
          o.category,
          o.categoryOptions,
        ]);
      });

      it('reads the funds block by its header: 年初预算数, 全年预算数 (A), 全年执行数 (B), 分值, 执行率, 得分', () => {
        expect({
          initialBudget: money(c().initialBudget),
          budget: money(c().budget),
          execution: money(c().execution),
          budgetPoints: scoreText(c().budgetPoints),
          rate: c().rate ? decimal(c().rate!.value) : null,
          budgetScore: scoreText(c().budgetScore),
        }).toEqual({
          initialBudget: o.initialBudget,
          budget: o.budget,
          execution: o.execution,
          budgetPoints: o.budgetPoints,
          rate: o.rate,
          budgetScore: o.budgetScore,
        });
        expect(
          c().funds.map((f) => ({
            label: f.label,
            initialBudget: money(f.initialBudget),
            budget: money(f.budget),
            execution: money(f.execution),
            rate: f.rate ? decimal(f.rate.value) : null,
          })),
        ).toEqual(o.funds);
      });

      it('reads the unscored goal, every indicator under its 一级, and the 总分 row', () => {
        expect([noSpace(c().goal), noSpace(c().goalActual), c().goalScore]).toEqual([
          noSpace(o.goal),
          noSpace(o.goalActual),
          null,
        ]);
        expect(c().level1.map((l) => ({ name: l.name, points: scoreText(l.points) }))).toEqual(o.level1);
        expect(
          c().indicators.map((i) => [
            i.level1,
            i.level2,
            i.name,
            i.target,
            i.actual,
            scoreText(i.ownPoints),
            scoreText(i.score),
            i.deviation,
          ]),
        ).toEqual(o.indicators);
        expect([scoreText(c().totalPoints), scoreText(c().selfScore)]).toEqual([o.totalPoints, o.selfScore]);
      });
    });
  });

  it('holds every number printed on the cards (nothing lost)', () => {
    expect(uncoveredNumbers(text, a)).toEqual([]);
  });

  it('the consistent document passes every check, with the national form’s own identities', () => {
    const audit = runAudit(a);
    expect(audit.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id} ${c.detail}`)).toEqual([]);
    const ids = audit.checks.map((c) => c.id);
    for (const card of a.scorecards) {
      const id = `card.${card.titleLine}`;
      for (const suffix of [
        'rate',
        'budget-score',
        'self-score',
        'points.total',
        'funds.budget',
        'funds.execution',
      ])
        expect(ids).toContain(`${id}.${suffix}`);
      for (const l1 of card.level1) expect(ids).toContain(`${id}.points.${l1.name}`);
    }
  });
});

describe('planted violations in the national form', () => {
  const failing = (source: string): string[] =>
    runAudit(parse(source))
      .checks.filter((c) => c.status === 'fail')
      .map((c) => c.id);
  const card1 = parse(text).scorecards[0]!.titleLine;

  it('a score above its indicator’s 分值', () => {
    const bad = text.replace('56次\t20\t18\t', '56次\t20\t21\t');
    expect(bad).not.toBe(text);
    expect(failing(bad).sort()).toEqual(
      [
        `card.${card1}.score-over.${text.split('\n').findIndex((l) => l.includes('56次')) + 1}`,
        `card.${card1}.self-score`,
      ].sort(),
    );
  });

  it('a 总分 that is not the sum of the scores', () => {
    const bad = text.replace('\t100\t95.23\t', '\t100\t95.33\t');
    expect(bad).not.toBe(text);
    expect(failing(bad)).toEqual([`card.${card1}.self-score`]);
  });

  it('a 一级 whose points are not the sum of its indicators’ 分值', () => {
    const bad = text.replace('产出指标（40分）', '产出指标（45分）');
    expect(bad).not.toBe(text);
    expect(failing(bad)).toEqual([`card.${card1}.points.产出指标`]);
  });

  it('a funds source that does not add up to 年度资金总额', () => {
    const bad = text.replace(
      '其中：当年财政拨款\t6.00\t6.50\t6.00\t—\t92.31%',
      '其中：当年财政拨款\t6.00\t6.50\t5.90\t—\t92.31%',
    );
    expect(bad).not.toBe(text);
    const line = text.split('\n').findIndex((l) => l.includes('其中：当年财政拨款')) + 1;
    expect(failing(bad).sort()).toEqual(
      [`card.${card1}.funds.execution`, `card.${card1}.funds.rate.${line}`].sort(),
    );
  });

  it('a funds score that is not 分值 × 执行率 at its printed precision', () => {
    const bad = text.replace('\t10\t92.31%\t9.23\t', '\t10\t92.31%\t9.24\t');
    expect(bad).not.toBe(text);
    expect(failing(bad).sort()).toEqual([`card.${card1}.budget-score`, `card.${card1}.self-score`].sort());
  });
});

describe('readTickOptions', () => {
  it('reads boxes printed before the names', () => {
    expect(readTickOptions('☑部门预算项目 □专项资金 □上级转移支付项目')).toEqual({
      all: ['部门预算项目', '专项资金', '上级转移支付项目'],
      ticked: '部门预算项目',
    });
  });
  it('reads boxes printed after numbered names, and a tick that is not the first', () => {
    expect(readTickOptions('1、经常性项目□ 2、延续性项目■ 3、一次性项目☐')).toEqual({
      all: ['经常性项目', '延续性项目', '一次性项目'],
      ticked: '延续性项目',
    });
  });
  it('says nothing is ticked when no box is ticked, and reads no options from text without boxes', () => {
    expect(readTickOptions('□部门预算项目 □专项资金').ticked).toBeNull();
    expect(readTickOptions('部门预算项目')).toEqual({ all: [], ticked: null });
  });
});
