/** Saves a Blob as a file through a temporary download link (works offline). NOTE touches the DOM. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, so the download can start.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
