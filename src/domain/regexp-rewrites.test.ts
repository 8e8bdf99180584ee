/**
 * Issue #8: the patterns the super-linear lint rules flagged were rewritten (or replaced by loops). Each rewrite is
 * compared here with the pattern it replaced, on many random strings built from the characters that matter to it
 * (fast-check), plus the hand cases that decide the edge behaviour. The old patterns are the oracles, kept only here
 * and run only on short strings, so their eslint-disable lines are the one place they may stand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SHARE_CLAUSE_AT_END } from './audit/checks-plausibility';
import { RATE_AT_END } from './audit/checks-scorecards';
import { dropTrailingZeros, groupThousands, trimTrailingZeros } from './money';
import { GLOSSARY_TERM } from './parse/parse-final-accounts';
import { readOptions } from './parse/scorecards';
import { compact } from './parse/text';

/* eslint-disable regexp/no-super-linear-move, regexp/no-super-linear-backtracking -- the replaced patterns, as oracles */
const OLD = {
  group: /\B(?=(\d{3})+(?!\d))/g,
  trailingZeros: /0+$/,
  zeroFraction: /\.?0+$/,
  rate: /(\d+(?:\.\d+)?)[%％]$/,
  share: /占[^，。]*$/,
  term: /^[（(]([一二三四五六七八九十]+)[）)](.+?)[:：](.+)$/,
  option: /\d+、\s*([^<\t]+?)\s*<input([^<>]{0,200})>/g,
};
/* eslint-enable regexp/no-super-linear-move, regexp/no-super-linear-backtracking */

/** Strings of up to `max` pieces drawn from `pieces`. */
const textOf = (pieces: readonly string[], max = 24): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(''));

const RUNS = { numRuns: 3000 };

function oldOptions(raw: string): { all: string[]; ticked: string | null } {
  const all: string[] = [];
  let ticked: string | null = null;
  const r = OLD.option;
  r.lastIndex = 0;
  for (let m = r.exec(raw); m; m = r.exec(raw)) {
    const name = compact(m[1] ?? '');
    all.push(name);
    if (/checked/.test(m[2] ?? '') && ticked === null) ticked = name;
  }
  return { all, ticked };
}

describe('rewritten patterns behave as the ones they replace', () => {
  it('groupThousands = replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",") on signed digit runs', () => {
    fc.assert(
      fc.property(textOf(['-', ''], 1), textOf(['0', '1', '7', '9'], 20), (sign, digits) => {
        const s = sign + digits;
        expect(groupThousands(s)).toBe(s.replace(OLD.group, ','));
      }),
      RUNS,
    );
    expect(groupThousands('2812')).toBe('2,812');
    expect(groupThousands('-1234567')).toBe('-1,234,567');
  });

  it('trimTrailingZeros = replace(/0+$/, "") and dropTrailingZeros = replace(/\\.?0+$/, "")', () => {
    fc.assert(
      fc.property(textOf(['0', '1', '.', '-', ','], 12), (s) => {
        expect(trimTrailingZeros(s)).toBe(s.replace(OLD.trailingZeros, ''));
        expect(dropTrailingZeros(s)).toBe(s.replace(OLD.zeroFraction, ''));
      }),
      RUNS,
    );
    expect(['19.80', '97.00', '12.', '100', '0.0'].map(dropTrailingZeros)).toEqual([
      '19.8',
      '97',
      '12.',
      '1',
      '0',
    ]);
  });

  it('RATE_AT_END finds what /(\\d+(?:\\.\\d+)?)[%％]$/ found', () => {
    fc.assert(
      fc.property(textOf(['1', '9', '.', '%', '％', '执行率', ' ']), (s) => {
        expect(RATE_AT_END.exec(s)?.slice(0, 2) ?? null).toEqual(OLD.rate.exec(s)?.slice(0, 2) ?? null);
      }),
      RUNS,
    );
    expect(RATE_AT_END.exec('执行率98.5%')?.[1]).toBe('98.5');
  });

  it('SHARE_CLAUSE_AT_END tests as /占[^，。]*$/ did', () => {
    fc.assert(
      fc.property(textOf(['占', '，', '。', '比', '\n', '1']), (s) => {
        expect(SHARE_CLAUSE_AT_END.test(s)).toBe(OLD.share.test(s));
      }),
      RUNS,
    );
  });

  it('GLOSSARY_TERM captures what /^[（(]…[）)](.+?)[:：](.+)$/ captured', () => {
    fc.assert(
      fc.property(
        textOf(['（', '(', '一', '十', '）', ')', '：', ':', '\n', '\r', '\u2028', 'a', '词']),
        (s) => {
          expect(GLOSSARY_TERM.exec(s)?.slice(0, 4) ?? null).toEqual(OLD.term.exec(s)?.slice(0, 4) ?? null);
        },
      ),
      RUNS,
    );
    expect(GLOSSARY_TERM.exec('（一）：a：b')?.slice(1)).toEqual(['一', '：a', 'b']);
  });

  it('readOptions lists the options /\\d+、\\s*([^<\\t]+?)\\s*<input…>/g listed', () => {
    const pieces = [
      '1',
      '23',
      '、',
      ' ',
      '\t',
      '\u3000',
      '部门预算项目',
      'x',
      '<',
      '>',
      '<input type="checkbox"/>',
      '<input checked="" type="checkbox"/>',
      '<b>',
      'input',
    ];
    fc.assert(
      fc.property(textOf(pieces, 30), (s) => {
        expect(readOptions(s)).toEqual(oldOptions(s));
      }),
      { numRuns: 20000 },
    );
    const row =
      '1、部门预算项目 <input checked="" type="checkbox"/> 2、专项资金 <input type="checkbox"/> 3、上级转移支付项目 <input type="checkbox"/>';
    expect(readOptions(row)).toEqual({
      all: ['部门预算项目', '专项资金', '上级转移支付项目'],
      ticked: '部门预算项目',
    });
    for (const edge of [
      '1、\t<input>',
      '1、 \t<input>',
      '1、\t x\t <input>',
      '1、x\ty<input>',
      '1、<input>2、y<input>',
    ])
      expect(readOptions(edge), JSON.stringify(edge)).toEqual(oldOptions(edge));
  });
});
