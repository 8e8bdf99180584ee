/**
 * The typed model of one 部门决算公开 (departmental final accounts disclosure).
 * Readonly everywhere. Money is `Fen` (integer 分); every figure carries its 1-based source line.
 */
import type { Completeness } from './completeness';
import type { AccountsKind } from './parse/document-kind';
import type { PartKind } from './parse/parts';
import type { Fen, MoneyUnit } from './money';
import type { CodeLevel, SubjectCode } from './subject-code';

/** A 1-based line of the source text and what it says. */
export interface SourceText {
  readonly text: string;
  readonly line: number;
}

/** A printed decimal that is not money (a percentage, a score): `units / 10^scale`, exact. */
export interface ExactDecimal {
  readonly units: number;
  readonly scale: number;
}

/** A money figure stated in prose or a scorecard, in the unit it was printed in. */
export interface ProseAmount {
  readonly fen: Fen;
  readonly raw: string;
  readonly unit: MoneyUnit;
  readonly line: number;
}

/** A percentage stated in prose or a scorecard (`11.1%` → {units:111, scale:1}). */
export interface ProsePercent {
  readonly value: ExactDecimal;
  readonly raw: string;
  readonly line: number;
}

/** A count stated in prose (`14 人`). */
export interface ProseCount {
  readonly value: number;
  readonly unit: string;
  readonly raw: string;
  readonly line: number;
}

/** What kind of number a prose figure is. Years, dates and list numbers are not amounts. */
export type ProseFigureKind =
  'amount' | 'percent' | 'count' | 'score' | 'year' | 'date' | 'ordinal' | 'phone' | 'number';

/** Every number printed in the prose, typed, with the sentence that states it. */
export interface ProseFigure {
  readonly kind: ProseFigureKind;
  readonly raw: string;
  /** Exact value as printed (for amounts also in `fen`). */
  readonly value: ExactDecimal;
  readonly fen?: Fen;
  readonly unit?: string;
  readonly line: number;
  /** The text before the number within its clause: what the number is said to be. */
  readonly label: string;
  readonly sentence: string;
}

export type TableKind =
  | 'income-expense-summary'
  | 'income'
  | 'expense'
  | 'fiscal-income-expense-summary'
  | 'general-budget-expense'
  | 'general-budget-basic-expense'
  | 'three-public'
  | 'government-fund'
  | 'state-capital';

export type LedgerSide = 'income' | 'expense';

export interface TableColumn {
  readonly index: number;
  /** 栏次 as printed, when the table prints one. */
  readonly columnNo: number | null;
  /** Header levels, top to bottom, white space removed. */
  readonly levels: readonly string[];
  /** levels joined with `/`. */
  readonly header: string;
  /** For two-sided ledgers (tables 1 and 4). */
  readonly side: LedgerSide | null;
}

export interface TableCell {
  /** Index into the table's columns. */
  readonly column: number;
  readonly fen: Fen;
  /** The cell as printed. */
  readonly raw: string;
  readonly line: number;
}

export type RowLevel = 'total' | CodeLevel | 'line';

export interface TableRow {
  /** Stable within the table: `r27`, `c2010350`, `total`, `e30101`, … */
  readonly key: string;
  readonly line: number;
  /** 行次 as printed (tables 1 and 4), else null. */
  readonly rowNo: number | null;
  /** The code printed in the row, else null. */
  readonly code: SubjectCode | null;
  /**
   * When the code is printed over the 类 | 款 | 项 cells, those cells as printed (`['201', '03', '50']` for 2010350);
   * absent when it is printed in one cell.
   */
  readonly codeCells?: readonly string[];
  /** For ledger rows that print a 类 name but no code: the code found by name, else null. */
  readonly categoryCodeByName: SubjectCode | null;
  readonly name: string;
  readonly level: RowLevel;
  readonly side: LedgerSide | null;
  /** For tables printed as side-by-side column groups (表6): the column the row's figure belongs to. */
  readonly groupColumn: number | null;
  /** Cells with a figure; blank cells are absent (a blank is not zero). */
  readonly cells: readonly TableCell[];
  /** Cells printed as `-` or similar: present, but no figure. */
  readonly dashCells: readonly number[];
}

