/** What the file pickers accept (the checks in src/domain/import decide; this only filters the picker's list). */
export const ACCEPT =
  '.pdf,.txt,.md,.markdown,.text,.json,application/pdf,text/plain,text/markdown,application/json';
export const ACCEPT_COLLECTION = '.json,application/json';

/** `juesuan-documents-2024-05-01.json`. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `juesuan-documents-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** `2024-05-01 16:00`, local time. */
export function formatImportTime(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
