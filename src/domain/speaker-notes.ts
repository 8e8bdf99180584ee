/**
 * Speaker notes in plain Chinese for a view, generated from the model: every figure in them is taken from the
 * document (or derived from it, as the views show). Pure.
 */
import type { AuditReport } from './audit/run-audit';
import { buildEconomicTree, buildFunctionTree, getDrillLevel, parseTrail, resolveTrail } from './drill';
import type { FinalAccounts } from './final-accounts.types';
import type { MoneyUnit } from './money';
import { formatFen, formatPercent } from './money';
import { getOverview } from './overview';
import { decimalText, getScorecardRows } from './scorecards';

export interface NotesRoute {
  readonly view: string;
  readonly path: readonly string[];
  readonly params: Readonly<Record<string, string>>;
}

/** Sentences for the presenter; empty when there is nothing to say. */
export function speakerNotes(
  a: FinalAccounts,
  audit: AuditReport,
  route: NotesRoute,
  unit: MoneyUnit = a.meta.unit,
): string[] {
  const money = (fen: number): string => `${formatFen(fen as never, unit)} ${unit}`;
  const o = getOverview(a, audit);
  const out: string[] = [];
  switch (route.view) {
    case 'overview': {
      if (o.income && o.expense)
        out.push(`${a.meta.year} 年度收入 ${money(o.income.fen)}，支出 ${money(o.expense.fen)}。`);
      const change = a.facts.totals?.change;
      if (change?.amount && change.percent) {
        out.push(
          `收、支总计比上年${change.direction === 'decrease' ? '减少' : '增加'} ${money(change.amount.fen)}，${change.direction === 'decrease' ? '下降' : '增长'} ${change.percent.raw}${change.reason ? `，主要原因是${change.reason.text}` : ''}。`,
        );
      }
      if (o.basic && o.project && o.expense) {
        out.push(
          `基本支出 ${money(o.basic.fen)}（${formatPercent(o.basic.fen, o.expense.fen, 1)}），项目支出 ${money(o.project.fen)}（${formatPercent(o.project.fen, o.expense.fen, 1)}）。`,
        );
      }
      out.push(
        `勾稽检查 ${audit.checks.length} 项，不符 ${audit.counts.fail} 项，提示 ${audit.counts.warn} 项。`,
      );
      break;
    }
    case 'drill': {
      if (route.params['mode'] === 'budget') {
        const over = o.categories.filter((c) => c.over);
        out.push(
          `按类看，${over.length} 个类的决算超过年初预算：${over.map((c) => `${c.name}（预算 ${money(c.budget.fen)}，决算 ${money(c.actual.fen)}）`).join('；')}。`,
        );
        break;
      }
      const tree = route.params['mode'] === 'economic' ? buildEconomicTree(a) : buildFunctionTree(a, 'total');
      if (!tree) break;
      const level = getDrillLevel(tree, resolveTrail(tree, parseTrail(route.params['trail'])).trail);
      const top = [...level.items].sort((x, y) => (y.node.fen ?? 0) - (x.node.fen ?? 0))[0];
      if (level.parent.fen !== null)
        out.push(
          `${level.parent.code ? `${level.parent.code} ` : ''}${level.parent.name} ${money(level.parent.fen)}。`,
        );
      if (top?.node.fen !== null && top && top.share)
        out.push(
          `其中最大的是 ${top.node.code ?? ''} ${top.node.name}，${money(top.node.fen ?? 0)}，占 ${formatPercent(top.share.num, top.share.den, 1)}。`,
        );
      break;
    }
    case 'tables': {
      const n = Number(route.path[0] ?? 1);
      const t = a.tables.find((x) => x.number === n);
      if (!t) break;
      const total = t.rows.find((r) => r.level === 'total' || /本年支出合计/.test(r.name));
      const cell = total?.cells[0];
      out.push(
        `${t.title}${cell ? `：${total?.name} ${money(cell.fen)}` : ''}${t.emptyStatement ? `：${t.emptyStatement.text}` : ''}。`,
      );
      break;
    }
    case 'scorecards': {
      const rows = getScorecardRows(a);
      const id = route.path[0];
      const row = id ? rows.find((r) => r.id === id) : undefined;
      if (row) {
        const c = row.card;
        out.push(
          `${c.name}：预算 ${c.budget ? money(c.budget.fen) : '未印出'}，执行 ${c.execution ? money(c.execution.fen) : '未印出'}，自评 ${c.selfScore?.raw ?? '未印出'} 分${row.lost && row.lost.units > 0 ? `，失 ${decimalText(row.lost)} 分` : ''}。`,
        );
        if (c.deviationReason) out.push(`偏差原因：${c.deviationReason.text}`);
      } else {
        const projects = rows.filter((r) => r.card.kind === 'project' && r.card.selfScore);
        const lowest = [...projects].sort(
          (x, y) =>
            (x.card.selfScore?.value.units ?? 0) / 10 ** (x.card.selfScore?.value.scale ?? 0) -
            (y.card.selfScore?.value.units ?? 0) / 10 ** (y.card.selfScore?.value.scale ?? 0),
        )[0];
        out.push(
          `${projects.length} 个项目完成绩效自评${lowest ? `，得分最低的是${lowest.card.name}（${lowest.card.selfScore?.raw} 分）` : ''}。`,
        );
      }
      break;
    }
    case 'audit': {
      out.push(
        `共 ${audit.checks.length} 项勾稽检查，不符 ${audit.counts.fail} 项，提示 ${audit.counts.warn} 项。`,
      );
      const big = audit.checks.find((c) => c.status === 'fail' && !c.roundingSized);
      if (big) out.push(`例如：${big.message}（${big.detail}）。`);
      break;
    }
    default:
      break;
  }
  return out;
}
