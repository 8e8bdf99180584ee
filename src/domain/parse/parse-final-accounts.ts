/**
 * parseFinalAccounts: text of a 部门决算公开 → the typed model plus located problems.
 * Never throws: any input yields `{ ok: true, accounts, problems }` (possibly partial) or
 * `{ ok: false, error, problems }` when the input is not a final-accounts disclosure at all.
 */
import type {
  DocumentMeta,
  FinalAccounts,
  FinalAccountsTable,
  GlossaryEntry,
  KeyWorkItem,
  ParseResult,
  ProseCount,
  ProseParagraph,
  ProseSection,
  Scorecard,
  ScorecardSummary,
  SourceText,
  TableKind,
} from '../final-accounts.types';
import type { MoneyUnit } from '../money';
import { normalizeName } from '../subject-code';
import type { AccountsKind } from './document-kind';
import { getCompleteness } from '../completeness';
import { classifyDocument, findTitle } from './document-kind';
import { ProblemLog } from './issues';
import type { PartKind } from './parts';
import { readPartHeading } from './parts';
import { countOf, extractProseFacts, joinTexts } from './prose';
import type { SectionText } from './prose';
import { parseScorecard, readScorecardTitle, readSummary } from './scorecards';
import { TEMPLATE_NAME, TEMPLATE_NUMBER, parseTable, readTableTitle } from './tables';
import type { TableTitle } from './tables';
import type { LinedText } from './text';
import type { SourceLine } from './source-lines';
import { lineAt, readTextLines } from './source-lines';
import {
  cleanText,
  compact,
  extractFigures,
  firstLineOf,
  headingFlags,
  lastLineOf,
  paragraphsOf,
  unmark,
} from './text';

/** Inputs larger than this are refused with a located error (the UI explains what is accepted). */
export const MAX_INPUT_CHARS = 20_000_000;

/** Parses a disclosure given as text (read into lines by the text reader). Never throws. */
export function parseFinalAccounts(input: unknown): ParseResult {
  return guarded((log) => parseUnsafe(input, log));
}

/**
 * Parses a disclosure given as source lines, from any reader (the text reader, the PDF reader): the parser's one
 * entry for a source that is not a text file. Never throws.
 */
export function parseSourceLines(lines: readonly SourceLine[]): ParseResult {
  return guarded((log) =>
    lines.length === 0 || lines.every((l) => l.text.trim() === '')
      ? fail(log, 'input.empty', null, '文件是空的：没有可读的文字')
      : parseLinesUnsafe(lines, log),
  );
}

function guarded(run: (log: ProblemLog) => ParseResult): ParseResult {
  const log = new ProblemLog();
  try {
    return run(log);
  } catch (e) {
    const error = {
      code: 'parser.internal',
      severity: 'error' as const,
      line: null,
      message: `解析器内部错误：${e instanceof Error ? e.message : String(e)}`,
    };
    return { ok: false, error, problems: [...log.items, error] };
  }
}

function fail(log: ProblemLog, code: string, line: number | null, message: string): ParseResult {
  const error = { code, severity: 'error' as const, line, message };
  return { ok: false, error, problems: [...log.items, error] };
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) bad++;
  }
  return bad > sample.length * 0.01;
}

function parseUnsafe(input: unknown, log: ProblemLog): ParseResult {
  if (typeof input !== 'string') return fail(log, 'input.not-text', null, '输入不是文本');
  if (input.trim() === '') return fail(log, 'input.empty', null, '文件是空的：没有可读的文字');
  if (input.length > MAX_INPUT_CHARS) {
    return fail(
      log,
      'input.too-large',
      null,
      `文件过大（${input.length} 个字符），超过 ${MAX_INPUT_CHARS} 的上限`,
    );
  }
  if (looksBinary(input))
    return fail(log, 'input.binary', null, '这是二进制文件，不是文本格式的决算公开（请提供 .txt 或 .md）');
  return parseLinesUnsafe(readTextLines(input.replace(/^\uFEFF/, '')), log);
}

interface PartOccurrence {
  readonly no: number;
  readonly kind: PartKind | null;
  readonly index: number;
}

