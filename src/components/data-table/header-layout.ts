/**
 * Grouped header rows from each leaf column's header levels (top to bottom), as a printed table draws them:
 * adjacent leaves sharing a level prefix share one spanning cell; a leaf with fewer levels than the deepest spans
 * down to the last header row. Pure.
 */

export interface HeaderLeafInput {
  readonly id: string;
  readonly levels: readonly string[];
}

export interface HeaderCellLayout {
  readonly key: string;
  readonly label: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** The leaf's id when this cell is a leaf's own header (sort controls go here), else null (a group). */
  readonly leafId: string | null;
}

function samePrefix(a: readonly string[], b: readonly string[], depth: number): boolean {
  for (let i = 0; i <= depth; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The header rows for `leaves` in display order. A leaf with no levels counts as one empty level. */
export function buildHeaderRows(
  leaves: readonly HeaderLeafInput[],
): ReadonlyArray<readonly HeaderCellLayout[]> {
  const norm = leaves.map((l) => ({ id: l.id, levels: l.levels.length > 0 ? l.levels : [''] }));
  const depth = Math.max(0, ...norm.map((l) => l.levels.length));
  const rows: HeaderCellLayout[][] = [];
  for (let d = 0; d < depth; d++) {
    const row: HeaderCellLayout[] = [];
    let i = 0;
    while (i < norm.length) {
      const leaf = norm[i];
      if (!leaf) break;
      const last = leaf.levels.length - 1;
      if (last < d) {
        i++; // covered by this leaf's own cell from a row above
        continue;
      }
      if (last === d) {
        row.push({
          key: `leaf-${leaf.id}`,
          label: leaf.levels[d] ?? '',
          colSpan: 1,
          rowSpan: depth - d,
          leafId: leaf.id,
        });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < norm.length) {
        const next = norm[j];
        if (!next || next.levels.length - 1 <= d || !samePrefix(next.levels, leaf.levels, d)) break;
        j++;
      }
      row.push({
        key: `group-${d}-${leaf.id}`,
        label: leaf.levels[d] ?? '',
        colSpan: j - i,
        rowSpan: 1,
        leafId: null,
      });
      i = j;
    }
    rows.push(row);
  }
  return rows;
}
