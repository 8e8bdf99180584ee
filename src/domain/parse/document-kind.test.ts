import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from './parse-final-accounts';

const REFERENCE = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);

/** The refusal of a text: its code, line and message; null when it is accepted. */
function refusal(text: string): { code: string; line: number | null; message: string } | null {
  const r = parseFinalAccounts(text);
  return r.ok ? null : { code: r.error.code, line: r.error.line, message: r.error.message };
}

// Each kind is made from the reference by the change its documents make (the words are what tells the kinds apart),
// or written out; the expected line is the line that shows the kind, found by reading the text.
describe('document kinds', () => {
  it('a 部门决算 is accepted, its kind read from its title', () => {
    const r = parseFinalAccounts(REFERENCE);
    expect(r.ok && r.accounts.meta.kind).toBe('部门决算');
  });

  it('a 单位决算 is accepted and says so', () => {
    const r = parseFinalAccounts(REFERENCE.replace('部门 决算公开', '单位决算公开'));
    expect(r.ok && r.accounts.meta.kind).toBe('单位决算');
  });

  it('the reference with 决算 changed to 预算 everywhere is a budget disclosure: refused at its title (line 3)', () => {
    // Today's parser accepted it with 92 rows (issue #15).
    const r = refusal(REFERENCE.replaceAll('决算', '预算'));
    expect(r?.code).toBe('input.budget-document');
    expect(r?.line).toBe(3);
    expect(r?.message).toContain('部门预算');
  });

  it('a 政府决算 is refused', () => {
    const text = '# 江汉区 2021 年政府决算\n\n一般公共预算收支决算表（表 1）\n收入\t100.00\n';
    const r = refusal(text);
    expect(r?.code).toBe('input.government-accounts');
    expect(r?.line).toBe(1);
  });

  it('a stand-alone 绩效自评报告 is refused', () => {
    const text = '# 武汉市江汉区大数据中心 2021 年度部门整体支出绩效自评报告\n\n一、基本情况\n本单位……\n';
    const r = refusal(text);
    expect(r?.code).toBe('input.performance-report');
    expect(r?.line).toBe(1);
  });

  it('a blank template is refused at its first placeholder', () => {
    const text = REFERENCE.replaceAll('武汉市江汉区大数据中心', 'XX局');
    const r = refusal(text);
    expect(r?.code).toBe('input.template');
    expect(r?.line).toBe(3);
    expect(r?.message).toContain('XX局');
  });

  it('a title with no table of a disclosure is refused, naming the title', () => {
    const text = REFERENCE.split('\n').slice(0, 100).join('\n');
    const r = refusal(text);
    expect(r?.code).toBe('input.no-tables');
    expect(r?.line).toBe(3);
  });

  it('titles in the other forms seen: department first, over two or three lines', () => {
    const body = REFERENCE.split('\n').slice(3).join('\n');
    for (const [title, line] of [
      ['武汉市江汉区大数据中心2021年度部门决算', 1],
      ['武汉市江汉区大数据中心\n2021年度部门决算', 1],
      ['武汉市江汉区\n大数据中心 2021 年度\n   部门决算', 1],
    ] as const) {
      const r = parseFinalAccounts(`${title}\n${body}`);
      expect(r.ok, title).toBe(true);
      if (!r.ok) continue;
      expect(r.accounts.meta.department, title).toBe('武汉市江汉区大数据中心');
      expect(r.accounts.meta.year, title).toBe(2021);
      expect(r.accounts.meta.titleLine, title).toBe(line);
    }
  });
});
