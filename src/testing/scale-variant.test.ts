import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { toPlainDecimal } from '../domain/money';
import { getOverview } from '../domain/overview';
import { runAudit } from '../domain/audit/run-audit';
import { parseFinalAccounts } from '../domain/parse/parse-final-accounts';
import { multiplyPrinted, scaleVariant } from './scale-variant';

const text = readFileSync(
  new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const DEPARTMENT = '武汉市江汉区大数据中心';

describe('scaleVariant', () => {
  it('multiplies printed amounts exactly', () => {
    expect(multiplyPrinted('1,103.48', 3n)).toBe('3,310.44');
    expect(multiplyPrinted('0.07', 3n)).toBe('0.21');
    expect(multiplyPrinted('999.99', 1000n)).toBe('999990.00');
    expect(multiplyPrinted('2,812.11', 7n)).toBe('19,684.77');
  });

  it('a factor of 3 triples the totals (2,812.11 → 8,436.33, 2,484.74 → 7,454.22) and names the sample', () => {
    const r = parseFinalAccounts(scaleVariant(text, 3, 12, DEPARTMENT));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.accounts.meta.department).toBe(`${DEPARTMENT}（样本12）`);
    const o = getOverview(r.accounts, runAudit(r.accounts));
    expect(o.expense ? toPlainDecimal(o.expense.fen, '万元') : null).toBe('8436.33');
    expect(o.income ? toPlainDecimal(o.income.fen, '万元') : null).toBe('7454.22');
  });

  it('a factor of 1 changes only the department name', () => {
    expect(scaleVariant(text, 1, 1, DEPARTMENT).split(`${DEPARTMENT}（样本1）`).join(DEPARTMENT)).toBe(text);
  });
});