/** An identity printed under a table, e.g. `27 行 = (1+2+…+8) 行`, `6 栏各行 = (1+2-3) 栏各行`. */
export interface PrintedIdentity {
  readonly axis: 'row' | 'column';
  readonly target: number;
  readonly terms: ReadonlyArray<{ readonly sign: 1 | -1; readonly ref: number }>;
  readonly text: string;
  readonly line: number;
}

export interface FinalAccountsTable {
  /** Table number as printed in the title (表N), else the national template's number for the kind. */
  readonly number: number;
  readonly numberPrinted: boolean;
  readonly kind: TableKind;
  readonly title: string;
  readonly titleLine: number;
  readonly department: SourceText | null;
  readonly unit: MoneyUnit;
  readonly unitLine: number | null;
  readonly classification: 'function' | 'economic' | 'none';
  readonly columns: readonly TableColumn[];
  /** Lines of the printed header (column names, 栏次). */
  readonly headerLines: readonly number[];
  readonly rows: readonly TableRow[];
  readonly notes: readonly SourceText[];
  readonly identities: readonly PrintedIdentity[];
  /** `本单位无…` printed with an empty table. */
  readonly emptyStatement: SourceText | null;
  readonly lastLine: number;
}

export type ChangeDirection = 'increase' | 'decrease' | 'flat';

/** `比 2020 年度减少 2072.36 万元，下降 42%`. */
export interface YearChange {
  readonly direction: ChangeDirection;
  readonly amount: ProseAmount | null;
  readonly percent: ProsePercent | null;
  readonly reason: SourceText | null;
  readonly previousYear: number | null;
}

export interface ProseShare {
  readonly name: string;
  readonly amount: ProseAmount;
  readonly share: ProsePercent | null;
}

/** 年初预算 vs 决算 for one 类, from 情况说明 (五)(三). */
/**
 * 年初预算 against 决算 as 情况说明 states it, per 类 (the national wording) or per 项 with its 类 › 款 › 项 path
 * (Shanghai: `1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：…。年初预算为…`).
 */
export interface CategoryBudget {
  readonly index: number;
  /** The 类 name as printed before （类）. */
  readonly name: string;
  /** Which budget the sentence compares with: 年初预算 (the template's) or 全年预算 (the adjusted budget). */
  readonly basis: '年初预算' | '全年预算';
  readonly budget: ProseAmount;
  readonly actual: ProseAmount;
  readonly rate: ProsePercent | null;
  readonly reason: SourceText | null;
  /** 款 and 项 names as printed before （款） and （项）, when the sentence is per 项; null per 类. */
  readonly segment: string | null;
  readonly item: string | null;
  /** What the 项 was mainly used for (主要用于：…), where printed. */
  readonly purpose: SourceText | null;
  /**
   * How the words compare the actual with the budget: 决算数大于 / 小于 / 等于预算数, 与预算数持平 (`equal`) or 基本持平
   * (`about`); null where the sentence does not say.
   */
  readonly comparison: {
    readonly relation: 'more' | 'less' | 'equal' | 'about';
    readonly text: string;
    readonly line: number;
  } | null;
  readonly line: number;
}

/** One entry of the project spending list in 情况说明. */
export interface ProjectSpending {
  readonly name: string;
  readonly amount: ProseAmount;
  readonly outcome: string;
  readonly line: number;
}

export interface ProseSection {
  readonly heading: string;
  readonly line: number;
  /** The number its part prints (第N部分), for reference only: parts are known by their words (`partKind`). */
  readonly part: number | null;
  /** What the part is (概况, 情况说明, 名词解释 …), read from its heading's words; null before the first part. */
  readonly partKind: PartKind | null;
  readonly paragraphs: readonly ProseParagraph[];
}

export interface ProseParagraph {
  readonly text: string;
  readonly firstLine: number;
  readonly lastLine: number;
  readonly figures: readonly ProseFigure[];
}

export interface StaffFacts {
  readonly total: ProseCount | null;
  readonly administrative: ProseCount | null;
  readonly institutional: ProseCount | null;
  readonly civilServantManaged: ProseCount | null;
  readonly retired: ProseCount | null;
  readonly retiredLixiu: ProseCount | null;
  readonly retiredTuixiu: ProseCount | null;
}

