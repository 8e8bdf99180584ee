/**
 * The one TanStack Table v9 setup of the app (the only `createTableHook` call; lint enforces it).
 *
 * Features are registered once, at module level, so their identity is stable for every table: column visibility,
 * filtering (per column and a global search), hierarchical rows (expanding) and sorting, with their client row
 * models. Each table supplies its own data, columns and (URL-controlled) state through `useAppTable`.
 */
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createExpandedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  createTableHook,
  globalFilteringFeature,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

/** What every column of a data table declares beyond TanStack's own definition. */
export interface AppColumnMeta {
  /** Header levels, top to bottom (grouped header rows are built from these). */
  readonly levels: readonly string[];
  /** What the 栏次 header row shows under this column ('' for none). */
  readonly columnNoText: string;
  /** How the column's cells read: a code, a name, other text, or an amount in Fen. */
  readonly kind: 'code' | 'name' | 'text' | 'amount';
  /** The column's label in exports and menus (levels joined). */
  readonly label: string;
}

export const appTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowExpandingFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  columnMeta: metaHelper<AppColumnMeta>(),
});

export type AppTableFeatures = typeof appTableFeatures;

export const { useAppTable, createAppColumnHelper } = createTableHook({
  features: appTableFeatures,
  // A search keeps the ancestors of every matching row (a 项 stays under its 款 and 类).
  filterFromLeafRows: true,
  // Sorting cycles: first click (descending for numbers) → the other direction → printed order.
  enableSortingRemoval: true,
  enableMultiSort: false,
});