/** A line of running text or a table row: what a table of contents never holds. */
const isBodyText = (l: SourceLine): boolean => l.tabular || (l.text.length > 60 && /[。；]/.test(l.text));

/**
 * The part headings of the body, by kind (or number when the words name no kind). A table of contents lists the
 * parts before the body repeats them: the headings before the first repeat of a part, with nothing but short
 * entries between them, are the contents and not parts — even when the body then leaves one of them out. A part
 * seen again later replaces the earlier one.
 */
function bodyPartHeadings(
  occurrences: readonly PartOccurrence[],
  source: readonly SourceLine[],
): Map<PartKind | number, PartOccurrence> {
  const key = (p: PartOccurrence): PartKind | number => p.kind ?? p.no;
  const seen = new Set<PartKind | number>();
  let repeat = -1;
  for (let k = 0; k < occurrences.length && repeat < 0; k++) {
    const o = occurrences[k];
    if (o === undefined) break;
    if (seen.has(key(o))) repeat = k;
    seen.add(key(o));
  }
  let contents = 0;
  const first = occurrences[0];
  const body = occurrences[repeat];
  if (first && body && repeat >= 2 && !source.slice(first.index, body.index).some(isBodyText))
    contents = repeat;
  const out = new Map<PartKind | number, PartOccurrence>();
  for (const o of occurrences.slice(contents)) out.set(key(o), o);
  return out;
}

