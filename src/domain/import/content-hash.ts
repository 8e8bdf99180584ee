/**
 * A 64-bit content hash of a text (two 32-bit lanes of a multiply-xorshift mix over UTF-16 code units, as cyrb53),
 * as 16 hex digits. Not cryptographic: it names a document (`doc-<hash>`) and finds duplicates quickly; a duplicate is
 * only declared when the texts are also equal ({@link sameContent}).
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h1 ^= text.length;
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Whether two sources are the same document: equal after a byte-order mark is dropped. */
export function sameContent(a: string, b: string): boolean {
  return a.replace(/^\uFEFF/, '') === b.replace(/^\uFEFF/, '');
}
