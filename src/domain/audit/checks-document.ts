/**
 * 文档自洽: the document against itself. The department and the year its title names are the ones every part heading,
 * table title and 编制单位 names; no placeholder of the blank template (`XX局`, `XXX`, 样张) and no instruction
 * sentence of the template (`增加（减少）`, `（如持平作持平表述）`, `…根据…填写`) is left in; each with its line.
 * Years in prose are not judged: the report year, the year before and dated phrases (截至…, quoted titles) are normal.
 */
import type { FinalAccounts } from '../final-accounts.types';
import { PLACEHOLDER } from '../parse/document-kind';
import type { AuditCheck, CheckPlace } from './core';
import { factCheck, place } from './core';

/** Sentences only a template's instructions print: alternatives left side by side, notes to the filler. */
const INSTRUCTION =
  /增加（减少）|增长（下降）|减少（增加）|下降（增长）|（如[^）]{0,30}(?:表述|填写|填报|删除)[^）]*）|(?:根据|按照)[^。]{0,40}(?:填写|填列)[。；]?$|此处(?:填写|说明)/;

/** A heading's own name for the body: what stands between `第N部分` and `概况` / its year / `部门决算`. */
function headingName(heading: string): string | null {
  const body = heading
    .replace(/\s+/g, '')
    .replace(/^第[一二三四五六七八九十\d]+部分/, '')
    .replace(/\d{4}年度?/g, '');
  const m = /^(.+?)(?:概况|部门决算|单位决算)/.exec(body);
  const name = m?.[1] ?? '';
  return name.length >= 2 ? name : null;
}

interface TextAt {
  readonly text: string;
  readonly line: number;
  readonly what: string;
}

export function documentChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  const { department, year } = a.meta;
  const titlePlace: CheckPlace[] = a.meta.titleLine === null ? [] : [place(a.meta.titleLine, '文件标题')];
  const compact = (s: string): string => s.replace(/\s+/g, '');
  const dept = compact(department);

  // The parts' own headings (第N部分 … or the part's words), not the sections within them.
  const partLines = new Set(a.completeness.parts.flatMap((p) => (p.line === null ? [] : [p.line])));
  const headings: TextAt[] = [
    ...a.sections
      .filter((s) => s.partKind !== null && partLines.has(s.line))
      .map((s) => ({ text: s.heading, line: s.line, what: '部分标题' })),
    ...a.tables.map((t) => ({ text: t.title, line: t.titleLine, what: `表${t.number} 标题` })),
  ];

  // The department each part heading and 编制单位 names.
  if (dept) {
    for (const h of headings.filter((x) => x.what === '部分标题')) {
      const name = headingName(h.text);
      if (!name) continue;
      // A heading may use the short form (测试局 for 测试市测试局: the city or district left off the front).
      const ok = name === dept || dept.endsWith(name) || name.endsWith(dept);
      out.push(
        factCheck(
          `document.name.${h.line}`,
          'document',
          ok ? 'pass' : 'fail',
          `${h.what}中的单位名称 = 文件标题的单位名称`,
          ok ? `“${name}”` : `“${name}” ≠ “${department}”`,
          [name, department],
          [place(h.line, `${h.what}（第 ${h.line} 行）`), ...titlePlace],
        ),
      );
    }
    for (const t of a.tables) {
      const printed = t.department ? compact(t.department.text.replace(/^(?:编制|填报)?单位[:：]?/, '')) : '';
      if (!t.department || !printed) continue;
      const ok = printed === dept || printed.startsWith(dept) || dept.startsWith(printed);
      out.push(
        factCheck(
          `document.name.t${t.number}`,
          'document',
          ok ? 'pass' : 'fail',
          `表${t.number} 的编制单位 = 文件标题的单位名称`,
          ok ? `“${printed}”` : `“${printed}” ≠ “${department}”`,
          [printed, department],
          [place(t.department.line, `表${t.number} 编制单位`), ...titlePlace],
        ),
      );
    }
  }

  // The year each part heading names (table titles: plausibility.year); prose years are not judged.
  if (year)
    for (const h of headings.filter((x) => x.what === '部分标题')) {
      for (const m of compact(h.text).matchAll(/(\d{4})年度/g)) {
        const y = Number(m[1]);
        out.push(
          factCheck(
            `document.year.${h.line}`,
            'document',
            y === year ? 'pass' : 'fail',
            `${h.what}的年度 = 文件年度`,
            `${y} ${y === year ? '=' : '≠'} ${year}`,
            [String(y), String(year)],
            [place(h.line, `${h.what}（第 ${h.line} 行）`), ...titlePlace],
          ),
        );
      }
    }

  // An empty table says why (本单位无…), and a table that says it has no figures prints none but zeros.
  for (const t of a.tables) {
    const printed = t.rows.some((r) => r.cells.length > 0);
    const nonZero = t.rows.flatMap((r) => r.cells).find((c) => c.fen !== 0);
    const statement = t.emptyStatement;
    const [status, detail]: ['pass' | 'fail', string] =
      statement && nonZero
        ? ['fail', `注明“${statement.text}”，却印有 ${nonZero.raw}（第 ${nonZero.line} 行）`]
        : !printed && !statement
          ? ['fail', '表中没有一个数字，也没有说明为何为空（如“本单位无…收支”）']
          : ['pass', statement ? `空表，注明“${statement.text}”` : '表中印有数字'];
    out.push(
      factCheck(
        `document.empty.t${t.number}`,
        'document',
        status,
        `表${t.number}：空表注明原因，注明无数据的表不印数字`,
        detail,
        [nonZero?.raw ?? (printed ? '有数字' : '无数字'), statement ? '注明无数据' : '未注明'],
        [
          place(t.titleLine, `表${t.number} 标题`),
          ...(statement ? [place(statement.line, `表${t.number} 说明`)] : []),
          ...(nonZero ? [place(nonZero.line, `表${t.number} ${nonZero.raw}`)] : []),
        ],
      ),
    );
  }

  // Placeholders and template instructions, anywhere the model holds text.
  const texts: TextAt[] = [
    ...headings,
    ...a.sections.flatMap((s) =>
      s.paragraphs.map((p) => ({ text: p.text, line: p.firstLine, what: '正文' })),
    ),
    ...a.tables.flatMap((t) =>
      t.notes.map((n) => ({ text: n.text, line: n.line, what: `表${t.number} 注` })),
    ),
  ];
  let left = 0;
  const reported = new Set<number>();
  for (const t of texts) {
    if (reported.has(t.line)) continue;
    const placeholder = PLACEHOLDER.exec(t.text)?.[0];
    const instruction = placeholder ? undefined : INSTRUCTION.exec(t.text)?.[0];
    const found = placeholder ?? instruction;
    if (!found) continue;
    left++;
    reported.add(t.line);
    out.push(
      factCheck(
        `document.template-text.${t.line}`,
        'document',
        'fail',
        placeholder ? `${t.what}留有空白模板的占位文字` : `${t.what}留有模板的填写说明`,
        `“${found}”：${t.text.length > 60 ? `${t.text.slice(0, 60)}…` : t.text}`,
        [found, ''],
        [place(t.line, `${t.what}（第 ${t.line} 行）`)],
      ),
    );
  }
  if (left === 0 && texts.length > 0)
    out.push(
      factCheck(
        'document.template-text',
        'document',
        'pass',
        '没有留下空白模板的占位文字或填写说明',
        `查看了 ${texts.length} 处标题、正文段落与表注`,
        ['0', '0'],
        titlePlace.length > 0 ? titlePlace : [place(texts[0]?.line ?? 1, '正文')],
      ),
    );
  return out;
}