function parseLinesUnsafe(source: readonly SourceLine[], log: ProblemLog): ParseResult {
  // The lines' text, for reading words; cells and table rows come from the lines themselves.
  const lines = source.map((l) => l.text);

  // Landmarks, found by their words.
  const tableTitles: TableTitle[] = [];
  const cardTitles: Array<{ index: number; kind: 'department' | 'project' }> = [];
  const partOccurrences: PartOccurrence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lineAt(source, i);
    const raw = line.text;
    if (raw.length > 400 || raw === '') continue;
    const t = raw.includes('表') ? readTableTitle(line, i) : null;
    if (t) {
      tableTitles.push(t);
      continue;
    }
    const card = raw.includes('自评表') ? readScorecardTitle(raw) : null;
    if (card && line.cells.filter((c) => c !== '').length === 1) {
      cardTitles.push({ index: i, kind: card });
      continue;
    }
    if (!line.tabular && raw.includes('部分')) {
      const u = compact(unmark(raw));
      // A heading may wrap, its last words after a blank line (a PDF converter's page layout).
      const after =
        [1, 2].map((k) => compact(unmark(lineAt(source, i + k).text))).find((t) => t !== '') ?? '';
      const part = readPartHeading(u, after);
      if (part) partOccurrences.push({ no: part.no, kind: part.kind, index: i });
    } else if (!line.tabular && raw.includes('部门决算表')) {
      // The tables part headed by its name alone, without 第二部分 (`<dept> 2024 年度部门决算表`).
      const u = compact(unmark(raw));
      if (/^.{2,40}\d{4}年度?部门决算表$/.test(u) && !/[。；，]/.test(u))
        partOccurrences.push({ no: 0, kind: 'tables', index: i });
    }
  }
  const partHeadings = bodyPartHeadings(partOccurrences, source);
  const compacted = lines.slice(0, 60).map((l) => compact(unmark(l)));
  const title = findTitle(compacted, (i) => lineAt(source, i).tabular);
  const titleIndex = title ? title.line - 1 : -1;
  const classified = classifyDocument(
    compacted,
    title,
    tableTitles.map((t) => ({ text: compact(unmark(lines[t.index] ?? '')), line: t.index + 1 })),
  );
  if ('refusal' in classified)
    return fail(log, classified.refusal.code, classified.refusal.line, classified.refusal.message);

  if (titleIndex < 0) log.warn('meta.title-missing', 1, '未找到文件标题（应含“年度”和“决算”）');
  const titleText = title?.text ?? '';

  // Table extents end at the next landmark.
  const boundaries = [
    ...tableTitles.map((t) => t.index),
    ...cardTitles.map((c) => c.index),
    ...[...partHeadings.values()].map((p) => p.index),
    lines.length,
  ].sort((a, b) => a - b);
  const nextBoundary = (i: number): number => firstAbove(boundaries, i) ?? lines.length;

  const unitVotes = new Map<MoneyUnit, number>();
  for (const l of lines) {
    if (!l.includes('单位') || l.length > 40) continue;
    const m = /^单位[:：](万元|元)$/.exec(compact(l));
    if (m?.[1]) unitVotes.set(m[1] as MoneyUnit, (unitVotes.get(m[1] as MoneyUnit) ?? 0) + 1);
  }
  const docUnit: MoneyUnit = [...unitVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '万元';
  if (unitVotes.size === 0) log.warn('meta.unit-missing', null, '文件未注明金额单位，按万元读取');
  if (unitVotes.size > 1) log.warn('meta.unit-mixed', null, '各表金额单位不一致');

  const owned = new Uint8Array(lines.length);
  const tables: FinalAccountsTable[] = [];
  for (const t of tableTitles) {
    const to = nextBoundary(t.index);
    for (let i = t.index; i < to; i++) owned[i] = 1;
    tables.push(parseTable(source, { title: t, from: t.index + 1, to }, docUnit, log));
  }
  const seenKinds = new Set<TableKind>();
  for (const t of tables) {
    if (seenKinds.has(t.kind)) log.warn('table.duplicate', t.titleLine, `${t.title} 重复出现`);
    seenKinds.add(t.kind);
  }
  for (const kind of Object.keys(TEMPLATE_NUMBER) as TableKind[]) {
    if (!seenKinds.has(kind))
      log.warn('table.missing', null, `缺少表${TEMPLATE_NUMBER[kind]}（${TEMPLATE_NAME[kind]}）`);
  }

  /** The part a line is in: the nearest part heading above it. */
  const partOf = (line0: number): { no: number; kind: PartKind | null } | null => {
    let best: { no: number; kind: PartKind | null } | null = null;
    let bestAt = -1;
    for (const p of partHeadings.values()) {
      if (p.index <= line0 && p.index > bestAt) {
        best = p;
        bestAt = p.index;
      }
    }
    return best;
  };

  // Prose paragraphs outside tables (tab rows are skipped by paragraphsOf).
  const paragraphs: Array<{ text: LinedText; first: number; heading: boolean; raw0: string }> = [];
  const headings = headingFlags(source);
  let runStart = 0;
  const flush = (end: number): void => {
    for (const p of paragraphsOf(source, runStart, end, headings)) {
      const first = firstLineOf(p);
      paragraphs.push({
        text: p,
        first,
        heading: headings[first - 1] === 1,
        raw0: lines[first - 1] ?? '',
      });
    }
  };
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || owned[i]) {
      if (i > runStart) flush(i);
      runStart = i + 1;
    }
  }

  const summaries: ScorecardSummary[] = [];
  for (const p of paragraphs) {
    const s = readSummary(p.text);
    if (s) summaries.push(s);
  }

  // Scorecards end at the next card title or the next summary paragraph.
  const summaryStarts = summaries.map((s) => s.line - 1).sort((a, b) => a - b);
  const summaryAt = new Map(summaries.map((s) => [s.line - 1, s] as const));
  const cardEnds = [
    ...cardTitles.map((c) => c.index),
    ...summaries.map((s) => s.line - 1),
    lines.length,
  ].sort((a, b) => a - b);
  const scorecards: Scorecard[] = cardTitles.map((c, k) => {
    const end = firstAbove(cardEnds, c.index) ?? lines.length;
    const card = parseScorecard(source, c.index, end, c.kind, log);
    const prevEnd = k > 0 ? (cardTitles[k - 1]?.index ?? -1) : -1;
    // The summary printed before this card: the last summary paragraph between the previous card and this one.
    const before = lastBelow(summaryStarts, c.index);
    const summary = before !== null && before > prevEnd ? (summaryAt.get(before) ?? null) : null;
    return { ...card, summary };
  });
  if (cardTitles.length === 0) log.warn('scorecard.none', null, '未找到绩效自评表（附件）');
  const cardLines = new Uint8Array(lines.length);
  for (const c of scorecards) for (let i = c.titleLine - 1; i < c.lastLine; i++) cardLines[i] = 1;

  // Sections: a heading paragraph starts one.
  const sections: Array<{
    heading: string;
    line: number;
    part: number | null;
    partKind: PartKind | null;
    paragraphs: ProseParagraph[];
    texts: LinedText[];
  }> = [];
  let current: (typeof sections)[number] = {
    heading: '',
    line: 1,
    part: null,
    partKind: null,
    paragraphs: [],
    texts: [],
  };
  sections.push(current);
  /** A heading printed as its ordinal alone (`（一）`), its words on the next line (a converter's layout). */
  const ORDINAL_ONLY =
    /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])$/;
  for (const p of paragraphs) {
    if (
      !p.heading &&
      ORDINAL_ONLY.test(current.heading) &&
      current.paragraphs.length === 1 &&
      p.text.text.length <= 40
    )
      current.heading = `${current.heading}${p.text.text}`;
    if (p.heading) {
      current = {
        heading: cleanText(unmark(p.raw0)),
        line: p.first,
        part: partOf(p.first - 1)?.no ?? null,
        partKind: partOf(p.first - 1)?.kind ?? null,
        paragraphs: [],
        texts: [],
      };
      sections.push(current);
    }
    current.paragraphs.push({
      text: p.text.text,
      firstLine: p.first,
      lastLine: lastLineOf(p.text),
      figures: extractFigures(p.text).map((f) => f.figure),
    });
    if (!p.heading) current.texts.push(p.text);
  }
  const proseSections: ProseSection[] = sections
    .filter((s) => s.paragraphs.length > 0)
    .map((s) => ({
      heading: s.heading,
      line: s.line,
      part: s.part,
      partKind: s.partKind,
      paragraphs: s.paragraphs,
    }));
  const sectionTexts: SectionText[] = sections
    // Facts are read in every part after the tables (情况说明, 重点工作, 名词解释, 附件, 其他重要事项), by their words.
    .filter((s) => s.partKind !== null && s.partKind !== 'overview' && s.partKind !== 'tables')
    .map((s) => ({
      heading: s.heading.replace(/^[（(][一二三四五六七八九十]+[）)]\s*/, (x) => x),
      text: joinTexts(s.texts),
    }));
  const facts = extractProseFacts(sectionTexts);

  // Tab rows outside tables and cards: the key-work table, or unread.
  const keyWork: KeyWorkItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const row = lineAt(source, i);
    if (owned[i] || cardLines[i] || !row.tabular) continue;
    const cells = row.cells;
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    const idx = compact(filled[0] ?? '');
    if (/^\d+$/.test(idx) && filled.length >= 3) {
      keyWork.push({
        index: Number(idx),
        title: cleanText(filled[1] ?? ''),
        goal: cleanText(filled[2] ?? ''),
        result: cleanText(filled.slice(3).join(' ')),
        line: i + 1,
      });
    } else if (filled.every((c) => /^-+$/.test(c))) {
      log.info('text.separator-row', i + 1, '表格分隔符行（转换遗留），已忽略');
    } else if (idx === '序号') {
      continue;
    } else {
      log.warn('text.unread-row', i + 1, `未识别的表格行：${filled.join(' | ').slice(0, 60)}`);
    }
  }

  const meta = readMeta(lines, titleIndex, titleText, sections, tables, docUnit, log, classified.kind);
  const glossary = readGlossary(
    sections.filter((s) => s.partKind === 'glossary'),
    tables,
  );

  const read = {
    meta,
    tables,
    sections: proseSections,
    facts,
    keyWork,
    glossary,
    scorecards,
    lineCount: lines.length,
  };
  const partLines = new Map<PartKind, number>();
  for (const p of partHeadings.values()) if (p.kind) partLines.set(p.kind, p.index + 1);
  const completeness = getCompleteness(
    read,
    source,
    (Object.keys(TEMPLATE_NUMBER) as TableKind[]).map((kind) => ({
      kind,
      number: TEMPLATE_NUMBER[kind],
      name: TEMPLATE_NAME[kind],
    })),
    partLines,
  );
  for (const u of completeness.unread)
    log.warn(
      'text.unread-amount',
      u.line,
      `这一行的金额没有被读出：${u.amounts.join('、')}（${u.text.slice(0, 40)}）`,
    );
  for (const u of completeness.untyped)
    log.info(
      'prose.untyped',
      u.line,
      `这句话有金额，但没有读为具体事实（仍作为文字中的数字保留）：${u.figures.join('、')}（${u.sentence.slice(0, 40)}）`,
    );
  const accounts: FinalAccounts = { ...read, completeness };
  return { ok: true, accounts, problems: log.items };
}

