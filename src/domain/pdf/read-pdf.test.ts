/**
 * readPdf on PDFs it cannot read, built here byte by byte (a minimal PDF 1.4: catalog, pages, one page, xref): one
 * with no text layer (a page that only draws), one encrypted with a user password, and bytes that are not a PDF. Each
 * is a result with its reason and a Chinese message, never a throw.
 */
import { describe, expect, it } from 'vitest';

import { nodePdfjs, nodePdfParams } from '@/testing/pdfjs-node';

import { readPdf } from './read-pdf';

/** A one-page PDF whose page content is `content`; `trailerExtra` and `extraObjects` for the encryption case. */
function minimalPdf(content: string, trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...extraObjects,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const read = async (bytes: Uint8Array) => readPdf(bytes, await nodePdfjs(), { params: nodePdfParams() });

describe('readPdf on what it cannot read', () => {
  it('reads the text of a minimal PDF (the builder itself is sound)', async () => {
    const r = await read(minimalPdf('BT /F1 12 Tf 72 720 Td (Hello 2024) Tj ET'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.layout.lines.map((l) => l.text)).toEqual(['Hello 2024']);
  });

  it('a page that only draws (a scan has no text layer either): no-text, saying OCR is not done', async () => {
    const r = await read(minimalPdf('0 0 1 rg 72 72 200 200 re f'));
    expect(r).toMatchObject({ ok: false, reason: 'no-text' });
    if (!r.ok) expect(r.message).toContain('没有文字层');
  });

  it('an encrypted PDF (a user password is set): encrypted, asking for an unencrypted copy', async () => {
    const hex32 = (c: string) => `<${c.repeat(64)}>`;
    const r = await read(
      minimalPdf(
        'BT /F1 12 Tf 72 720 Td (secret) Tj ET',
        '/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ',
        [`<< /Filter /Standard /V 1 /R 2 /O ${hex32('a')} /U ${hex32('b')} /P -4 >>`],
      ),
    );
    expect(r).toMatchObject({ ok: false, reason: 'encrypted' });
    if (!r.ok) expect(r.message).toContain('已加密');
  });

  it('bytes that only begin like a PDF: damaged', async () => {
    const r = await read(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF body'));
    expect(r).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('stops between pages when cancelled', async () => {
    const r = await readPdf(minimalPdf('BT /F1 12 Tf 72 720 Td (x) Tj ET'), await nodePdfjs(), {
      params: nodePdfParams(),
      cancelled: () => true,
    });
    expect(r).toMatchObject({ ok: false, reason: 'cancelled' });
  });
});
