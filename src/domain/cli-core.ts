/**
 * The command line's logic, pure: argv and a file reader in, stdout/stderr/exit code out.
 * Kept in domain so it is unit-tested without spawning processes.
 */
import { factsToCsv, getTableFacts } from './facts';
import { parseFinalAccounts } from './parse/parse-final-accounts';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

const USAGE = `用法 (usage):
  npm run --silent cli -- facts <file>     表1–9 的每个数字，CSV：table,row,code,item,column,value,line
`;

/** Decodes bytes as UTF-8; returns null when they are not valid UTF-8 text. */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function runCli(argv: readonly string[], readFile: (path: string) => Uint8Array): CliResult {
  const [command, path] = argv;
  if (command === undefined || command === '--help' || command === '-h')
    return { stdout: USAGE, stderr: '', code: command ? 0 : 2 };
  if (command !== 'facts') return { stdout: '', stderr: `未知命令：${command}\n${USAGE}`, code: 2 };
  if (!path) return { stdout: '', stderr: `缺少文件参数\n${USAGE}`, code: 2 };
  let bytes: Uint8Array;
  try {
    bytes = readFile(path);
  } catch (e) {
    return {
      stdout: '',
      stderr: `无法读取文件 ${path}：${e instanceof Error ? e.message : String(e)}\n`,
      code: 2,
    };
  }
  const text = decodeText(bytes);
  if (text === null) {
    return {
      stdout: '',
      stderr: `${path}：不是 UTF-8 文本（可能是 PDF、图片或其他二进制文件）；本工具接受 .txt / .md 格式的部门决算公开\n`,
      code: 2,
    };
  }
  const r = parseFinalAccounts(text);
  if (!r.ok) {
    const where = r.error.line ? `第 ${r.error.line} 行：` : '';
    return { stdout: '', stderr: `${path}：${where}${r.error.message}\n`, code: 2 };
  }
  const warnings = r.problems.filter((p) => p.severity === 'error');
  const stderr = warnings.map((p) => `${path}:${p.line ?? ''}: ${p.message}\n`).join('');
  return { stdout: factsToCsv(getTableFacts(r.accounts)), stderr, code: 0 };
}
