/** Located parse problems: a stable code, a severity, the 1-based line, a message in Chinese. */
import type { ParseProblem, ProblemSeverity } from '../final-accounts.types';

/** Collects problems while parsing. NOTE mutates its own list only. */
export class ProblemLog {
  readonly items: ParseProblem[] = [];
  add(code: string, severity: ProblemSeverity, line: number | null, message: string): void {
    if (this.items.length < 5000) this.items.push({ code, severity, line, message });
  }
  error(code: string, line: number | null, message: string): void {
    this.add(code, 'error', line, message);
  }
  warn(code: string, line: number | null, message: string): void {
    this.add(code, 'warning', line, message);
  }
  info(code: string, line: number | null, message: string): void {
    this.add(code, 'info', line, message);
  }
}
