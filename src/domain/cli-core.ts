/**
 * The command line's logic, pure: argv and a file reader in, stdout/stderr/exit code out.
 * Kept in domain so it is unit-tested without spawning processes.
 */
import { FAMILY_LABELS } from './audit/core';
import type { Completeness } from './completeness';
import { completenessSummary } from './completeness';
import type { AuditReport } from './audit/run-audit';
import { auditToJson, runAudit } from './audit/run-audit';
import { factsToCsv, getTableFacts } from './facts';
import type { FinalAccounts, ParseResult } from './final-accounts.types';
import { parseFinalAccounts } from './parse/parse-final-accounts';
import type { ParsedFile } from './parsed-file';
import { serializeParsedFile } from './parsed-file';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const USAGE = `用法 (usage):
  npm run --silent cli -- facts <file>          表1–9 的每个数字，CSV：table,row,code,item,column,value,line
  npm run --silent cli -- audit <file> [--json] 全部勾稽检查：可读摘要，或 JSON {"checks": [...]}
  npm run --silent cli -- model <file>          解析出的模型，JSON（与 data/parsed/ 相同的格式）
  npm run --silent cli -- text <file>           来源行（facts 与 audit 的行号所指的行；PDF 为重建的文字行）
  <file>：.txt / .md 文本，或带文字层的 .pdf
`;

const COMMANDS = new Set(['facts', 'audit', 'model', 'text']);

/** What the command line needs of its machine beyond reading files (given by scripts/cli.ts). */
export interface CliDeps {
  /** Hex sha256 of the file's bytes, for `model`'s source record. */
  readonly sha256?: (bytes: Uint8Array) => string;
}

/** Decodes bytes as UTF-8; returns null when they are not valid UTF-8 text. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file as the command line reads it: its bytes, and for a PDF, what the PDF reader made of them. */
export interface CliSource {
  readonly bytes: Uint8Array;
  /** For a PDF: the reconstructed text lines and their parse (or why the PDF could not be read). */
  readonly pdf?:
    | { readonly ok: true; readonly text: string; readonly result: ParseResult }
    | { readonly ok: false; readonly message: string };
}

/** True for bytes that begin as a PDF file does (`%PDF-`). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** The file argument of argv (the first that is not a flag), for a caller that reads the file first. */
export function cliFileArgument(argv: readonly string[]): string | undefined {
  return argv.slice(1).find((a) => a !== '--json');
}

export function runCli(
  argv: readonly string[],
  readFile: (path: string) => Uint8Array | CliSource,
  deps: CliDeps = {},
): CliResult {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const path = rest.find((a) => a !== '--json');
  if (command === undefined || command === '--help' || command === '-h')
    return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
  if (!COMMANDS.has(command)) return { stdout: '', stderr: `未知命令：${command}\n${USAGE}`, code: 2 };
  if (!path) return { stdout: '', stderr: `缺少文件参数\n${USAGE}`, code: 2 };
  let source: CliSource;
  try {
    const read = readFile(path);
    source = read instanceof Uint8Array ? { bytes: read } : read;
  } catch (e) {
    return {
      stdout: '',
      stderr: `无法读取文件 ${path}：${e instanceof Error ? e.message : String(e)}\n`,
      code: 2,
    };
  }
  const { bytes } = source;
  let text: string;
  let r: ParseResult;
  if (source.pdf) {
    if (!source.pdf.ok) return { stdout: '', stderr: `${path}：${source.pdf.message}\n`, code: 2 };
    text = source.pdf.text;
    r = source.pdf.result;
  } else {
    const decoded = decodeText(bytes);
    if (decoded === null) {
      return {
        stdout: '',
        stderr: isPdf(bytes)
          ? `${path}：这是 PDF，但本命令没有可用的 PDF 读取器\n`
          : `${path}：不是 UTF-8 文本或 PDF（可能是图片或其他二进制文件）；本工具接受 .txt / .md 文本或带文字层的 .pdf 部门决算公开\n`,
        code: 2,
      };
    }
    text = decoded;
    // The lines provenance numbers refer to: for a text file, the file itself.
    if (command === 'text') return { stdout: text, stderr: '', code: 0 };
    r = parseFinalAccounts(text);
  }
  // For a PDF, the reconstructed lines that `line` in facts and audit refers to.
  if (command === 'text') return { stdout: `${text}\n`, stderr: '', code: 0 };
  if (!r.ok) {
    const where = r.error.line ? `第 ${r.error.line} 行：` : '';
    return { stdout: '', stderr: `${path}：${where}${r.error.message}\n`, code: 2 };
  }
  const errors = r.problems.filter((p) => p.severity === 'error');
  const stderr = errors.map((p) => `${path}:${p.line ?? ''}: ${p.message}\n`).join('');
  if (command === 'model') {
    const file = path.split(/[\\/]/).pop() ?? path;
    const sha256 = deps.sha256?.(bytes) ?? '';
    const parsed: ParsedFile = {
      format: 'final-accounts/1',
      source: { file, sha256 },
      accounts: r.accounts,
      problems: r.problems,
    };
    return { stdout: serializeParsedFile(parsed), stderr, code: 0 };
  }
  if (command === 'audit') {
    const report = runAudit(r.accounts);
    const c = r.accounts.completeness;
    // A document only partly read says so on stderr too, where a script piping stdout still sees it.
    const partial = c.complete ? '' : `${path}：${completenessSummary(c)}\n`;
    return {
      stdout: json ? auditToJson(report, c) : auditSummary(r.accounts, report),
      stderr: stderr + partial,
      code: 0,
    };
  }
  return { stdout: factsToCsv(getTableFacts(r.accounts)), stderr, code: 0 };
}

