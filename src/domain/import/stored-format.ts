/**
 * The stored form of an imported document (one IndexedDB record each) with its version and migrations, and the
 * export file of the whole collection. Pure: the parser comes in as an argument (the app passes its worker), so
 * this runs in node tests as it does in the browser.
 *
 * Versions of a stored record (`formatVersion`):
 * - 1: `{ id, name, source, importedAt }`: the text only (`formatVersion` 1 or absent).
 * - 2: v1 + `hash` (contentHash of the source), `result` (the ParseResult) and `parserStamp` (which build of the
 *   parser made it). v1 → v2 re-parses the source. A v2 record whose stamp differs from the running parser's, or
 *   whose model is damaged, is re-parsed from its source too: the source is the truth, the model a cache.
 *   A document read from a PDF also keeps `pdf` (its bytes and where each line sits on its pages); its `source` is
 *   the text reconstructed from the PDF, and a re-parse reads the PDF again (the PDF, not its text, is the truth).
 * A record of a newer version than {@link STORED_FORMAT_VERSION} is refused with a message and left as it is.
 */
import type { ParseResult } from '../final-accounts.types';
import type { PdfAttachment } from '../pdf/attachment';
import { fromBase64, toBase64 } from '../pdf/attachment';
import { contentHash } from './content-hash';
import type { ImportRefusal } from './import-check';
import { refuse } from './import-check';

export const STORED_FORMAT_VERSION = 2;

/** Version 1: the text only. */
export interface StoredDocumentV1 {
  readonly formatVersion?: 1;
  readonly id: string;
  readonly name: string;
  readonly source: string;
  /** ISO 8601. */
  readonly importedAt: string;
}

/** Version 2 (current): the text, its hash and its parsed model. */
export interface StoredDocument {
  readonly formatVersion: 2;
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly importedAt: string;
  readonly hash: string;
  readonly result: ParseResult;
  readonly parserStamp: string;
  /** For a document read from a PDF. */
  readonly pdf?: PdfAttachment;
}

/** What reading a PDF gives: the model, the reconstructed text and the attachment; or why it could not be read. */
export type PdfParse =
  | { readonly ok: true; readonly result: ParseResult; readonly source: string; readonly pdf: PdfAttachment }
  | { readonly ok: false; readonly message: string };

/** The parser the migrations use, and the stamp of its build. */
export interface MigrationContext {
  readonly parse: (text: string) => Promise<ParseResult>;
  /** Reads a stored PDF again (when the parser changed); absent where no PDF reader runs. */
  readonly parsePdf?: (bytes: Uint8Array) => Promise<PdfParse>;
  readonly parserStamp: string;
}

export type LoadedRecord =
  | {
      readonly ok: true;
      readonly record: StoredDocument;
      /** The record differs from what was read (migrated or re-parsed): write it back. */
      readonly changed: boolean;
      /** What was done, in words (for the log of a load). */
      readonly steps: readonly string[];
    }
  | {
      readonly ok: false;
      readonly id: string | null;
      readonly reason: 'newer' | 'damaged';
      readonly message: string;
    };

/** The document id of a source text: `doc-` + its content hash. */
export function documentIdOf(source: string): string {
  return `doc-${contentHash(source)}`;
}

/** A v2 record from its parts. */
export function makeStoredDocument(
  parts: {
    readonly name: string;
    readonly source: string;
    readonly importedAt: string;
    readonly pdf?: PdfAttachment;
  },
  result: ParseResult,
  parserStamp: string,
): StoredDocument {
  return {
    formatVersion: 2,
    id: documentIdOf(parts.source),
    name: parts.name,
    source: parts.source,
    importedAt: parts.importedAt,
    hash: contentHash(parts.source),
    result,
    parserStamp,
    ...(parts.pdf ? { pdf: parts.pdf } : {}),
  };
}

