/** 第五部分 名词解释: a definition for every 项 code the tables use. */
import { factCheck, place } from '../core';
import type { ProseContext } from './context';

/** 名词解释: a definition for every 项 code used in 表2, 表3 and 表5. */
export function glossaryChecks(c: ProseContext): void {
  const itemCodes = new Map<string, { line: number; name: string }>();
  for (const t of [c.t2, c.t3, c.t5])
    for (const r of t?.rows ?? [])
      if (r.code && r.level === 'item' && !itemCodes.has(r.code))
        itemCodes.set(r.code, { line: r.line, name: r.name });
  for (const [code, where] of itemCodes) {
    const def = c.a.glossary.find((g) => g.code === code);
    c.checks.push(
      factCheck(
        `prose.glossary.${code}`,
        'prose',
        def ? 'pass' : 'warn',
        `名词解释中有 ${code} ${where.name} 的定义`,
        def ? `第 ${def.line} 行定义` : '名词解释未定义此项',
        [code, def ? code : ''],
        [
          place(where.line, `${code} ${where.name}`),
          ...(def ? [place(def.line, `名词解释 ${def.term}`)] : []),
        ],
      ),
    );
  }
}