function readMeta(
  lines: readonly string[],
  titleIndex: number,
  titleText: string,
  sections: ReadonlyArray<{
    heading: string;
    partKind: PartKind | null;
    texts: LinedText[];
    paragraphs: ProseParagraph[];
  }>,
  tables: readonly FinalAccountsTable[],
  unit: MoneyUnit,
  log: ProblemLog,
  kind: AccountsKind,
): DocumentMeta {
  // `2021年度武汉市江汉区大数据中心部门决算公开` (year first) or `上海市普陀区财政局2024年度部门决算` (department first).
  const yearFirst = /^[^\d]{0,6}?(\d{4})年度?(.+?)(?:部门|单位)?决算/.exec(titleText);
  const deptFirst = /^(.+?)(\d{4})年度?(?:部门|单位)?决算/.exec(titleText);
  const tm = yearFirst?.[2]
    ? { year: yearFirst[1], department: yearFirst[2] }
    : deptFirst?.[1]
      ? { year: deptFirst[2], department: deptFirst[1] }
      : null;
  const tableDept = tables.find((t) => t.department)?.department?.text ?? null;
  const department = tm?.department ?? tableDept ?? '';
  if (!department)
    log.warn('meta.department-missing', titleIndex >= 0 ? titleIndex + 1 : null, '未读出部门名称');
  const year = tm?.year
    ? Number(tm.year)
    : tables[0]
      ? Number(/^(\d{4})/.exec(tables[0].title)?.[1] ?? 0)
      : 0;
  if (!year) log.warn('meta.year-missing', titleIndex >= 0 ? titleIndex + 1 : null, '未读出年度');
  for (const t of tables) {
    if (t.department && department && t.department.text !== department) {
      log.warn(
        'meta.department-mismatch',
        t.department.line,
        `表中部门“${t.department.text}”与标题“${department}”不同`,
      );
    }
    const ty = Number(/^(\d{4})/.exec(t.title)?.[1] ?? 0);
    if (year && ty && ty !== year)
      log.warn('meta.year-mismatch', t.titleLine, `${t.title} 的年度 ${ty} 与标题年度 ${year} 不同`);
  }
  let publishDate: string | null = null;
  let publishDateLine: number | null = null;
  for (let i = Math.max(0, titleIndex + 1); i < Math.min(lines.length, titleIndex + 6); i++) {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(compact(lines[i] ?? ''));
    if (m) {
      publishDate = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
      publishDateLine = i + 1;
      break;
    }
  }
  const part1 = sections.filter((s) => s.partKind === 'overview');
  // A heading with nothing under it states nothing: null, as if absent (its text would have no line).
  const textOfSection = (words: RegExp): LinedText | null => {
    const hits = part1.filter((s) => words.test(s.heading));
    const joined = joinTexts(hits.flatMap((h) => h.texts));
    return joined.lines.length > 0 ? joined : null;
  };
  const staffT = textOfSection(/人员构成/);
  const count = (t: LinedText | null, pattern: RegExp, unitWord: string): ProseCount | null =>
    t ? countOf(t, pattern.exec(t.text), 'n', unitWord) : null;
  const unitsT = textOfSection(/单位构成/);
  const functionsSection = part1.filter((s) => /职能/.test(s.heading));
  let phone: SourceText | null = null;
  for (let i = 0; i < lines.length; i++) {
    const m = /咨询电话[:：]\s*([\d\-－ ]{7,20})/.exec(lines[i] ?? '');
    if (m?.[1]) phone = { text: m[1].trim(), line: i + 1 };
  }
  return {
    kind,
    title: titleText,
    titleLine: titleIndex >= 0 ? titleIndex + 1 : null,
    department,
    year,
    publishDate,
    publishDateLine,
    unit,
    staff: {
      total: count(staffT, /实有人数(?<n>\d+)人/d, '人'),
      administrative: count(staffT, /行政(?<n>\d+)人/d, '人'),
      institutional: count(staffT, /事业(?<n>\d+)人/d, '人'),
      civilServantManaged: count(staffT, /参照公务员法管理(?<n>\d+)人/d, '人'),
      retired: count(staffT, /离退休人员(?<n>\d+)人/d, '人'),
      retiredLixiu: count(staffT, /离休(?<n>\d+)人/d, '人'),
      retiredTuixiu: count(staffT, /(?<!离)退休(?<n>\d+)人/d, '人'),
    },
    units: unitsT
      ? {
          text: unitsT.text,
          line: firstLineOf(unitsT),
          subordinateCount: count(unitsT, /(?<!\d)(?<n>\d+)个下属单位/d, '个'),
        }
      : null,
    phone,
    functions: functionsSection.flatMap((s) => s.texts.map((t) => ({ text: t.text, line: firstLineOf(t) }))),
  };
}