/** A stored attachment, its bytes as a Uint8Array of this realm (a structured clone may come from another). */
function attachmentIn(x: unknown): PdfAttachment | null {
  if (!isRecord(x) || !Array.isArray(x['lines']) || !Array.isArray(x['pages'])) return null;
  const bytes = x['bytes'];
  if (!ArrayBuffer.isView(bytes)) return null;
  return {
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    lines: x['lines'] as PdfAttachment['lines'],
    pages: x['pages'] as PdfAttachment['pages'],
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Whether `x` has the shape of a ParseResult (enough for the views: ok flag, problems, model meta or error). */
function looksLikeParseResult(x: unknown): x is ParseResult {
  if (!isRecord(x) || typeof x['ok'] !== 'boolean' || !Array.isArray(x['problems'])) return false;
  if (x['ok']) {
    const accounts = x['accounts'];
    return isRecord(accounts) && isRecord(accounts['meta']) && Array.isArray(accounts['tables']);
  }
  return isRecord(x['error']) && typeof x['error']['message'] === 'string';
}

function versionOf(raw: Record<string, unknown>): number | null {
  const v = raw['formatVersion'];
  if (v === undefined) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

const v1Fields = ['id', 'name', 'source', 'importedAt'] as const;

/** v1 → v2 (and any re-parse): parse the source, add its hash and the parser's stamp. */
async function v1ToV2(
  r: Pick<StoredDocumentV1, (typeof v1Fields)[number]>,
  ctx: MigrationContext,
): Promise<StoredDocument> {
  return {
    formatVersion: 2,
    id: r.id,
    name: r.name,
    source: r.source,
    importedAt: r.importedAt,
    hash: contentHash(r.source),
    result: await ctx.parse(r.source),
    parserStamp: ctx.parserStamp,
  };
}

/**
 * A stored record, as read, → the current version, or a refusal. Never throws (a damaged record is refused with
 * its reason); never loses the source: a refused record is reported, not deleted, and the caller leaves it stored.
 */
export async function migrateStoredDocument(raw: unknown, ctx: MigrationContext): Promise<LoadedRecord> {
  const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
  const damaged = (what: string): LoadedRecord => ({
    ok: false,
    id,
    reason: 'damaged',
    message: `浏览器中保存的文档${id ? `（${id}）` : ''}已损坏（${what}），没有载入；数据未删除。`,
  });
  if (!isRecord(raw)) return damaged('不是一条记录');
  const version = versionOf(raw);
  if (version === null) return damaged('版本号无效');
  if (version > STORED_FORMAT_VERSION) {
    return {
      ok: false,
      id,
      reason: 'newer',
      message: `浏览器中保存的文档“${typeof raw['name'] === 'string' ? raw['name'] : (id ?? '?')}”来自更新版本的看板（存储格式 ${version}，本版本只认识到 ${STORED_FORMAT_VERSION}），没有载入；数据未改动，请用新版本打开。`,
    };
  }
  for (const f of v1Fields) {
    if (typeof raw[f] !== 'string' || raw[f] === '') return damaged(`缺少 ${f}`);
  }
  const steps: string[] = [];
  let record: StoredDocument;
  if (version === 1) {
    record = await v1ToV2(raw as unknown as StoredDocumentV1, ctx);
    steps.push('存储格式 1 → 2：重新解析原文');
  } else {
    const v2 = raw as unknown as StoredDocument;
    const pdf = attachmentIn(raw['pdf']);
    if (pdf && ctx.parsePdf && (!looksLikeParseResult(v2.result) || v2.parserStamp !== ctx.parserStamp)) {
      // A PDF document is re-read from its PDF; if that fails now, the stored record stays as it is.
      const again = await ctx.parsePdf(pdf.bytes);
      if (!again.ok)
        return { ok: true, record: v2, changed: false, steps: [`重新读取 PDF 失败：${again.message}`] };
      return {
        ok: true,
        record: {
          ...makeStoredDocument(
            { name: v2.name, source: again.source, importedAt: v2.importedAt, pdf: again.pdf },
            again.result,
            ctx.parserStamp,
          ),
          id: v2.id,
        },
        changed: true,
        steps: ['解析器已更新：重新读取 PDF'],
      };
    }
    if (pdf) {
      // Current, or no PDF reader here: the stored model stays (its text is never re-parsed as if it were the
      // document).
      record = { ...v2, pdf, hash: typeof v2.hash === 'string' ? v2.hash : contentHash(v2.source) };
    } else if (!looksLikeParseResult(v2.result)) {
      record = await v1ToV2(v2, ctx);
      steps.push('解析结果损坏：按原文重新解析');
    } else if (v2.parserStamp !== ctx.parserStamp) {
      record = await v1ToV2(v2, ctx);
      steps.push('解析器已更新：按原文重新解析');
    } else {
      record = { ...v2, hash: typeof v2.hash === 'string' ? v2.hash : contentHash(v2.source) };
    }
  }
  return { ok: true, record, changed: steps.length > 0, steps };
}

// ---------------------------------------------------------------------------------------------------------
// The export file of a collection.

export const COLLECTION_FORMAT = 'juesuan-dashboard/documents';
/** The export file's own version (independent of the stored record's). */
export const COLLECTION_VERSION = 1;

/** One document in an export file: what is needed to re-create it (its model is re-parsed on import). */
export interface CollectionDocument {
  readonly name: string;
  readonly importedAt: string;
  readonly source: string;
  /** A document read from a PDF: the PDF itself (the import reads it again). */
  readonly pdf?: Uint8Array;
}

/** The export file of `documents`, as JSON text. */
export function buildCollectionFile(documents: readonly CollectionDocument[], exportedAt: string): string {
  return `${JSON.stringify(
    {
      format: COLLECTION_FORMAT,
      version: COLLECTION_VERSION,
      exportedAt,
      documents: documents.map((d) => ({
        name: d.name,
        importedAt: d.importedAt,
        source: d.source,
        ...(d.pdf ? { pdfBase64: toBase64(d.pdf) } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

const NOTHING_CHANGED = '没有改动任何文档';

/** An export file → its documents, validated; a damaged or foreign file is refused with the reason. Never throws. */
export function readCollectionFile(
  text: string,
): { readonly ok: true; readonly documents: readonly CollectionDocument[] } | ImportRefusal {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refuse(
      'collection-invalid',
      `这个 .json 文件无法解析（JSON 语法错误：${why}），不是完整的文档合集；${NOTHING_CHANGED}。`,
    );
  }
  if (!isRecord(data) || data['format'] !== COLLECTION_FORMAT) {
    return refuse(
      'collection-invalid',
      `这是 JSON 文件，但不是本看板导出的文档合集（缺少 "format": "${COLLECTION_FORMAT}"）；${NOTHING_CHANGED}。`,
    );
  }
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('collection-invalid', `文档合集的版本号无效；${NOTHING_CHANGED}。`);
  }
  if (version > COLLECTION_VERSION) {
    return refuse(
      'collection-newer',
      `这个文档合集由更新版本的看板导出（格式版本 ${version}，本版本只认识到 ${COLLECTION_VERSION}），无法读取；${NOTHING_CHANGED}。`,
    );
  }
  const docs = data['documents'];
  if (!Array.isArray(docs)) {
    return refuse('collection-invalid', `文档合集缺少 documents 列表；${NOTHING_CHANGED}。`);
  }
  const out: CollectionDocument[] = [];
  for (const [i, d] of docs.entries()) {
    const missing = !isRecord(d)
      ? ['整条记录']
      : (['name', 'importedAt', 'source'] as const).filter((k) => typeof d[k] !== 'string' || d[k] === '');
    if (missing.length > 0 || !isRecord(d)) {
      return refuse(
        'collection-invalid',
        `文档合集中第 ${i + 1} 份文档缺少 ${missing.join('、')}，合集已损坏；${NOTHING_CHANGED}。`,
      );
    }
    const importedAt = d['importedAt'] as string;
    if (Number.isNaN(Date.parse(importedAt))) {
      return refuse(
        'collection-invalid',
        `文档合集中第 ${i + 1} 份文档的导入时间“${importedAt}”无效，合集已损坏；${NOTHING_CHANGED}。`,
      );
    }
    const encoded = d['pdfBase64'];
    const pdf = typeof encoded === 'string' ? fromBase64(encoded) : null;
    if (encoded !== undefined && !pdf) {
      return refuse(
        'collection-invalid',
        `文档合集中第 ${i + 1} 份文档的 PDF 数据已损坏，合集已损坏；${NOTHING_CHANGED}。`,
      );
    }
    out.push({
      name: d['name'] as string,
      importedAt,
      source: d['source'] as string,
      ...(pdf ? { pdf } : {}),
    });
  }
  return { ok: true, documents: out };
}
