/** Speaker notes take every figure from the model (expected values read by hand: lines 141, 194, 397, 1109). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runAudit } from './audit/run-audit';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import { speakerNotes } from './speaker-notes';

const r = parseFinalAccounts(
  readFileSync(new URL('../../data/source/jianghan-big-data-center-2021.txt', import.meta.url), 'utf8'),
);
if (!r.ok) throw new Error(r.error.message);
const audit = runAudit(r.accounts);
const notes = (view: string, path: string[] = [], params: Record<string, string> = {}) =>
  speakerNotes(r.accounts, audit, { view, path, params }).join('');

describe('speaker notes', () => {
  it('overview: totals, the change on last year with its reason, the split, the audit', () => {
    const t = notes('overview');
    expect(t).toContain('收入 2,484.74 万元，支出 2,812.11 万元');
    expect(t).toContain('减少 2,072.36 万元，下降 42%，主要原因是项目收尾工作');
    expect(t).toContain('基本支出 313.34 万元（11.1%），项目支出 2,498.77 万元（88.9%）');
    expect(t).toContain('不符 12 项');
  });

  it('a drill level names its largest item and share; a card its figures; 元 when asked', () => {
    expect(notes('drill', [], { trail: '201,20103' })).toContain(
      '2010399 其他政府办公厅（室）及相关机构事务支出，2,180.79 万元，占 80.8%',
    );
    expect(notes('scorecards', ['17'])).toContain(
      '预算 958.27 万元，执行 821.80 万元，自评 92.2 分，失 7.8 分',
    );
    expect(
      speakerNotes(r.accounts, audit, { view: 'overview', path: [], params: {} }, '元').join(''),
    ).toContain('支出 28,121,100.00 元');
  });
});
