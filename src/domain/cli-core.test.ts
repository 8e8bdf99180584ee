import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runCli } from './cli-core';
import { VARIANTS } from '../testing/variants';

const root = new URL('../../', import.meta.url);
const files: Record<string, Uint8Array> = {
  'ref.txt': readFileSync(new URL('data/source/jianghan-big-data-center-2021.txt', root)),
  'random.txt': new TextEncoder().encode('一段与决算无关的文字。\n第二行。'),
  'budget.txt': new TextEncoder().encode('# 2022 年度某部门预算公开\n\n收入 1.00 万元'),
  'doc.pdf': new Uint8Array([
    0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0xff, 0xfe,
  ]),
};
const read = (path: string): Uint8Array => {
  const f = files[path];
  if (!f) throw new Error(`ENOENT: no such file, open '${path}'`);
  return f;
};

describe('cli facts', () => {
  it('prints the header and one row per figure, exactly the hand transcription', () => {
    const r = runCli(['facts', 'ref.txt'], read);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      readFileSync(new URL('src/domain/__fixtures__/reference-facts.hand.csv', root), 'utf8'),
    );
    expect(r.stdout.split('\n')[0]).toBe('table,row,code,item,column,value,line');
  });

  it.each([
    ['random.txt', '不是部门决算公开'],
    ['budget.txt', '不是部门决算'],
    ['doc.pdf', '这是 PDF，但本命令没有可用的 PDF 读取器'],
    ['missing.txt', '无法读取文件'],
  ])('%s: clear message on stderr, non-zero exit, nothing on stdout', (file, message) => {
    const r = runCli(['facts', file], read);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('audit prints a summary with every fail, and --json the documented shape', () => {
    const text = runCli(['audit', 'ref.txt'], read);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('不符 12');
    expect(text.stdout).toContain('[cross.t1-t3.201]');
    const json = runCli(['audit', 'ref.txt', '--json'], read);
    const parsed = JSON.parse(json.stdout) as {
      checks: Array<{ id: string; values: string[]; lines: number[]; status: string }>;
    };
    expect(parsed.checks.find((c) => c.id === 'cross.t1-t3.201')).toMatchObject({
      status: 'fail',
      values: ['2697.43', '2697.42'],
      lines: [115, 195],
    });
    expect(runCli(['audit', 'random.txt', '--json'], read).code).toBe(2);
  });

  it('audit prints what was read: every table with its title line, and says so when a document is partly read', () => {
    const whole = runCli(['audit', 'ref.txt'], read);
    expect(whole.stdout).toContain('读取完整');
    expect(whole.stdout).toContain('表6 一般公共预算财政拨款基本支出决算明细表：第 302 行');
    expect(whole.stdout).toContain('未读的金额：无');
    expect(whole.stderr).toBe('');
    // The reference without table 2 (lines 152–183, title “2021 年度收入决算表（表 2）” at 152).
    const lines = new TextDecoder().decode(files['ref.txt']).split('\n');
    const partial = new TextEncoder().encode(lines.filter((_, i) => i + 1 < 152 || i + 1 > 183).join('\n'));
    const r = runCli(['audit', 'partial.txt'], (p) => (p === 'partial.txt' ? partial : read(p)));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('表2 收入决算表：未找到');
    expect(r.stderr).toBe('partial.txt：读取不完整（12/13）：缺表2\n');
    const json = JSON.parse(
      runCli(['audit', 'partial.txt', '--json'], (p) => (p === 'partial.txt' ? partial : read(p))).stdout,
    ) as {
      completeness: { complete: boolean; tables: Array<{ template: number; titleLine: number | null }> };
    };
    expect(json.completeness.complete).toBe(false);
    expect(json.completeness.tables.filter((t) => t.titleLine === null).map((t) => t.template)).toEqual([2]);
  });

  it('usage errors exit non-zero', () => {
    expect(runCli([], read).code).toBe(2);
    expect(runCli(['facts'], read).code).toBe(2);
    expect(runCli(['nope', 'ref.txt'], read).stderr).toContain('未知命令');
  });
});

describe('cli on every template variant (src/domain/__fixtures__/variants)', () => {
  const readFromRepo = (path: string): Uint8Array => readFileSync(new URL(path, root));
  // Every variant keeps all 179 figures of the hand transcription (reference-facts.hand.csv) and all 12 contradictions
  // of the reference audit (audit/reference-audit.test.ts); other-department and combined rename department and year.
  it.each(VARIANTS.map((v) => v.name))(
    '%s: facts and audit run and report the same figures and contradictions',
    (name) => {
      const file = `src/domain/__fixtures__/variants/${name}.txt`;
      const facts = runCli(['facts', file], readFromRepo);
      expect([facts.code, facts.stderr]).toEqual([0, '']);
      const rows = facts.stdout.trimEnd().split('\n');
      expect(rows[0]).toBe('table,row,code,item,column,value,line');
      expect(rows).toHaveLength(1 + 179);
      const audit = runCli(['audit', file], readFromRepo);
      expect([audit.code, audit.stderr]).toEqual([0, '']);
      const renamed = name === 'other-department' || name === 'combined';
      expect(audit.stdout.split('\n')[0]).toBe(
        renamed
          ? '武汉市江汉区城市运行中心 2023 年度决算 · 勾稽检查'
          : '武汉市江汉区大数据中心 2021 年度决算 · 勾稽检查',
      );
      expect(audit.stdout).toContain('不符 12');
      expect(audit.stdout).toContain('[cross.t1-t3.201]');
      const json = JSON.parse(runCli(['audit', file, '--json'], readFromRepo).stdout) as {
        checks: Array<{ status: string }>;
      };
      expect(json.checks.filter((c) => c.status === 'fail')).toHaveLength(12);
    },
  );
});

describe('cli model and text', () => {
  it('model prints the parsed model in the shape of data/parsed (the committed golden file, byte for byte)', () => {
    const r = runCli(
      ['model', 'jianghan-big-data-center-2021.txt'],
      () => files['ref.txt'] ?? new Uint8Array(),
      {
        sha256: (b) => createHash('sha256').update(b).digest('hex'),
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(new URL('data/parsed/final-accounts.2021.json', root), 'utf8'));
  });

  it('text prints the lines that facts and audit number: for a text file, the file itself', () => {
    const r = runCli(['text', 'ref.txt'], read);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(new TextDecoder().decode(files['ref.txt']));
    // facts' line 198 is this line of text's output: 2010350 事业运行 236.77 (read by hand).
    expect(r.stdout.split(/\r\n|\n/)[197]).toContain('2010350');
  });

  it.each(['facts', 'audit', 'model'])(
    '%s exits non-zero with a one-line reason when no table of a disclosure is found',
    (command) => {
      const titleOnly = new TextEncoder().encode(
        '# 2021 年度某单位部门决算公开\n\n一、部门主要职能\n负责……\n',
      );
      const r = runCli([command, 't.txt'], () => titleOnly);
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('没有找到任何一张决算表');
    },
  );
});
