/**
 * What the document prints under a table: the notes (注：…, identities such as `1 栏各行 = (2+3) 栏各行`) and, for an
 * empty table, its statement (本单位无…). Each carries its source line; the highlighted line is marked.
 */
import type { SourceText } from '@/domain/final-accounts.types';

interface TableNotesProps {
  readonly notes: readonly SourceText[];
  readonly emptyStatement: SourceText | null;
  readonly highlightLine: number | null;
  readonly sourceHref: (line: number) => string;
}

export function TableNotes({ notes, emptyStatement, highlightLine, sourceHref }: TableNotesProps) {
  if (notes.length === 0 && !emptyStatement) return null;
  return (
    <div className="table-notes">
      {emptyStatement ? (
        <p
          className={`empty-statement${highlightLine === emptyStatement.line ? ' is-highlighted' : ''}`}
          data-line={emptyStatement.line}
        >
          {emptyStatement.text}
          <a className="line-ref" href={sourceHref(emptyStatement.line)}>
            原文第 {emptyStatement.line} 行
          </a>
        </p>
      ) : null}
      {notes.map((n) => (
        <p
          key={`${n.line}-${n.text}`}
          className={highlightLine === n.line ? 'is-highlighted' : undefined}
          data-line={n.line}
        >
          {n.text}
          <a className="line-ref" href={sourceHref(n.line)}>
            原文第 {n.line} 行
          </a>
        </p>
      ))}
    </div>
  );
}
