/**
 * What kind of document a text is, by its words: a 部门决算 or 单位决算 (final accounts: the dashboard's documents),
 * or something else that a reader meets among them — a budget disclosure (部门预算/单位预算: the same table names with
 * 预算 for 决算), a whole government's accounts (政府决算), a stand-alone 绩效自评报告, a blank template (`XX局`, `XXX`,
 * 样张), or text with no table of a disclosure. Each of the others is refused with its name and the line that shows
 * it. The words are data (a new kind is a new entry). Pure.
 */

export type AccountsKind = '部门决算' | '单位决算';

export interface KindRefusal {
  readonly code: string;
  /** 1-based line that shows the kind, or null. */
  readonly line: number | null;
  readonly message: string;
}

/** A title read from one to three lines at the top (`上海市普陀区财政局` / `2024年度部门决算`). */
export interface DocumentTitleText {
  readonly line: number;
  readonly text: string;
}

/** Placeholder words of a blank template (a filled document never prints them). */
export const PLACEHOLDER = /XX局|XX部门|XX单位|XXX|×××|样张|20XX|XX年度|（单位名称）/;

/**
 * The document's title: the first run of one to three consecutive lines near the top (not a part heading, a table
 * of contents or a table row) that together name a year and 决算 (or 预算: a budget is recognised to be refused).
 * `lines` are the lines' texts compacted (tags, marks and white space removed); `tabular` says which are rows.
 */
export function findTitle(
  lines: readonly string[],
  tabular: (i: number) => boolean,
): (DocumentTitleText & { readonly span: number }) | null {
  const usable = (i: number): boolean => {
    const u = lines[i] ?? '';
    return u !== '' && u.length < 80 && !tabular(i) && !/^第[一二三四五六七八九十]部分|^目录$/.test(u);
  };
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    if (!usable(i)) continue;
    let text = '';
    for (let k = i; k < i + 3 && k < lines.length && usable(k); k++) {
      text += lines[k] ?? '';
      if (/[决预]算/.test(text) && /\d{4}年/.test(text) && text.length < 90)
        return { line: i + 1, text, span: k - i + 1 };
    }
  }
  return null;
}

/** The refusal for a text that is not final accounts, or the kind of final accounts it is. */
export function classifyDocument(
  lines: readonly string[],
  title: DocumentTitleText | null,
  tableTitles: ReadonlyArray<{ readonly text: string; readonly line: number }>,
): { readonly kind: AccountsKind } | { readonly refusal: KindRefusal } {
  const firstLine = (test: (t: string) => boolean, upTo = 80): number | null => {
    for (let i = 0; i < Math.min(lines.length, upTo); i++) if (test(lines[i] ?? '')) return i + 1;
    return null;
  };
  const t = title?.text ?? '';
  const placeholderLine = firstLine((l) => PLACEHOLDER.test(l));
  if (placeholderLine !== null)
    return {
      refusal: {
        code: 'input.template',
        line: placeholderLine,
        message: `这是未填写的空白模板（含占位文字“${PLACEHOLDER.exec(lines[placeholderLine - 1] ?? '')?.[0] ?? ''}”），不是已公开的决算`,
      },
    };
  const budgetTables = tableTitles.filter((x) => /预算表|预算总表/.test(x.text) && !/决算/.test(x.text));
  const accountsTables = tableTitles.filter((x) => /决算/.test(x.text));
  if ((/预算/.test(t) && !/决算/.test(t)) || (budgetTables.length > 0 && accountsTables.length === 0)) {
    const line = title && /预算/.test(t) ? title.line : (budgetTables[0]?.line ?? title?.line ?? null);
    return {
      refusal: {
        code: 'input.budget-document',
        line,
        message: `这是${/单位预算/.test(t) ? '单位预算' : '部门预算'}公开，不是部门决算公开（预算不是决算）；请提供决算公开文件`,
      },
    };
  }
  if (/政府决算|总决算|本级决算|政府预算执行/.test(t) && !/部门决算|单位决算/.test(t))
    return {
      refusal: {
        code: 'input.government-accounts',
        line: title?.line ?? null,
        message: '这是政府决算（一级政府的总决算），不是部门或单位决算公开',
      },
    };
  // A report's title names no 决算: it is looked for in the first lines themselves.
  const reportLine = firstLine((l) => /绩效自评报告|绩效评价报告|绩效自评情况报告/.test(l), 10);
  if (reportLine !== null && accountsTables.length === 0)
    return {
      refusal: {
        code: 'input.performance-report',
        line: reportLine,
        message: '这是单独的绩效自评报告，不是部门决算公开',
      },
    };
  if (tableTitles.length === 0)
    return {
      refusal: {
        code: title ? 'input.no-tables' : 'input.not-final-accounts',
        line: title?.line ?? null,
        message: title
          ? `有标题“${t.slice(0, 40)}”，但没有找到任何一张决算表：不能作为决算公开读取`
          : '未找到部门决算公开的标题或任何决算表：这不是部门决算公开',
      },
    };
  return { kind: /单位决算/.test(t) ? '单位决算' : '部门决算' };
}
