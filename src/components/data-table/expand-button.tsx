/** A disclosure button for a row's children (aria-expanded); 24×24 px at least. Presentational. */
interface ExpandButtonProps {
  readonly expanded: boolean;
  readonly onToggle: () => void;
  /** What the row is, e.g. `201 一般公共服务支出`. */
  readonly label: string;
}

export function ExpandButton({ expanded, onToggle, label }: ExpandButtonProps) {
  return (
    <button
      type="button"
      className="expand-button"
      aria-expanded={expanded}
      aria-label={`${expanded ? '折叠' : '展开'} ${label}`}
      onClick={onToggle}
    >
      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
    </button>
  );
}