export interface DocumentMeta {
  /** 部门决算 or 单位决算, from the title's words (any other kind of document is refused). */
  readonly kind: AccountsKind;
  readonly title: string;
  /** null when no title was found (the problem meta.title-missing says so). */
  readonly titleLine: number | null;
  readonly department: string;
  readonly year: number;
  readonly publishDate: string | null;
  readonly publishDateLine: number | null;
  readonly unit: MoneyUnit;
  readonly staff: StaffFacts;
  /** 部门决算单位构成. */
  readonly units: {
    readonly text: string;
    readonly line: number;
    readonly subordinateCount: ProseCount | null;
  } | null;
  readonly phone: SourceText | null;
  readonly functions: readonly SourceText[];
}

/** Typed facts stated in 情况说明, each with its line. Absent when the document does not state them. */
export interface ProseFacts {
  readonly totals: { readonly total: ProseAmount; readonly change: YearChange | null } | null;
  readonly income: {
    readonly total: ProseAmount;
    readonly parts: readonly ProseShare[];
  } | null;
  readonly expense: {
    readonly total: ProseAmount;
    readonly parts: readonly ProseShare[];
  } | null;
  readonly fiscalTotals: { readonly total: ProseAmount; readonly change: YearChange | null } | null;
  readonly fiscalExpense: {
    readonly total: ProseAmount;
    readonly shareOfExpense: ProsePercent | null;
    readonly change: YearChange | null;
  } | null;
  readonly fiscalStructure: readonly ProseShare[];
  readonly budgetExecution: {
    /** 年初预算 */
    readonly budget: ProseAmount;
    /** 全年预算 (the adjusted budget), where the sentence also states it. */
    readonly fullYearBudget: ProseAmount | null;
    readonly actual: ProseAmount;
    readonly rate: ProsePercent | null;
    readonly basic: ProseAmount | null;
    readonly project: ProseAmount | null;
  } | null;
  readonly projectSpending: readonly ProjectSpending[];
  readonly categoryBudgets: readonly CategoryBudget[];
  readonly basicExpense: {
    readonly total: ProseAmount;
    readonly personnel: ProseAmount | null;
    readonly personnelItems: readonly string[];
    readonly publicUse: ProseAmount | null;
    readonly publicUseItems: readonly string[];
  } | null;
  readonly threePublic: ThreePublicProse | null;
  readonly procurement: {
    readonly total: ProseAmount;
    readonly goods: ProseAmount | null;
    readonly works: ProseAmount | null;
    readonly services: ProseAmount | null;
    readonly sme: ProseAmount | null;
    readonly smeShare: ProsePercent | null;
    readonly smallMicro: ProseAmount | null;
    readonly smallMicroShare: ProsePercent | null;
    readonly serviceSmeShare: ProsePercent | null;
    /**
     * The Shanghai wording: budgets reserved for SMEs (面向中小企业预留政府采购项目预算金额) and for small and micro
     * enterprises, what SME / small and micro suppliers won in those projects, and what SMEs won in the others.
     */
    readonly smeReserved: ProseAmount | null;
    readonly smallMicroReserved: ProseAmount | null;
    readonly smeAwardedReserved: ProseAmount | null;
    readonly smallMicroAwardedReserved: ProseAmount | null;
    readonly smeAwardedOther: ProseAmount | null;
  } | null;
  readonly operatingCosts: {
    readonly amount: ProseAmount | null;
    /** Its change from last year (`比 2023 年度减少 13.52 万元，下降 8.65%`), where stated. */
    readonly change: YearChange | null;
    readonly text: SourceText;
  } | null;
  readonly assets: { readonly vehicles: ProseCount | null; readonly text: SourceText } | null;
  readonly performance: {
    /** The projects self-evaluated and their funds (national: 共涉及项目 N 个，资金 …; Shanghai: the 绩效自评 stage). */
    readonly projectCount: ProseCount | null;
    readonly amount: ProseAmount | null;
    readonly share: ProsePercent | null;
    readonly line: number;
    /** Each stage of 全过程绩效管理 as Shanghai states it: 编报绩效目标, 绩效跟踪评价, 绩效自评 (projects, 预算金额). */
    readonly stages: ReadonlyArray<{
      readonly stage: string;
      readonly projectCount: ProseCount | null;
      readonly amount: ProseAmount | null;
      readonly line: number;
    }>;
    /** 平均得分 of the self-evaluated projects, where stated. */
    readonly averageScore: ProseFigure | null;
  } | null;
  readonly departmentEvaluation: {
    readonly amount: ProseAmount | null;
    readonly score: ProseFigure | null;
    readonly line: number;
  } | null;
}

