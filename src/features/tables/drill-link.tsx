import type { FinalAccountsTable } from '@/domain/final-accounts.types';
import { useDashboardStore } from '@/store';
import type { Route } from '@/store/route';
import { formatHash, routeTo } from '@/store/route';

/** Opens this row's place in the drill-down (keeping the unit and document of the current link). */
export function DrillLink({
  table,
  code,
  name,
}: {
  readonly table: FinalAccountsTable;
  readonly code: string;
  readonly name: string;
}) {
  const params: Record<string, string> =
    table.classification === 'economic'
      ? { mode: 'economic', trail: code }
      : table.kind === 'income'
        ? { mode: 'function', trail: code, measure: 'income' }
        : table.kind === 'general-budget-expense'
          ? { mode: 'function', trail: code, table: '5' }
          : { mode: 'function', trail: code };
  const target = (): Route => routeTo('drill', [], params, useDashboardStore.getState().route);
  return (
    <a
      className="drill-link"
      href={formatHash(routeTo('drill', [], params))}
      aria-label={`在科目钻取中查看 ${code} ${name}`}
      title="在科目钻取中查看"
      onClick={(e) => {
        e.preventDefault();
        useDashboardStore.getState().navigate(target());
      }}
    >
      钻取
    </a>
  );
}
