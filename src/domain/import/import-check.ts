/**
 * What a file offered for import is, decided before parsing: its size (from the file's metadata alone, before any
 * byte is read), its magic bytes (PDF, images, Office, archives), whether it is text at all (NUL bytes, UTF-8, then
 * GB18030 and UTF-16 with a byte-order mark), and, after parsing, why the parser refused it. Every refusal is a
 * Chinese sentence saying what the file is and what is accepted. Pure: bytes and strings in, values out.
 */
import type { ParseProblem } from '../final-accounts.types';

/** A text disclosure larger than this is refused unread (the reference document is 77 KB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** A PDF disclosure larger than this is refused unread (the Shanghai 2024 PDFs are 0.5–1.5 MB). */
export const MAX_PDF_BYTES = 30 * 1024 * 1024;
/** An exported collection (several documents in one JSON file) larger than this is refused unread. */
export const MAX_COLLECTION_BYTES = 20 * 1024 * 1024;

export const ACCEPTED =
  '接受带文字层的 .pdf、.txt / .md 文本格式的部门决算公开（UTF-8 或 GB18030 编码），或本看板导出的文档合集（.json）';

export type RefusalCode =
  | 'too-large'
  | 'empty'
  | 'pdf'
  | 'image'
  | 'office'
  | 'archive'
  | 'binary'
  | 'encoding'
  | 'budget'
  | 'not-final-accounts'
  | 'duplicate'
  | 'collection-invalid'
  | 'collection-newer';

/** Why a file was refused; `line` is the 1-based source line when the reason has one. */
export interface ImportRefusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly message: string;
  readonly line: number | null;
}

/** Which reader a file goes to, by its name alone: `.json` is a collection, anything else a document. */
export type ImportFileKind = 'document' | 'collection' | 'pdf';

export function importFileKind(fileName: string): ImportFileKind {
  const name = fileName.trim();
  if (/\.json$/i.test(name)) return 'collection';
  return /\.pdf$/i.test(name) ? 'pdf' : 'document';
}

/** True for bytes that begin as a PDF does (`%PDF-`). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('%PDF-'));
}

/** A file named .pdf whose bytes are not a PDF: refused, whatever it is. */
export function checkPdfName(fileName: string, bytes: Uint8Array): ImportRefusal | null {
  if (importFileKind(fileName) !== 'pdf' || isPdfBytes(bytes)) return null;
  return refuse(
    'pdf',
    `文件名是 .pdf，但内容不是 PDF（文件开头没有 %PDF- 标记），可能是改了扩展名的其他文件，没有导入。${ACCEPTED}。`,
  );
}

export function refuse(code: RefusalCode, message: string, line: number | null = null): ImportRefusal {
  return { ok: false, code, message, line };
}

/** `50.0 MB`, `512 KB`, `12 字节`: a size for a message (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} 字节`;
}

/**
 * The checks that need only the file's name and size, run before any byte is read: a 50 MB file is refused here,
 * without reading it. Returns null when the file may be read.
 */
