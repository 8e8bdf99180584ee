/**
 * The views, declared once: route segment, navigation label, the title a printed page or a slide carries, and what
 * a slide of the view keeps of its state. The router, the navigation, the print stamp, the handout, the presenter
 * and “加入演示” all read this table. Each view's code loader is declared beside it in `src/app/view-loaders.ts`
 * (the store may not import features; an exhaustive `Record<ViewName, …>` there makes a missing loader a type error).
 * Pure.
 */

export interface ViewDeclaration {
  /** The navigation label (Chinese, as the header shows it). */
  readonly label: string;
  /** Shown in the navigation (the presenter's own window is not). */
  readonly nav: boolean;
  /** The name on a printed page's stamp (`决算表`), before the route's path and params. */
  readonly printName: string;
  /** A slide's title for a route of this view (`决算表 表3`, `科目钻取：功能分类 201`). */
  readonly slideTitle: (route: RouteLike) => string;
  /** How a path segment reads on paper (`3` → `表3`). */
  readonly pathText?: (segment: string) => string;
}

/** The part of a route the declarations read (the store's `Route`, or a parsed slide hash). */
export interface RouteLike {
  readonly view: string;
  readonly path: readonly string[];
  readonly params: Readonly<Record<string, string>>;
}

const lastOfTrail = (trail: string | undefined): string => (trail ? ` ${trail.split(',').at(-1) ?? ''}` : '');

const STATUS_TITLES: Readonly<Record<string, string>> = { fail: '不符', warn: '提示', pass: '通过' };

/** Every view, in navigation order. */
export const VIEW_REGISTRY = {
  overview: { label: '总览', nav: true, printName: '总览', slideTitle: () => '总览' },
  drill: {
    label: '科目钻取',
    nav: true,
    printName: '科目钻取',
    slideTitle: (r) =>
      r.params['mode'] === 'budget'
        ? '科目钻取：预算与决算'
        : `科目钻取：${r.params['mode'] === 'economic' ? '经济分类' : '功能分类'}${lastOfTrail(r.params['trail'])}`,
  },
  tables: {
    label: '决算表',
    nav: true,
    printName: '决算表',
    slideTitle: (r) => `决算表 表${r.path[0] ?? 1}`,
    pathText: (p) => `表${p}`,
  },
  scorecards: {
    label: '绩效自评',
    nav: true,
    printName: '绩效自评',
    slideTitle: (r) =>
      r.path[0] ? `绩效自评：${r.path[0] === 'department' ? '部门整体' : `项目 ${r.path[0]}`}` : '绩效自评',
  },
  audit: {
    label: '勾稽检查',
    nav: true,
    printName: '勾稽检查',
    slideTitle: (r) => {
      const s = r.params['status'];
      return s ? `勾稽检查：${STATUS_TITLES[s] ?? s}` : '勾稽检查';
    },
  },
  source: { label: '原文', nav: true, printName: '原文', slideTitle: () => '原文' },
  /** The PDF page a figure is printed on (reached from a figure's provenance, not from the navigation). */
  page: {
    label: '原件',
    nav: false,
    printName: '原件',
    slideTitle: (r) => `原件${r.params['p'] ? ` 第 ${r.params['p']} 页` : ''}`,
  },
  rows: { label: '明细', nav: true, printName: '全部明细', slideTitle: () => '明细：全部表格数字' },
  compare: {
    label: '对比',
    nav: true,
    printName: '对比',
    slideTitle: (r) => {
      const n = (r.params['docs'] ?? '').split(',').filter((d) => d !== '').length;
      return `对比${n > 1 ? `：${n} 个文件` : ''}${lastOfTrail(r.params['trail'])}`;
    },
  },
  presenter: { label: '演示', nav: true, printName: '演示', slideTitle: () => '演示' },
} as const satisfies Readonly<Record<string, ViewDeclaration>>;

export type ViewName = keyof typeof VIEW_REGISTRY;

export const VIEWS = Object.keys(VIEW_REGISTRY) as readonly ViewName[];

/** The declaration of `view`. */
export function viewOf(view: ViewName): ViewDeclaration {
  return VIEW_REGISTRY[view];
}

/** Params a slide never keeps: presenter state, and the display unit when it only restates the document's. */
export const PRESENTER_PARAMS: readonly string[] = ['present'];

/** How a route's params read on a printed stamp. */
const PARAM_NAMES: Readonly<Record<string, string>> = {
  mode: '方式',
  measure: '口径',
  table: '表',
  trail: '路径',
  q: '搜索',
  status: '状态',
  family: '类别',
  check: '检查项',
  line: '行',
  sort: '排序',
  hide: '隐藏列',
  layout: '版式',
  collapsed: '折叠',
  open: '展开',
  hl: '高亮',
  impl: '实施单位',
  cat: '项目类别',
  type: '项目类型',
  docs: '文件',
  p: '页',
};

const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mode: { function: '按功能分类', economic: '按经济分类', budget: '预算与决算' },
};

/** Params shown elsewhere on a stamp (unit, document) or meaningless on paper. */
const NOT_STAMPED = new Set(['unit', 'doc', 'ts', 'present']);

/** `决算表 表3 · 搜索：201` — the view's printed name, its path and its params, for a page's stamp. */
export function describeRoute(route: RouteLike & { readonly view: ViewName }): string {
  const decl = viewOf(route.view);
  const head = [decl.printName, ...route.path.map((p) => decl.pathText?.(p) ?? p)];
  const params = Object.keys(route.params)
    .filter((k) => !NOT_STAMPED.has(k) && (route.params[k] ?? '') !== '')
    .sort()
    .map((k) => {
      const v = route.params[k] ?? '';
      return `${PARAM_NAMES[k] ?? k}：${VALUE_NAMES[k]?.[v] ?? v}`;
    });
  return [head.join(' '), ...params].join(' · ');
}
