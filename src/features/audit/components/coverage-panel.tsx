/**
 * What the audit could vouch for: the verdict (clean only when every applicable identity of the catalogue ran, none
 * failed and the document was read whole), and the catalogue family by family — what ran, what could not and why
 * (a missing table, a part not found, a figure not printed), what does not apply to this document and why.
 */
import { useDocumentContext } from '@/components/document-context';
import type { CheckFamily } from '@/domain/audit/core';
import { FAMILY_LABELS } from '@/domain/audit/core';
import type { CoverageEntry } from '@/domain/audit/coverage';
import type { AuditReport } from '@/domain/audit/run-audit';

const STATE_LABELS = { checked: '已运行', 'not-checked': '未能运行', 'not-applicable': '不适用' } as const;

export function CoverageVerdict({ report }: { readonly report: AuditReport }) {
  const verdict = report.coverage.verdict;
  return (
    <p
      className={`coverage-verdict coverage-${verdict.level}`}
      data-testid="coverage-verdict"
      data-level={verdict.level}
    >
      {verdict.text}
    </p>
  );
}

function EntryRow({ entry }: { readonly entry: CoverageEntry }) {
  const ctx = useDocumentContext();
  const n = entry.counts.pass + entry.counts.fail + entry.counts.warn;
  return (
    <li className={`coverage-entry coverage-${entry.state}`} data-entry={entry.id}>
      <span className="coverage-state">{STATE_LABELS[entry.state]}</span> {entry.label}
      {entry.state === 'checked' ? (
        <span className="coverage-detail">
          ：{n} 项{entry.counts.fail > 0 ? `，不符 ${entry.counts.fail}` : ''}
          {entry.counts.warn > 0 ? `，提示 ${entry.counts.warn}` : ''}
        </span>
      ) : (
        <span className="coverage-detail">
          ：{entry.reason}
          {entry.line !== null ? (
            <>
              （<a href={ctx.sourceHref(entry.line)}>第 {entry.line} 行</a>）
            </>
          ) : null}
        </span>
      )}
    </li>
  );
}

export function CoveragePanel({ report }: { readonly report: AuditReport }) {
  const c = report.coverage;
  const families = [...new Set(c.entries.map((e) => e.family))] as CheckFamily[];
  const missing = c.entries.filter((e) => e.state === 'not-checked').length;
  return (
    <details className="coverage-panel" data-testid="coverage-panel" open={missing > 0}>
      <summary>
        检查目录：适用 {c.applicable} 类，运行 {c.checked} 类（{c.share}）
        {missing > 0 ? `，未能运行 ${missing} 类` : ''}
      </summary>
      <p className="note">
        检查目录是各模板规定的勾稽关系。“表内公式”核对表下印出的公式；表下未印公式时（如上海模板），按表头与行名规定的栏间、行间关系核对。“未能运行”计入覆盖率；“不适用”（表格注明无数据、模板不含的内容）不计入。
      </p>
      {families.map((f) => (
        <section key={f} aria-label={FAMILY_LABELS[f]}>
          <h4>
            {FAMILY_LABELS[f]}（运行 {c.byFamily[f].checked}
            {c.byFamily[f].notChecked > 0 ? `，未能运行 ${c.byFamily[f].notChecked}` : ''}
            {c.byFamily[f].notApplicable > 0 ? `，不适用 ${c.byFamily[f].notApplicable}` : ''}）
          </h4>
          <ul>
            {c.entries
              .filter((e) => e.family === f)
              .map((e) => (
                <EntryRow key={e.id} entry={e} />
              ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