/** The completeness report as text: the summary, each table and core part found or missing, every unread line. */
export function completenessLines(c: Completeness): string[] {
  const out = [completenessSummary(c)];
  for (const t of c.tables)
    out.push(
      `  表${t.template} ${t.name}：${t.titleLine === null ? '未找到' : `第 ${t.titleLine} 行，${t.read ? `${t.rows} 行${t.declaredEmpty ? '，注明无数据' : ''}` : '未读出任何行'}`}`,
    );
  for (const p of c.parts)
    if (p.core || p.line !== null) out.push(`  ${p.name}：${p.line === null ? '未找到' : `第 ${p.line} 行`}`);
  out.push(
    `  读出：表格数字 ${c.counts.tableFigures}，文字中的数字 ${c.counts.proseFigures}，名词解释 ${c.counts.glossaryEntries}，绩效自评表 ${c.counts.scorecards}（指标 ${c.counts.indicators}）`,
  );
  out.push(`  未读的金额：${c.unread.length === 0 ? '无' : `${c.unread.length} 行`}`);
  for (const u of c.unread) out.push(`    第 ${u.line} 行：${u.amounts.join('、')} — ${u.text}`);
  if (c.untyped.length > 0) {
    out.push(`  有金额但未归类的句子：${c.untyped.length} 句`);
    for (const u of c.untyped)
      out.push(`    第 ${u.line} 行：${u.figures.join('、')} — ${u.sentence.slice(0, 60)}`);
  }
  return out;
}

const STATUS_LABEL = { pass: '通过', fail: '不符', warn: '提示' } as const;

/** The readable audit summary: counts by family, then every fail and warning with its arithmetic and lines. */
export function auditSummary(accounts: FinalAccounts, report: AuditReport): string {
  const out: string[] = [];
  out.push(`${accounts.meta.department} ${accounts.meta.year} 年度决算 · 勾稽检查`);
  out.push(
    `共 ${report.checks.length} 项：通过 ${report.counts.pass}，不符 ${report.counts.fail}，提示 ${report.counts.warn}`,
  );
  const coverage = report.coverage;
  out.push(coverage.verdict.text);
  out.push('', ...completenessLines(accounts.completeness), '');
  out.push(`检查目录（${coverage.share}）：`);
  for (const e of coverage.entries) {
    if (e.state === 'checked') continue;
    const where = e.line === null ? '' : `（第 ${e.line} 行）`;
    out.push(`  ${e.state === 'not-checked' ? '未运行' : '不适用'} ${e.label}：${e.reason ?? ''}${where}`);
  }
  out.push('');
  for (const [family, counts] of Object.entries(report.byFamily)) {
    const label = FAMILY_LABELS[family as keyof typeof FAMILY_LABELS];
    out.push(
      `  ${label.padEnd(6, '　')} 通过 ${String(counts.pass).padStart(3)}  不符 ${String(counts.fail).padStart(2)}  提示 ${String(counts.warn).padStart(2)}`,
    );
  }
  for (const status of ['fail', 'warn'] as const) {
    const list = report.checks.filter((c) => c.status === status);
    if (list.length === 0) continue;
    out.push('', `${STATUS_LABEL[status]}（${list.length}）`);
    for (const c of list) {
      out.push(`- [${c.id}] ${c.message}`);
      out.push(`    ${c.detail}`);
      out.push(`    原文行：${c.lines.join('、')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
