/**
 * The command line on a real PDF (the finance bureau's 2024 disclosure), as a user runs it: `cli facts` prints each
 * table figure with the line that `cli text` prints, and the blank template and a damaged PDF exit non-zero with one
 * line saying why.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pdf = (name: string): string => path.join(root, '..', 'shared', 'documents', 'pdf', name);
const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/cli.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

describe('cli on a PDF', () => {
  it('facts: each figure’s line in `cli text` prints that figure', () => {
    const file = pdf('shanghai-putuo-finance-bureau-2024.pdf');
    const facts = cli('facts', file);
    expect(facts.status).toBe(0);
    const text = cli('text', file).stdout.split('\n');
    const rows = facts.stdout.trim().split('\n').slice(1);
    // 195 printed amounts in tables 1–9 (oracle: finance-bureau-2024.oracle.json)
    expect(rows).toHaveLength(195);
    for (const row of rows) {
      const cells = row.split(',');
      const value = cells.at(-2) ?? '';
      const line = Number(cells.at(-1));
      expect(text[line - 1]?.replace(/,/g, ''), row).toContain(value);
    }
  }, 60_000);

  it('refuses the blank template and a damaged PDF with a one-line reason', () => {
    const template = cli('audit', pdf('shanghai-template-2024.pdf'));
    expect(template.status).toBe(2);
    expect(template.stderr.trim().split('\n')).toHaveLength(1);
    expect(template.stderr).toContain('模板');
    const damaged = path.join(tmpdir(), 'damaged-cli-test.pdf');
    writeFileSync(damaged, '%PDF-1.7\nnot a pdf at all');
    const r = cli('facts', damaged);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('已损坏');
    expect(r.stdout).toBe('');
  }, 60_000);
});
