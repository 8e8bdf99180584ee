/**
 * What a document read from a PDF keeps besides its text: the PDF's bytes (so its pages can be shown after a
 * reload) and where each reconstructed line sits on its page (so every figure can be drawn on the page). Plus the
 * base64 the collection export carries the bytes in. Pure.
 */
import type { PageBox } from '../place';
import type { DocumentLayout, LinePiece, PageGeometry } from './geometry';
import { boxOfText } from './geometry';

/** Where one reconstructed line is printed: its page, its box, and the boxes of its pieces (runs or cells). */
export interface PdfLinePlace {
  readonly page: number;
  readonly box: PageBox;
  readonly pieces: readonly LinePiece[];
}

export interface PdfAttachment {
  readonly bytes: Uint8Array;
  /** Index i: line i+1 of the document's text. */
  readonly lines: readonly PdfLinePlace[];
  /** Each page's size in points, index i: page i+1. */
  readonly pages: readonly { readonly width: number; readonly height: number }[];
}

/** The places of a layout's lines and the pages' sizes, for an attachment. */
export function attachmentOf(
  bytes: Uint8Array,
  layout: DocumentLayout,
  pages: readonly Pick<PageGeometry, 'width' | 'height'>[],
): PdfAttachment {
  return {
    bytes,
    lines: layout.lines.map((l) => ({ page: l.page, box: l.box, pieces: l.pieces })),
    pages: pages.map((p) => ({ width: p.width, height: p.height })),
  };
}

/**
 * Where `printed` (a figure as printed, e.g. `2,940.05`) sits on line `line` (1-based) of a PDF document: its page
 * and box, or the line's own box when the figure is not found on it; null for a line the PDF does not have.
 */
export function placeOnPage(
  a: Pick<PdfAttachment, 'lines'>,
  text: string,
  line: number,
  printed: string | null,
): { readonly page: number; readonly box: PageBox; readonly exact: boolean } | null {
  const place = a.lines[line - 1];
  if (!place) return null;
  if (printed) {
    for (const candidate of [printed, printed.replace(/,/g, '')]) {
      const box = boxOfText({ text, pieces: place.pieces }, candidate);
      if (box) return { page: place.page, box, exact: true };
    }
  }
  return { page: place.page, box: place.box, exact: false };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes → base64 (RFC 4648, padded). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

/** base64 → bytes; null when the text is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s/g, '');
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) => {
      const ch = clean[i + k] ?? '=';
      return ch === '=' ? 0 : ALPHABET.indexOf(ch);
    });
    const n = ((v[0] ?? 0) << 18) | ((v[1] ?? 0) << 12) | ((v[2] ?? 0) << 6) | (v[3] ?? 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
