/**
 * The parts of a disclosure, known by their words, never by their number or position: templates number them
 * differently (the 2021 national order has 重点工作 as 第四部分 and 名词解释 as 第五部分; the Shanghai 2024 layout has
 * no 重点工作, so 名词解释 is 第四部分). The words are data, so a template's new wording is a new entry. Pure.
 */

export type PartKind =
  | 'overview' // 概况
  | 'tables' // 部门决算表
  | 'explanation' // 情况说明
  | 'key-work' // 重点工作完成情况
  | 'glossary' // 名词解释
  | 'performance' // 绩效自评（表或情况）
  | 'attachments' // 附件
  | 'other-matters'; // 其他重要事项说明

/** Words that name each kind of part, tried in order (the first that matches wins). */
const PART_WORDS: ReadonlyArray<readonly [PartKind, RegExp]> = [
  ['glossary', /名词解释/],
  ['key-work', /重点工作/],
  ['other-matters', /其他重要事项/],
  ['performance', /绩效自评|绩效评价/],
  ['attachments', /附件/],
  ['tables', /决算表|收支决算表/],
  ['explanation', /情况说明|决算情况$|决算情况说明|说明$/],
  ['overview', /概况/],
];

/** Chinese names of the kinds, for messages and the completeness report. */
export const PART_NAMES: Readonly<Record<PartKind, string>> = {
  overview: '概况',
  tables: '部门决算表',
  explanation: '情况说明',
  'key-work': '重点工作完成情况',
  glossary: '名词解释',
  performance: '绩效自评',
  attachments: '附件',
  'other-matters': '其他重要事项说明',
};

/** Chinese numerals of 第N部分 (1–10). */
const NUMERALS = '一二三四五六七八九十';

/**
 * Reads a part heading (`第三部分 武汉市江汉区大数据中心 2021 年度部门决算情况说明`, compacted) with the line after it
 * (a heading wrapped onto two lines: `…部门决算情况` / `说明`). Null for anything that is not a part heading.
 */
export function readPartHeading(
  compacted: string,
  next: string,
): { readonly no: number; readonly kind: PartKind | null; readonly words: string } | null {
  const m = /^第([一二三四五六七八九十])部分(.*)$/.exec(compacted);
  if (!m?.[1]) return null;
  const no = NUMERALS.indexOf(m[1]) + 1;
  const own = m[2] ?? '';
  // The next line continues the heading only when it is short and is not a heading or an item itself.
  const continued =
    next.length > 0 &&
    next.length <= 6 &&
    !/^(?:第[一二三四五六七八九十]部分|[一二三四五六七八九十]+、|[（(])/.test(next)
      ? `${own}${next}`
      : own;
  const kind = PART_WORDS.find(([, words]) => words.test(continued))?.[0] ?? null;
  return { no, kind, words: continued };
}
