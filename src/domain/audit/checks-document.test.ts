/**
 * 文档自洽 on the reference document and on copies with one planted slip each: a part heading naming another body or
 * another year, a placeholder of the blank template, an instruction of the template left in. The lines were read by
 * hand: 104 is 第二部分's heading, 393 第三部分's, 397 the first sentence of the 收入支出 explanation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { documentChecks } from './checks-document';

const reference = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);

function checksOf(text: string) {
  const r = parseFinalAccounts(text);
  if (!r.ok) throw new Error(r.error.message);
  return documentChecks(r.accounts);
}
/** The reference with line `n` (1-based) rewritten. */
function withLine(n: number, edit: (line: string) => string): string {
  return reference
    .split('\n')
    .map((l, i) => (i + 1 === n ? edit(l) : l))
    .join('\n');
}
const failed = (text: string) => checksOf(text).filter((c) => c.status === 'fail');

describe('文档自洽', () => {
  it('passes on the reference: its parts and tables name its department and year, and nothing of the template is left', () => {
    const checks = checksOf(reference);
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
    expect(checks.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'document.name.104',
        'document.name.393',
        'document.year.393',
        'document.template-text',
      ]),
    );
  });

  it('a part heading naming another body is found, with both names and both places', () => {
    const f = failed(withLine(393, (l) => l.replace('武汉市江汉区大数据中心', '武汉市江汉区城市运行中心')));
    expect(f.map((c) => c.id)).toEqual(['document.name.393']);
    expect(f[0]?.values).toEqual(['武汉市江汉区城市运行中心', '武汉市江汉区大数据中心']);
    // the title is line 3: # 2021 年度武汉市江汉区大数据中心部门 决算公开
    expect(f[0]?.places.map((p) => p.line)).toEqual([393, 3]);
  });

  it('a part heading of another year is found; years in the prose are not judged', () => {
    const f = failed(withLine(393, (l) => l.replace('2021 年度', '2020 年度')));
    expect(f.map((c) => [c.id, c.values])).toEqual([['document.year.393', ['2020', '2021']]]);
  });

  it('a table printed without a figure must say why; a table that says it has none must print none', () => {
    // 表8 (title line 358) states 本单位无政府性基金预算财政拨款收支 at line 373: without the statement it is a finding.
    const silent = failed(withLine(373, () => ''));
    expect(silent.map((c) => c.id)).toEqual(['document.empty.t8']);
    expect(silent[0]?.values).toEqual(['无数字', '未注明']);
    // 表7 prints figures; a statement that the table has none, put under it, contradicts them.
    const lines = reference.split('\n');
    const t7Title = lines.findIndex((l) => l.includes('“三公”经费支出决算表（表7）')) + 1;
    const t8Title = lines.findIndex((l, i) => i > t7Title && l.includes('（表 8）')) + 1;
    const claimed = failed(withLine(t8Title - 1, (l) => `${l}\n注：本单位无“三公”经费支出。`));
    expect(claimed.map((c) => c.id)).toEqual(['document.empty.t7']);
    expect(claimed[0]?.values[1]).toBe('注明无数据');
  });

  it('a placeholder and an instruction of the template are found at their lines', () => {
    expect(
      failed(withLine(104, (l) => l.replace('武汉市江汉区大数据中心', 'XX局'))).map((c) => c.id),
    ).toEqual(expect.arrayContaining(['document.template-text.104']));
    const text = withLine(397, (l) => `${l}与上年相比增加（减少）。`);
    const f = failed(text);
    expect(f.map((c) => c.id)).toEqual(['document.template-text.397']);
  });
});