/**
 * A glossary term: `（一）term：definition`, the term ending at the first colon after its first character. Same
 * matches as `/^[（(]([一二三四五六七八九十]+)[）)](.+?)[:：](.+)$/` without its quadratic backtracking over colons
 * (issue #8): the first character is any, then no colon and no line break up to the colon.
 */
export const GLOSSARY_TERM = /^[（(]([一二三四五六七八九十]+)[）)](.[^:：\n\r\u2028\u2029]*)[:：](.+)$/;

/** A glossary term numbered `一、` or `1、` (Shanghai 2024: `一、财政拨款收入：指…`); linear like GLOSSARY_TERM. */
const GLOSSARY_TERM_LISTED =
  /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、．.](.[^:：\n\r\u2028\u2029]{0,40})[:：](.+)$/;

function readGlossary(
  sections: ReadonlyArray<{ texts: LinedText[]; heading: string; line: number }>,
  tables: readonly FinalAccountsTable[],
): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const itemRows = tables
    .filter((t) => t.classification === 'function')
    .flatMap((t) => t.rows.filter((r) => r.code && r.level === 'item'));
  const nameByCode = new Map<string, string>();
  for (const t of tables)
    for (const r of t.rows) if (r.code && t.classification === 'function') nameByCode.set(r.code, r.name);
  const paragraphs = sections.flatMap((s) => [
    { text: { text: s.heading, starts: [0], lines: [s.line] } },
    ...s.texts.map((text) => ({ text })),
  ]);
  for (const { text: t } of paragraphs) {
    const line = firstLineOf(t);
    const item = /^(\d+)[.．、](.+?)[（(]类[)）](.+?)[（(]款[)）](.+?)[（(]项[)）](.+)$/.exec(t.text);
    if (item) {
      const [, , lei, kuan, xiang, definition] = item as unknown as [
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const hit = itemRows.find((r) => {
        if (normalizeName(r.name) !== normalizeName(xiang)) return false;
        const parent = nameByCode.get((r.code ?? '').slice(0, 5));
        return parent === undefined || normalizeName(parent) === normalizeName(kuan);
      });
      out.push({
        term: xiang,
        definition,
        line,
        code: hit?.code ?? null,
        path: [lei, kuan, xiang],
      });
      continue;
    }
    const term = GLOSSARY_TERM.exec(t.text);
    const listed = term ? null : GLOSSARY_TERM_LISTED.exec(t.text);
    if (term?.[2] && term[3]) out.push({ term: term[2], definition: term[3], line, code: null, path: null });
    else if (listed?.[1] && listed[2])
      out.push({ term: listed[1], definition: listed[2], line, code: null, path: null });
    else {
      // A definition broken over paragraphs (a converter's double-spaced lines): the text continues the last
      // definition while it has not ended its sentence.
      const last = out[out.length - 1];
      if (last && !/[。.]$/.test(last.definition) && last.path === null)
        out[out.length - 1] = { ...last, definition: `${last.definition}${t.text}` };
    }
  }
  return out;
}

/** The first value of a sorted array greater than `x` (binary search), or null. */
export function firstAbove(sorted: readonly number[], x: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? (sorted[lo] ?? null) : null;
}

/** The last value of a sorted array less than `x`, or null. */
export function lastBelow(sorted: readonly number[], x: number): number | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (sorted[lo - 1] ?? null) : null;
}
