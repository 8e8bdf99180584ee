/**
 * A labelled search box. It commits on every keystroke, but not in the middle of an IME composition (拼音 input
 * would otherwise search for Latin letters). The committed value comes back as `value` (e.g. from the URL).
 */
import { useId, useRef, useState } from 'react';

interface SearchFieldProps {
  readonly label: string;
  readonly placeholder?: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  /** e.g. `显示 5 行`. */
  readonly status?: string;
}

export function SearchField({ label, placeholder, value, onCommit, status }: SearchFieldProps) {
  const id = useId();
  const statusId = useId();
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const composing = useRef(false);
  // Follow external changes (back/forward, a pasted link) without an effect.
  if (value !== lastValue) {
    setLastValue(value);
    setDraft(value);
  }
  return (
    <div className="search-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        aria-describedby={status ? statusId : undefined}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setDraft(v);
          if (!composing.current) onCommit(v);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          onCommit(e.currentTarget.value);
        }}
      />
      {status ? (
        <span id={statusId} className="search-status" role="status">
          {status}
        </span>
      ) : null}
    </div>
  );
}
