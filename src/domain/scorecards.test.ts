/** Scorecard rows and trees against the hand transcription (src/domain/__fixtures__/reference-scorecards.hand.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from './parse/parse-final-accounts';
import { decimalText, getScorecardRows, indicatorTree, lostOn } from './scorecards';

const r = parseFinalAccounts(
  readFileSync(new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url), 'utf8'),
);
if (!r.ok) throw new Error(r.error.message);
const hand = JSON.parse(
  readFileSync(new URL('./__fixtures__/reference-scorecards.hand.json', import.meta.url), 'utf8'),
) as Array<{
  index: number;
  selfScore: string;
  indicatorCount: number;
  indicatorScoreSum: string;
}>;
const rows = getScorecardRows(r.accounts);

describe('scorecard rows', () => {
  it('the department card and 17 projects, with lost points = 100 − self score (hand: 97 → 3, 95.8 → 4.2)', () => {
    expect(rows.map((x) => x.id)).toEqual([
      'department',
      ...Array.from({ length: 17 }, (_, i) => String(i + 1)),
    ]);
    expect(rows.map((x) => decimalText(x.lost))).toEqual(
      hand.map((h) =>
        decimalText({
          units:
            1000 -
            Math.round(Number(`${h.selfScore}`.replace('.', '')) * (h.selfScore.includes('.') ? 1 : 10)),
          scale: 1,
        }),
      ),
    );
  });

  it('card 8 prints no rate: derived from B/A (5.76 / 5.76 = 100%) and marked derived', () => {
    const eight = rows.find((x) => x.id === '8');
    expect([eight?.rateBp, eight?.rateDerived]).toEqual([10000, true]);
    expect(rows.find((x) => x.id === '2')?.rateBp).toBe(9900);
  });

  it('links a project to its 项 where exactly one 项 has that project spending (新冠 38.12 = 2100410, 表3 line 205)', () => {
    expect(rows.find((x) => x.id === '3')?.spending).toMatchObject({ code: '2100410', line: 205 });
    expect(rows.filter((x) => x.spending).map((x) => x.id)).toEqual(['3']);
  });

  it('finds each card in the prose project list (卫生专网 at 6.67 in the prose, line 477)', () => {
    expect(rows.filter((x) => x.card.kind === 'project').every((x) => x.proseEntry !== null)).toBe(true);
    expect(rows.find((x) => x.id === '15')?.proseEntry?.line).toBe(477);
  });
});

describe('indicator tree', () => {
  it('each card: indicator count and score sum equal the hand transcription', () => {
    for (const [k, row] of rows.entries()) {
      const tree = indicatorTree(row.card);
      const all = tree.flatMap((l1) => l1.children.flatMap((l2) => l2.indicators));
      expect(all).toHaveLength(hand[k]?.indicatorCount ?? -1);
      const sum = all.reduce(
        (s, i) => s + (i.score ? i.score.value.units * 10 ** (1 - i.score.value.scale) : 0),
        0,
      );
      expect(decimalText({ units: sum, scale: 1 })).toBe(hand[k]?.indicatorScoreSum);
    }
  });

  it('card 1: 产出 (25) → 质量/时效/成本, 效益 (35) → 经济/社会/可持续/满意度; 时效 lost 3 of 5', () => {
    const tree = indicatorTree(rows[1]!.card);
    expect(tree.map((l) => [l.name, decimalText(l.points), l.children.map((c) => c.name)])).toEqual([
      ['产出指标', '25', ['质量指标', '时效指标', '成本指标']],
      ['效益指标', '35', ['经济效益指标', '社会效益指标', '可持续影响指标', '满意度指标']],
    ]);
    const timely = tree[0]?.children[1]?.indicators[0];
    expect(timely?.name).toBe('合同签订至规划提交使用');
    expect(decimalText(timely ? lostOn(timely) : null)).toBe('3');
  });
});