export interface ThreePublicProse {
  readonly budget: ProseAmount | null;
  readonly actual: ProseAmount | null;
  readonly rate: ProsePercent | null;
  readonly abroad: ProseAmount | null;
  readonly vehicleTotal: ProseAmount | null;
  readonly vehicleTotalRate: ProsePercent | null;
  readonly vehiclePurchase: ProseAmount | null;
  readonly vehiclesPurchased: ProseCount | null;
  readonly vehicleRunning: ProseAmount | null;
  readonly vehicleRunningRate: ProsePercent | null;
  readonly vehicleRunningVsBudget: YearChange | null;
  readonly fuel: ProseAmount | null;
  readonly repair: ProseAmount | null;
  readonly insurance: ProseAmount | null;
  readonly vehiclesHeld: ProseCount | null;
  readonly reception: ProseAmount | null;
  readonly change: YearChange | null;
  readonly vehicleChange: YearChange | null;
  /** 完成预算的 x% of 因公出国（境）费 and of 公务接待费, where printed with their amounts. */
  readonly abroadRate: ProsePercent | null;
  readonly receptionRate: ProsePercent | null;
  /** 公务接待费支出决算减少 0.15 万元，下降 27.78%. */
  readonly receptionChange: YearChange | null;
  /**
   * Every further statement of one item's amount (Shanghai: `公务接待费支出决算 0.39 万元，占 100.00%`, `3、公务接待费支出
   * 0.39 万元`, `公务用车购置支出为 0.00 万元`, `含外宾接待支出 0.00 万元`), with its share of the 三公 total when printed.
   */
  readonly itemStatements: ReadonlyArray<{
    readonly item: ThreePublicItem;
    readonly amount: ProseAmount;
    readonly share: ProsePercent | null;
  }>;
}

/** The items of the 三公 table, and 外宾接待 (a part of 公务接待 the table does not print). */
export type ThreePublicItem =
  'abroad' | 'vehicle' | 'purchase' | 'running' | 'reception' | 'foreign-reception';

export interface KeyWorkItem {
  readonly index: number;
  readonly title: string;
  readonly goal: string;
  readonly result: string;
  readonly line: number;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
  readonly line: number;
  /** For 项 definitions: the code found by matching the 类/款/项 names with the tables. */
  readonly code: SubjectCode | null;
  /** For 项 definitions: the names printed for 类 / 款 / 项. */
  readonly path: readonly string[] | null;
}

/** One cell of a scorecard that may not be printed. */
export interface ScoreValue {
  readonly value: ExactDecimal;
  readonly raw: string;
  readonly line: number;
}

export interface ScorecardIndicator {
  /** 一级: 产出指标 / 效益指标 (满意度 counts under 效益 in this template). */
  readonly level1: string;
  /** 二级: 数量指标, 质量指标, … */
  readonly level2: string;
  readonly points: ScoreValue | null;
  /** 三级: the indicator itself. */
  readonly name: string;
  readonly target: string | null;
  readonly actual: string | null;
  /** The 三级 indicator's own 分值, where the form prints one per indicator (the national form's 分值 column). */
  readonly ownPoints: ScoreValue | null;
  readonly score: ScoreValue | null;
  /** 偏差原因分析及改进措施 printed on the indicator's row (national form). */
  readonly deviation: string | null;
  readonly line: number;
}

