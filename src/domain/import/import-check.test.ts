import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { seededRandom } from '../../testing/robustness-inputs';
import { contentHash, sameContent } from './content-hash';
import {
  MAX_COLLECTION_BYTES,
  MAX_DOCUMENT_BYTES,
  checkBeforeReading,
  cleanFileName,
  decodeText,
  importFileKind,
  refusalForParseError,
  sniffMagic,
  checkPdfName,
  isPdfBytes,
} from './import-check';

const MB = 1024 * 1024;
const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);
const reference = readFileSync(
  new URL('../../../data/source/jianghan-big-data-center-2021.txt', import.meta.url),
  'utf8',
);

describe('checkBeforeReading (name and size only, no bytes)', () => {
  it.each([
    ['big.txt', 50 * MB, 'too-large'],
    ['big.md', MAX_DOCUMENT_BYTES + 1, 'too-large'],
    ['ok.txt', MAX_DOCUMENT_BYTES, null],
    ['empty.txt', 0, 'empty'],
    // A collection holds several documents, so its limit is larger; past it, refused too.
    ['all.json', 10 * MB, null],
    ['all.json', MAX_COLLECTION_BYTES + 1, 'too-large'],
    // A PDF carries its pages' drawing: its limit is 30 MB.
    ['report.pdf', 25 * MB, null],
    ['report.pdf', 31 * MB, 'too-large'],
  ])('%s of %i bytes → %s', (name, size, code) => {
    expect(checkBeforeReading(name, size)?.code ?? null).toBe(code);
  });

  it('says how large the file is, the limit, and that it was not read', () => {
    const r = checkBeforeReading('big.txt', 50 * MB);
    expect(r?.message).toContain('50.0 MB');
    expect(r?.message).toContain('5.0 MB');
    expect(r?.message).toContain('没有读取');
    expect(r?.message).toContain('.txt / .md');
  });

  it.each([
    ['a.json', 'collection'],
    ['A.JSON ', 'collection'],
    ['a.txt', 'document'],
    ['a.md', 'document'],
    ['no-extension', 'document'],
  ])('%s is read as a %s', (name, kind) => {
    expect(importFileKind(name)).toBe(kind);
  });
});

