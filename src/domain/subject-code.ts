/**
 * Classification codes (科目编码). The hierarchy is the code prefix, never the indentation:
 * function classification (支出功能分类) 类 = 3 digits, 款 = 5, 项 = 7;
 * economic classification (支出经济分类) 类 = 3 digits, 款 = 5.
 */

export type SubjectCode = string & { readonly __brand: 'SubjectCode' };

/** 类 / 款 / 项. */
export type CodeLevel = 'category' | 'subcategory' | 'item';

const CODE_SHAPE = /^\d{3}(?:\d{2}){0,2}$/;

/** A well-formed code (3, 5 or 7 digits), or null. */
export function tryParseSubjectCode(text: string): SubjectCode | null {
  const compact = text.replace(/[\s\u3000]+/g, '');
  return CODE_SHAPE.test(compact) ? (compact as SubjectCode) : null;
}

/** 3 digits → 类 (category), 5 → 款 (subcategory), 7 → 项 (item). */
export function levelOf(code: SubjectCode): CodeLevel {
  if (code.length === 3) return 'category';
  if (code.length === 5) return 'subcategory';
  return 'item';
}

/** The parent code by prefix (20103 → 201), or null for a 类. */
export function parentOf(code: SubjectCode): SubjectCode | null {
  if (code.length <= 3) return null;
  return code.slice(0, code.length - 2) as SubjectCode;
}

/** True when `ancestor` is a strict prefix-ancestor of `code`. */
export function isAncestor(ancestor: SubjectCode, code: SubjectCode): boolean {
  return code.length > ancestor.length && code.startsWith(ancestor);
}

/**
 * 支出功能分类 类 names (2021 edition, with the names used in earlier editions as aliases),
 * used to find the code of a ledger row (table 1, table 4) that prints a name but no code,
 * and to warn on unknown codes. Template knowledge, not document data.
 */
export const FUNCTION_CATEGORIES: ReadonlyArray<{
  readonly code: string;
  readonly names: readonly string[];
}> = [
  { code: '201', names: ['一般公共服务支出'] },
  { code: '202', names: ['外交支出'] },
  { code: '203', names: ['国防支出'] },
  { code: '204', names: ['公共安全支出'] },
  { code: '205', names: ['教育支出'] },
  { code: '206', names: ['科学技术支出'] },
  { code: '207', names: ['文化旅游体育与传媒支出', '文化体育与传媒支出'] },
  { code: '208', names: ['社会保障和就业支出'] },
  { code: '209', names: ['社会保险基金支出'] },
  { code: '210', names: ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出'] },
  { code: '211', names: ['节能环保支出'] },
  { code: '212', names: ['城乡社区支出'] },
  { code: '213', names: ['农林水支出'] },
  { code: '214', names: ['交通运输支出'] },
  { code: '215', names: ['资源勘探工业信息等支出', '资源勘探信息等支出'] },
  { code: '216', names: ['商业服务业等支出'] },
  { code: '217', names: ['金融支出'] },
  { code: '219', names: ['援助其他地区支出'] },
  { code: '220', names: ['自然资源海洋气象等支出', '国土海洋气象等支出'] },
  { code: '221', names: ['住房保障支出'] },
  { code: '222', names: ['粮油物资储备支出'] },
  { code: '223', names: ['国有资本经营预算支出'] },
  { code: '224', names: ['灾害防治及应急管理支出'] },
  { code: '227', names: ['预备费'] },
  { code: '229', names: ['其他支出'] },
  { code: '230', names: ['转移性支出'] },
  { code: '231', names: ['债务还本支出'] },
  { code: '232', names: ['债务付息支出'] },
  { code: '233', names: ['债务发行费用支出'] },
  { code: '234', names: ['抗疫特别国债安排的支出'] },
];

/** 支出经济分类 类 names (部门预算支出经济分类). */
export const ECONOMIC_CATEGORIES: ReadonlyArray<{
  readonly code: string;
  readonly names: readonly string[];
}> = [
  { code: '301', names: ['工资福利支出'] },
  { code: '302', names: ['商品和服务支出'] },
  { code: '303', names: ['对个人和家庭的补助'] },
  { code: '307', names: ['债务利息及费用支出'] },
  { code: '309', names: ['资本性支出（基本建设）'] },
  { code: '310', names: ['资本性支出'] },
  { code: '311', names: ['对企业补助（基本建设）'] },
  { code: '312', names: ['对企业补助'] },
  { code: '313', names: ['对社会保障基金补助'] },
  { code: '399', names: ['其他支出'] },
];

/** Strips a Chinese ordinal prefix such as `二十六、` or `1.` and normalises parentheses. */
export function stripOrdinal(name: string): string {
  return name.replace(/^[一二三四五六七八九十百]+[、.．]\s*/, '').replace(/^\d+[、.．]\s*/, '');
}

/** Normalises names for matching: no white space, full-width parentheses. */
export function normalizeName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** The 类 code for a printed 类 name (e.g. `八、社会保障和就业支出` → 208), or null. */
export function functionCategoryByName(name: string): SubjectCode | null {
  return (CATEGORY_BY_NAME.get(normalizeName(stripOrdinal(name))) ?? null) as SubjectCode | null;
}

const CATEGORY_BY_NAME: ReadonlyMap<string, string> = new Map(
  FUNCTION_CATEGORIES.flatMap((c) => c.names.map((n) => [normalizeName(n), c.code] as const)),
);

/** True when the 类 of a function code is in the catalogue. */
export function isKnownFunctionCategory(code: SubjectCode): boolean {
  return FUNCTION_CATEGORIES.some((c) => c.code === code.slice(0, 3));
}
