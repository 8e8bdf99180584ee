/**
 * 合理性: a unit that cannot be right (元 where 万元 is meant), shares the amounts make impossible, shares of parts
 * that do not add up to 100%, counts that contradict each other, headings with another year.
 */
import type { FinalAccounts, ProseShare } from '../final-accounts.types';
import { percentScaled, toPlainDecimal } from '../money';
import type { AuditCheck } from './core';
import { factCheck, place, proseUnit } from './core';
import { addDecimals, compareDecimals, decimalToText } from './decimal';

/**
 * The label's last clause speaks of a share (`…占`): true when a `占` is followed by no `，`/`。` up to the end. Same as
 * `/占[^，。]*$/` (only the last `占` can matter), without rescanning a run of `占` from each of them (issue #8).
 */
export const SHARE_CLAUSE_AT_END = /占[^，。占]*$/;

export function plausibilityChecks(a: FinalAccounts): AuditCheck[] {
  const out: AuditCheck[] = [];
  // 元 where 万元 is meant: an amount printed in 元 beside 万元 amounts in the same sentence, in prose that prints
  // its amounts in 万元 (even when the tables are in 元).
  if (proseUnit(a) === '万元') {
    for (const s of a.sections) {
      for (const p of s.paragraphs) {
        for (const f of p.figures) {
          if (f.kind !== 'amount' || f.unit !== '元' || f.fen === undefined) continue;
          const neighbours = p.figures.filter((g) => g.sentence === f.sentence && g.unit === '万元');
          if (neighbours.length === 0) continue;
          const asWan = toPlainDecimal((f.fen * 10_000) as typeof f.fen, '万元');
          out.push(
            factCheck(
              `plausibility.unit.${f.line}.${f.raw}`,
              'plausibility',
              'fail',
              '金额单位与全文一致（全文为万元）',
              `“${f.label}${f.raw}”以元为单位，同句其他金额为万元；按万元读为 ${asWan} 万元，按元读仅 ${toPlainDecimal(f.fen, '元')} 元`,
              [toPlainDecimal(f.fen, '元'), asWan],
              [
                place(f.line, `说明 ${f.label}${f.raw}`),
                ...neighbours.map((g) => place(g.line, `说明 ${g.label}${g.raw}`)),
              ],
            ),
          );
        }
      }
    }
  }

  // Shares of a whole add up to 100% (within the printed rounding).
  const shareSum = (id: string, label: string, parts: readonly ProseShare[]): void => {
    const printed = parts.map((p) => p.share).filter((x) => x !== null);
    if (printed.length < 2 || printed.length !== parts.length) return;
    const sum = addDecimals(printed.map((p) => p.value));
    const tolerance = printed.reduce(
      (t, p) => t + 5 * 10 ** (Math.max(...printed.map((q) => q.value.scale)) - p.value.scale - 1),
      0,
    );
    const scale = sum.scale;
    const diff = Math.abs(compareDecimals(sum, { units: 100, scale: 0 }));
    const ok = diff <= tolerance * 10 ** (scale - Math.max(...printed.map((q) => q.value.scale)));
    out.push(
      factCheck(
        id,
        'plausibility',
        ok ? 'pass' : 'fail',
        `${label}各部分占比之和为 100%（允许印刷舍入）`,
        `${printed.map((p) => p.raw).join(' + ')} = ${decimalToText(sum)}%`,
        [decimalToText(sum), '100'],
        printed.map((p) => place(p.line, `${label} ${p.raw}`)),
      ),
    );
  };
  shareSum('plausibility.shares.income', '收入', a.facts.income?.parts ?? []);
  shareSum('plausibility.shares.expense', '支出', a.facts.expense?.parts ?? []);
  shareSum('plausibility.shares.structure', '财政拨款支出结构', a.facts.fiscalStructure);

  // Every printed share is at most 100%.
  for (const s of a.sections) {
    for (const p of s.paragraphs) {
      for (const f of p.figures) {
        if (
          f.kind === 'percent' &&
          /占/.test(f.label + f.sentence.slice(0, f.sentence.indexOf(f.raw))) &&
          compareDecimals(f.value, { units: 100, scale: 0 }) > 0 &&
          SHARE_CLAUSE_AT_END.test(f.label)
        ) {
          out.push(
            factCheck(
              `plausibility.share-over.${f.line}`,
              'plausibility',
              'fail',
              '占比不超过 100%',
              `${f.label}${f.raw}`,
              [decimalToText(f.value), '100'],
              [place(f.line, f.label)],
            ),
          );
        }
      }
    }
  }

  // Procurement: "服务采购授予中小企业合同金额占服务支出金额的 x%" implies at least services × x%, which cannot exceed
  // the total awarded to SMEs.
  const pr = a.facts.procurement;
  if (pr?.services && pr.serviceSmeShare && pr.sme) {
    const implied =
      percentScaled(
        pr.services.fen * pr.serviceSmeShare.value.units,
        100 * 10 ** pr.serviceSmeShare.value.scale,
        0,
      ) ?? 0;
    const impliedFen = Math.round(implied / 100);
    const smeWan = pr.sme.unit === '元' ? pr.sme.fen * 10_000 : pr.sme.fen;
    const ok = impliedFen <= Math.max(pr.sme.fen, smeWan);
    out.push(
      factCheck(
        'plausibility.procurement.service-sme',
        'plausibility',
        ok ? 'pass' : 'fail',
        '服务采购授予中小企业的金额不超过授予中小企业合同总额',
        `服务支出 ${toPlainDecimal(pr.services.fen, pr.services.unit)} 万元 × ${pr.serviceSmeShare.raw} = ${toPlainDecimal(impliedFen as typeof pr.sme.fen, '万元')} 万元；授予中小企业合同金额仅 ${pr.sme.raw}${pr.sme.unit === '元' ? `（即使按万元读也只有 ${toPlainDecimal(smeWan as typeof pr.sme.fen, '万元')} 万元）` : ''}`,
        [
          toPlainDecimal(impliedFen as typeof pr.sme.fen, '万元'),
          toPlainDecimal(smeWan as typeof pr.sme.fen, '万元'),
        ],
        [
          place(pr.serviceSmeShare.line, '说明 服务采购中小企业占比'),
          place(pr.services.line, '说明 服务支出'),
          place(pr.sme.line, '说明 授予中小企业合同金额'),
        ],
      ),
    );
  }

  // Vehicles: 公务用车保有量 against 共有车辆 N 辆，其中其他用车 M 辆.
  const held = a.facts.threePublic?.vehiclesHeld;
  const assets = a.facts.assets;
  if (held && assets?.vehicles) {
    const other = /其他用车(\d+)辆/.exec(assets.text.text);
    const otherCount = other?.[1] ? Number(other[1]) : 0;
    const ok = held.value + otherCount <= assets.vehicles.value;
    out.push(
      factCheck(
        'plausibility.vehicles',
        'plausibility',
        ok ? 'pass' : 'warn',
        '公务用车保有量 + 其他用车 ≤ 车辆总数',
        `公务用车保有量 ${held.value} 辆 + 其他用车 ${otherCount} 辆 = ${held.value + otherCount} 辆；车辆共 ${assets.vehicles.value} 辆${ok ? '' : '（两处说法不能同时成立，文件无法判定哪一处为准）'}`,
        [String(held.value + otherCount), String(assets.vehicles.value)],
        [place(held.line, '三公说明 公务用车保有量'), place(assets.vehicles.line, '国有资产 车辆数')],
      ),
    );
  }

  // Every heading's year is the document's year.
  const year = a.meta.year;
  for (const t of a.tables) {
    const y = Number(/^(\d{4})/.exec(t.title)?.[1] ?? 0);
    if (y && year)
      out.push(
        factCheck(
          `plausibility.year.t${t.number}`,
          'plausibility',
          y === year ? 'pass' : 'fail',
          `表${t.number} 标题的年度 = 文件年度`,
          `${y} ${y === year ? '=' : '≠'} ${year}`,
          [String(y), String(year)],
          a.meta.titleLine === null
            ? [place(t.titleLine, t.title)]
            : [place(t.titleLine, t.title), place(a.meta.titleLine, '文件标题')],
        ),
      );
  }
  for (const c of a.scorecards) {
    const y = Number(/^(\d{4})/.exec(c.title)?.[1] ?? 0);
    if (y && year && y !== year)
      out.push(
        factCheck(
          `plausibility.year.card.${c.titleLine}`,
          'plausibility',
          'fail',
          '自评表标题的年度 = 文件年度',
          `${y} ≠ ${year}`,
          [String(y), String(year)],
          [place(c.titleLine, c.title)],
        ),
      );
  }
  return out;
}