describe('sniffMagic', () => {
  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image', 'PNG 图片'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), 'image', 'JPEG 图片'],
    ['GIF', ascii('GIF89a\u0001\u0000'), 'image', 'GIF 图片'],
    ['WebP', ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), 'image', 'WebP 图片'],
    ['docx', bytes(0x50, 0x4b, 0x03, 0x04, 20, 0), 'office', 'ZIP'],
    ['doc', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'office', '旧版 Word'],
    ['gzip', bytes(0x1f, 0x8b, 8, 0), 'archive', '压缩包'],
  ])('%s is refused by its magic bytes, saying what it is and what is accepted', (_n, b, code, what) => {
    const r = sniffMagic(b);
    expect(r?.code).toBe(code);
    expect(r?.message).toContain(what);
    expect(r?.message).toContain('接受带文字层的 .pdf、.txt / .md 文本');
  });

  it('lets a PDF through (it is read as a PDF), and refuses a file named .pdf that is not one', () => {
    const pdf = ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(sniffMagic(pdf)).toBeNull();
    expect(isPdfBytes(pdf)).toBe(true);
    expect(checkPdfName('report.pdf', pdf)).toBeNull();
    expect(checkPdfName('report.pdf', ascii(reference.slice(0, 200)))?.message).toContain('内容不是 PDF');
    expect(checkPdfName('report.txt', ascii(reference.slice(0, 200)))).toBeNull();
  });

  it.each([
    ['the reference text', ascii(reference.slice(0, 200))],
    ['a Markdown heading', ascii('# 2022 年度部门决算公开')],
    ['"RIFF" without WEBP', ascii('RIFF is a word')],
    ['a single byte', bytes(0x25)],
  ])('%s passes', (_n, b) => {
    expect(sniffMagic(b)).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('部门决算')]));
    expect(r).toEqual({ ok: true, text: '部门决算', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK text (bytes of 部门决算 in GBK, from the GB2312 code table)', () => {
    // 部 B2BF, 门 C3C5, 决 BEF6, 算 CBE3: invalid as UTF-8 (B2 is a continuation byte).
    const r = decodeText(bytes(0xb2, 0xbf, 0xc3, 0xc5, 0xbe, 0xf6, 0xcb, 0xe3, 0x0a));
    expect(r).toEqual({ ok: true, text: '部门决算\n', encoding: 'gb18030' });
  });

  it('reads UTF-16 little-endian with its byte-order mark', () => {
    // 决 U+51B3, 算 U+7B97.
    const r = decodeText(bytes(0xff, 0xfe, 0xb3, 0x51, 0x97, 0x7b));
    expect(r).toEqual({ ok: true, text: '决算', encoding: 'utf-16le' });
  });

  it.each([
    ['NUL bytes', bytes(0x41, 0x00, 0x42), 'binary'],
    ['control characters', ascii('a\u0001b\u0002c\u0003d\u0004'), 'binary'],
    // 0x80 is not a valid first byte in UTF-8 or GB18030; 0xFF neither.
    ['bytes no decoder accepts', bytes(0x80, 0xff, 0x80, 0xff), 'encoding'],
    ['white space only', ascii(' \n\t\n'), 'empty'],
    ['no bytes', bytes(), 'empty'],
  ])('%s → %s', (_n, b, code) => {
    const r = decodeText(b);
    expect(r.ok ? 'ok' : r.code).toBe(code);
  });

  it('refuses random binary (seeded, 64 KB) as binary or undecodable, never as text', () => {
    const rand = seededRandom(7);
    for (let k = 0; k < 20; k++) {
      const b = Uint8Array.from({ length: 65536 }, () => Math.floor(rand() * 256));
      const r = decodeText(b);
      expect(r.ok ? 'ok' : r.code).toMatch(/^(binary|encoding)$/);
    }
  });
});

describe('refusalForParseError', () => {
  it('names a budget document as such, with the parser’s line', () => {
    // The budget case of src/testing/robustness-inputs.ts.
    const result = parseFinalAccounts(
      '# 2022 年度武汉市江汉区大数据中心部门预算公开\n\n一、部门预算收支总表\n收入 100.00 万元',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const r = refusalForParseError(result.error);
    expect(r.code).toBe('budget');
    expect(r.line).toBe(1);
    expect(r.message).toContain('这是部门预算公开（第 1 行），不是部门决算公开');
  });

  it('passes on the parser’s reason for other text', () => {
    const result = parseFinalAccounts('The quick brown fox.\n'.repeat(20));
    if (result.ok) throw new Error('expected a refusal');
    const r = refusalForParseError(result.error);
    expect(r.code).toBe('not-final-accounts');
    expect(r.message).toContain(result.error.message);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['<script>alert(1)</script>.txt', '<script>alert(1)</script>.txt'],
    ['<img src=x onerror=alert(1)>.md', '<img src=x onerror=alert(1)>.md'],
    ['a\u202egnp.txt', 'agnp.txt'],
    ['  tab\tname.txt ', 'tabname.txt'],
    ['', '未命名文件'],
  ])('%j → %j (HTML stays text; controls and bidi overrides go)', (name, clean) => {
    expect(cleanFileName(name)).toBe(clean);
  });

  it('shortens a very long name to 200 characters', () => {
    expect(cleanFileName('长'.repeat(500))).toHaveLength(200);
  });
});

describe('contentHash', () => {
  it('is 16 hex digits, stable, and changes with one character', () => {
    const h = contentHash(reference);
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(reference)).toBe(h);
    expect(contentHash(reference.replace('2021', '2022'))).not.toBe(h);
    expect(contentHash('')).not.toBe(contentHash(' '));
  });

  it('sameContent ignores only a byte-order mark', () => {
    expect(sameContent('\uFEFFabc', 'abc')).toBe(true);
    expect(sameContent('abc', 'abc ')).toBe(false);
  });
});
