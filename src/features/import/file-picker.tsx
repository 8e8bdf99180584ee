/** A visible button that opens the browser's file chooser (a hidden file input), and hands over the chosen files. */
import { useRef } from 'react';

interface FilePickerProps {
  readonly label: string;
  /** The input's accessible name (tests and assistive technology reach it by this). */
  readonly inputLabel: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly testId: string;
  readonly onFiles: (files: File[]) => void;
  /** Called when the chooser is opened (before a file is chosen). */
  readonly onOpen?: () => void;
}

export function FilePicker({
  label,
  inputLabel,
  accept,
  multiple = false,
  testId,
  onFiles,
  onOpen,
}: FilePickerProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          onOpen?.();
          inputRef.current?.click();
        }}
      >
        {label}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple={multiple}
        hidden
        accept={accept}
        aria-label={inputLabel}
        data-testid={testId}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