/** A row of the national form's 项目资金 block under 年度资金总额 (其中：当年财政拨款, 上年结转资金, 其他资金). */
export interface ScorecardFundRow {
  readonly label: string;
  /** 年初预算数 */
  readonly initialBudget: ProseAmount | null;
  /** 全年预算数 */
  readonly budget: ProseAmount | null;
  /** 全年执行数 */
  readonly execution: ProseAmount | null;
  readonly rate: ProsePercent | null;
  readonly line: number;
}

export interface ScorecardLevel1 {
  readonly name: string;
  readonly points: ScoreValue | null;
  readonly line: number;
}

export interface ScorecardSummary {
  readonly index: number;
  readonly name: string;
  readonly budget: ProseAmount | null;
  readonly execution: ProseAmount | null;
  readonly rate: ProsePercent | null;
  readonly outputs: string;
  readonly problems: string;
  readonly text: string;
  readonly line: number;
}

export interface Scorecard {
  readonly kind: 'department' | 'project';
  /**
   * Which form the card is printed in: `scored-goal` (预算执行情况 scored 20 × rate, 总目标 scored, 二级 points in the
   * labels; the reference's form) or `funds-block` (the national form: 项目资金 block with 年初预算数 / 全年预算数 /
   * 全年执行数 and its own 分值, the goal not scored, 分值 per 三级 indicator, a 总分 row).
   */
  readonly form: 'scored-goal' | 'funds-block';
  /** The card's title as printed (e.g. `2021年度项目支出绩效自评表`). */
  readonly title: string;
  readonly titleLine: number;
  readonly lastLine: number;
  readonly name: string;
  readonly nameLine: number | null;
  readonly selfScore: ScoreValue | null;
  readonly supervisor: string | null;
  readonly implementingUnit: string | null;
  readonly category: string | null;
  readonly categoryOptions: readonly string[];
  readonly type: string | null;
  readonly typeOptions: readonly string[];
  /** 年初预算数 (national form only; the card's A is 全年预算数). */
  readonly initialBudget: ProseAmount | null;
  readonly budget: ProseAmount | null;
  readonly execution: ProseAmount | null;
  readonly rate: ProsePercent | null;
  readonly budgetScore: ScoreValue | null;
  readonly budgetPoints: ScoreValue | null;
  /** The rows under 年度资金总额 in the national form's 项目资金 block. */
  readonly funds: readonly ScorecardFundRow[];
  /** The 总分 row's points (national form: 100). */
  readonly totalPoints: ScoreValue | null;
  readonly goal: string | null;
  readonly goalActual: string | null;
  readonly goalScore: ScoreValue | null;
  readonly goalPoints: ScoreValue | null;
  readonly goalLine: number | null;
  readonly indicatorPoints: ScoreValue | null;
  readonly level1: readonly ScorecardLevel1[];
  readonly indicators: readonly ScorecardIndicator[];
  readonly deviationReason: SourceText | null;
  readonly improvementPlan: SourceText | null;
  /** Department card only: 基本支出总额 / 项目支出总额 printed on the card. */
  readonly basicTotal: ProseAmount | null;
  readonly projectTotal: ProseAmount | null;
  /** The prose summary printed before the card, if any. */
  readonly summary: ScorecardSummary | null;
  /** Every number printed in the card's free text (goal, reasons), typed. */
  readonly textFigures: readonly ProseFigure[];
}

export interface FinalAccounts {
  readonly meta: DocumentMeta;
  readonly tables: readonly FinalAccountsTable[];
  readonly sections: readonly ProseSection[];
  readonly facts: ProseFacts;
  readonly keyWork: readonly KeyWorkItem[];
  readonly glossary: readonly GlossaryEntry[];
  readonly scorecards: readonly Scorecard[];
  readonly lineCount: number;
  /** What the reader found and what it could not read (completeness.ts). */
  readonly completeness: Completeness;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** A located problem found while parsing. */
export interface ParseProblem {
  readonly code: string;
  readonly severity: ProblemSeverity;
  readonly line: number | null;
  readonly message: string;
}

export type ParseResult =
  | { readonly ok: true; readonly accounts: FinalAccounts; readonly problems: readonly ParseProblem[] }
  | { readonly ok: false; readonly error: ParseProblem; readonly problems: readonly ParseProblem[] };