export function checkBeforeReading(fileName: string, sizeBytes: number): ImportRefusal | null {
  const kind = importFileKind(fileName);
  const limit =
    kind === 'collection' ? MAX_COLLECTION_BYTES : kind === 'pdf' ? MAX_PDF_BYTES : MAX_DOCUMENT_BYTES;
  if (sizeBytes > limit) {
    return refuse(
      'too-large',
      `文件太大（${formatBytes(sizeBytes)}），超过 ${formatBytes(limit)} 的上限，没有读取。一份部门决算公开的文本通常不到 1 MB，请确认选对了文件。${ACCEPTED}。`,
    );
  }
  if (sizeBytes === 0) return refuse('empty', `文件是空的（0 字节），没有可读的文字。${ACCEPTED}。`);
  return null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

interface Magic {
  readonly test: (bytes: Uint8Array) => boolean;
  readonly code: RefusalCode;
  readonly what: string;
  readonly hint: string;
}

const TO_TEXT = '请先把内容转成纯文本（例如全选复制后另存为 .txt）再导入';

const MAGICS: readonly Magic[] = [
  {
    test: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    code: 'image',
    what: '这是 PNG 图片，不是文本',
    hint: '图片里的文字需要先识别（OCR）成文本',
  },
  {
    test: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
    code: 'image',
    what: '这是 JPEG 图片，不是文本',
    hint: '图片里的文字需要先识别（OCR）成文本',
  },
  {
    test: (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
    code: 'image',
    what: '这是 GIF 图片，不是文本',
    hint: '图片里的文字需要先识别（OCR）成文本',
  },
  {
    test: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
    code: 'image',
    what: '这是 WebP 图片，不是文本',
    hint: '图片里的文字需要先识别（OCR）成文本',
  },
  {
    test: (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]),
    code: 'office',
    what: '这是 ZIP 格式的文件（Word .docx、Excel .xlsx 或压缩包），不是文本',
    hint: TO_TEXT,
  },
  {
    test: (b) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    code: 'office',
    what: '这是旧版 Word / Excel 文件（.doc / .xls），不是文本',
    hint: TO_TEXT,
  },
  {
    test: (b) => startsWith(b, [0x1f, 0x8b]) || startsWith(b, ascii('7z')) || startsWith(b, ascii('Rar!')),
    code: 'archive',
    what: '这是压缩包（gzip / 7z / rar），不是文本',
    hint: '请先解压，再导入其中的 .txt / .md 文件',
  },
];

/** Refuses a file whose first bytes say it is an image, an Office file or an archive; null otherwise (a PDF is read). */
export function sniffMagic(bytes: Uint8Array): ImportRefusal | null {
  for (const m of MAGICS) {
    if (m.test(bytes)) return refuse(m.code, `${m.what}。${ACCEPTED}：${m.hint}。`);
  }
  return null;
}

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly ok: true;
  /** The text without a byte-order mark. */
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const BINARY_MESSAGE = `这是二进制文件（含有 NUL 等控制字节），不是文本。${ACCEPTED}。`;

/** Share of control characters (other than tab, line breaks, form feed and escape) in the first 64 K characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 127) && c !== 27) bad++;
  }
  return bad / n;
}

function tryDecode(bytes: Uint8Array, label: TextEncodingName): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Bytes → text, strictly: a UTF-16 byte-order mark selects UTF-16; otherwise NUL bytes mean binary, then UTF-8 is
 * tried with `fatal: true` (any invalid sequence fails), then GB18030 (which covers GBK and GB2312, the encodings
 * older Chinese government text files use). Text with more than 1% control characters is binary.
 */
export function decodeText(bytes: Uint8Array): DecodedText | ImportRefusal {
  if (bytes.length === 0) return refuse('empty', `文件是空的（0 字节），没有可读的文字。${ACCEPTED}。`);
  const candidates: TextEncodingName[] = [];
  if (startsWith(bytes, [0xff, 0xfe])) candidates.push('utf-16le');
  else if (startsWith(bytes, [0xfe, 0xff])) candidates.push('utf-16be');
  else {
    if (bytes.includes(0)) return refuse('binary', BINARY_MESSAGE);
    candidates.push('utf-8', 'gb18030');
  }
  for (const encoding of candidates) {
    const decoded = tryDecode(bytes, encoding);
    if (decoded === null) continue;
    const text = decoded.replace(/^\uFEFF/, '');
    return checkText(text) ?? { ok: true, text, encoding };
  }
  return refuse(
    'encoding',
    `无法按 UTF-8 或 GB18030 解码：这不像文本文件（可能是二进制文件或其他编码）。${ACCEPTED}。`,
  );
}

/**
 * The checks on text already decoded (also text from a collection file): blank, or more than 1% control characters
 * (binary read as text). Null when the text may be parsed.
 */
export function checkText(text: string): ImportRefusal | null {
  if (controlShare(text) > 0.01) return refuse('binary', BINARY_MESSAGE);
  if (text.trim() === '') return refuse('empty', `文件里只有空白，没有可读的文字。${ACCEPTED}。`);
  return null;
}

/**
 * The refusal for a document the parser did not accept: a budget (预算) disclosure, or anything else that is not
 * a final-accounts disclosure, with the parser's own located reason.
 */
export function refusalForParseError(error: ParseProblem): ImportRefusal {
  const where = error.line !== null ? `（第 ${error.line} 行）` : '';
  if (error.code === 'input.budget-document') {
    return refuse(
      'budget',
      `这是部门预算公开${where}，不是部门决算公开。看板只读决算：请导入“部门决算公开”的 .txt / .md 文本。`,
      error.line,
    );
  }
  if (error.code === 'input.binary') return refuse('binary', BINARY_MESSAGE, error.line);
  if (error.code === 'input.empty') {
    return refuse('empty', `文件里只有空白，没有可读的文字。${ACCEPTED}。`, error.line);
  }
  return refuse(
    'not-final-accounts',
    `无法读取为部门决算公开：${error.message}${where}。${ACCEPTED}。`,
    error.line,
  );
}

/**
 * A file name fit to show and store: control characters and bidirectional overrides removed (they could make a
 * name read differently from what it is), trimmed, at most 200 characters. HTML in a name stays as text: the UI
 * renders names as text, never as markup.
 */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const short = cleaned.length > 200 ? `${cleaned.slice(0, 199)}…` : cleaned;
  return short === '' ? '未命名文件' : short;
}
