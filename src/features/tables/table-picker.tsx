/** The list of the document's tables (表1 … 表9 with their titles); the current one has aria-current="page". */
import type { FinalAccountsTable } from '@/domain/final-accounts.types';
import type { Route } from '@/store/route';
import { formatHash, routeTo } from '@/store/route';

import { shortTitle } from './view-state';

interface TablePickerProps {
  readonly tables: readonly FinalAccountsTable[];
  readonly current: number;
  readonly route: Route;
}

export function TablePicker({ tables, current, route }: TablePickerProps) {
  return (
    <nav className="table-picker" aria-label="决算表目录">
      <ol>
        {tables.map((t) => (
          <li key={`${t.number}-${t.titleLine}`}>
            <a
              href={formatHash(routeTo('tables', [String(t.number)], {}, route))}
              aria-current={t.number === current ? 'page' : undefined}
            >
              <span className="table-no">表{t.number}</span>
              <span className="table-name">{shortTitle(t.title)}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
