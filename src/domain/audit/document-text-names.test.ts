/**
 * Names printed in a document are text, never patterns: the audit compares them as strings. Each case is the
 * reference with one name of 情况说明 二、收入决算情况说明 (line 406, `其中：财政拨款收入 2484.74 万元，占本年收入
 * 100%。`) rewritten to hold ASCII brackets or other regular-expression metacharacters, as OCR and half-width
 * typing produce them. The audit must not throw, and every check it returns must have a status and a message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { runAudit } from './run-audit';

const reference = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);
const PRINTED = '其中：财政拨款收入 2484.74 万元，占本年收入 100%。';
const STATUSES = ['pass', 'fail', 'warn'];

function withIncomeName(name: string): string {
  expect(reference.split(PRINTED)).toHaveLength(2);
  return reference.replace(PRINTED, `其中：${name} 2484.74 万元，占本年收入 100%。`);
}

function auditOf(text: string) {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return { accounts: r.accounts, report: runAudit(r.accounts) };
}

describe('a name with metacharacters in 情况说明', () => {
  it.each([
    ['an unclosed ASCII parenthesis', '财政拨款(补助收入'],
    ['a closing parenthesis without its opening one (mixed widths)', '财政拨款（补助)收入'],
    ['a balanced ASCII pair', '财政拨款(补助)收入'],
    ['a leading quantifier', '*财政拨款收入'],
    ['an unclosed bracket', '财政拨款[收入'],
    ['a dot-star', '财政.*'],
    ['a backslash at the end', '财政拨款收入\\'],
  ])('%s (%s): the audit runs, every check has a status and a message', (_what, name) => {
    const { accounts, report } = auditOf(withIncomeName(name));
    // The parser read the name as printed (else this case would not reach the audit's name lookup).
    expect(accounts.facts.income?.parts.map((p) => p.name)).toEqual([name]);
    expect(report.checks.length).toBeGreaterThan(100);
    for (const c of report.checks) {
      expect(STATUSES, c.id).toContain(c.status);
      expect(c.message, c.id).not.toBe('');
    }
    // The share is still checked (2484.74 / 2484.74 = 100%, as printed).
    expect(report.checks.find((c) => c.id === `prose.income.${name}.share`)?.status).toBe('pass');
    // No 表2 column is headed by this name: it is compared with none (a pattern `.*` would have matched one).
    expect(report.checks.find((c) => c.id === `prose.income.${name}`)).toBeUndefined();
  });

  it('the name as the reference prints it is still compared with 表2 合计 · 财政拨款收入 (2484.74 = 2484.74)', () => {
    const { report } = auditOf(reference);
    const check = report.checks.find((c) => c.id === 'prose.income.财政拨款收入');
    expect(check?.status).toBe('pass');
    expect(check?.values).toEqual(['2484.74', '2484.74']);
  });
});
