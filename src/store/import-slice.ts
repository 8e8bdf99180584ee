/**
 * Importing documents into the collection, keeping them between visits, removing them, and the collection's
 * export file. The work is here (store actions); its dependencies (storage, parser, the browser's persistence API)
 * are injected through `setImportDeps`, so unit tests run it with fake IndexedDB or a failing storage.
 *
 * An import is checked before it is parsed (size from metadata, magic bytes, encoding, duplicates), parsed off the
 * main thread, stored, and only then added to the collection: a document that could not be stored is not left in
 * the store (the import is rolled back), and a refused file changes nothing.
 */
import type { StateCreator } from 'zustand';

import type { ParseResult } from '@/domain/final-accounts.types';
import { contentHash, sameContent } from '@/domain/import/content-hash';
import type { ImportRefusal } from '@/domain/import/import-check';
import {
  MAX_DOCUMENT_BYTES,
  checkBeforeReading,
  checkPdfName,
  checkText,
  cleanFileName,
  decodeText,
  formatBytes,
  importFileKind,
  isPdfBytes,
  refusalForParseError,
  refuse,
  sniffMagic,
} from '@/domain/import/import-check';
import type { CollectionDocument, PdfParse, StoredDocument } from '@/domain/import/stored-format';
import {
  buildCollectionFile,
  makeStoredDocument,
  migrateStoredDocument,
  readCollectionFile,
} from '@/domain/import/stored-format';

import type { DocumentStorage } from './document-db';
import { describeStorageError } from './document-db';
import type { DocumentEntry } from './documents-slice';
import type { DashboardState } from './index';
import type { ParseClient } from './parse-client';
import { withParams } from './route';

/** The part of `navigator.storage` used here. */
export interface PersistApi {
  readonly persisted: () => Promise<boolean>;
  readonly persist: () => Promise<boolean>;
}

export interface ImportDeps {
  readonly storage: DocumentStorage;
  readonly parser: ParseClient;
  /** null where the browser has no StorageManager. */
  readonly persistApi: PersistApi | null;
  readonly now: () => Date;
}

/** Whether the browser keeps stored documents when space runs low (navigator.storage.persist()). */
export type PersistStatus = 'unknown' | 'granted' | 'denied' | 'unsupported';

export interface ImportOutcome {
  readonly key: string;
  readonly fileName: string;
  readonly status: 'added' | 'refused' | 'duplicate';
  readonly message: string;
  /** The source line the refusal points at (a budget document's title), if any. */
  readonly line: number | null;
  /** added: the new document; duplicate: the document already loaded. */
  readonly documentId: string | null;
}

export interface ImportReport {
  readonly id: number;
  readonly outcomes: readonly ImportOutcome[];
}

export interface StorageStatus {
  readonly kind: 'indexeddb' | 'session' | null;
  readonly loaded: boolean;
  readonly persist: PersistStatus;
  /** Problems met reading what was stored (a newer format, a damaged record, a database that would not open). */
  readonly notices: readonly string[];
}

export type RemoveResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** How far the PDF being read has got. */
export interface ImportProgress {
  readonly file: string;
  readonly done: number;
  readonly total: number;
}

export interface ImportSlice {
  readonly importDeps: ImportDeps | null;
  /** The file being read, while an import runs. */
  readonly importBusy: string | null;
  /** While a PDF is read: its pages read so far. */
  readonly importProgress: ImportProgress | null;
  /** Stops the PDF being read at its next page (nothing is added; what was loaded stays). */
  readonly cancelImport: () => void;
  /** A file is about to be chosen or dropped: the PDF reader starts loading, so a PDF's read need not wait for it. */
  readonly prepareImport: () => void;
  readonly importReport: ImportReport | null;
  readonly storageStatus: StorageStatus;
  readonly setImportDeps: (deps: ImportDeps) => void;
  /** Reads the stored documents into the collection (migrating old records). Once per deps; later calls wait for it. */
  readonly loadStoredDocuments: () => Promise<void>;
  /** Imports files one after another; returns (and shows) the report. */
  readonly importFiles: (files: readonly File[]) => Promise<ImportReport>;
  /** Removes an imported document from storage, then from the collection. The built-in one cannot be removed. */
  readonly removeDocument: (id: string) => Promise<RemoveResult>;
  /** The export file (JSON) of every imported document. */
  readonly exportCollection: () => string;
  readonly dismissImportReport: () => void;
}

const ROLLED_BACK = '文档没有保存，已撤销这次导入（看板中的文档保持原样）。';

const hashes = new WeakMap<DocumentEntry, string>();
function hashOf(doc: DocumentEntry): string {
  let h = hashes.get(doc);
  if (h === undefined) {
    h = contentHash(doc.source.replace(/^\uFEFF/, ''));
    hashes.set(doc, h);
  }
  return h;
}

/** `department · year · file name` (or the file name alone when the document did not parse). */
export function documentLabel(doc: Pick<DocumentEntry, 'name' | 'result'>): string {
  return doc.result.ok
    ? `${doc.result.accounts.meta.department} · ${doc.result.accounts.meta.year} · ${doc.name}`
    : doc.name;
}

/**
 * A document's name in the switcher: department and year, which must always be readable (a narrow switcher cuts
 * the end), then the file name only where another document has the same department and year.
 */
export function switcherLabel(
  doc: Pick<DocumentEntry, 'id' | 'name' | 'result' | 'builtIn'>,
  all: readonly Pick<DocumentEntry, 'id' | 'result'>[],
): string {
  if (!doc.result.ok) return doc.name;
  const { department, year } = doc.result.accounts.meta;
  const twin = all.some(
    (d) =>
      d.id !== doc.id &&
      d.result.ok &&
      d.result.accounts.meta.department === department &&
      d.result.accounts.meta.year === year,
  );
  return `${department} · ${year} 年度${twin ? ` · ${doc.name}` : ''}${doc.builtIn ? '（内置）' : ''}`;
}

function findDuplicate(text: string, docs: readonly DocumentEntry[]): DocumentEntry | null {
  const h = contentHash(text);
  return docs.find((d) => hashOf(d) === h && sameContent(d.source, text)) ?? null;
}

function entryOf(record: StoredDocument): DocumentEntry {
  return {
    id: record.id,
    name: record.name,
    source: record.source,
    result: record.result,
    builtIn: false,
    importedAt: record.importedAt,
    ...(record.pdf ? { pdf: record.pdf } : {}),
  };
}

function byImportTime(a: DocumentEntry, b: DocumentEntry): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
  return (a.importedAt ?? '').localeCompare(b.importedAt ?? '');
}

let outcomeSeq = 0;
/**
 * After an import, the dashboard opens what the user came for: the last document added becomes the active one (in the
 * current view, `doc=` in the URL, so back returns to the previous one); on 对比 the added documents join the
 * comparison instead.
 */
function openImportedIn(get: () => DashboardState, outcomes: readonly ImportOutcome[]): void {
  const added = outcomes.flatMap((o) => (o.status === 'added' && o.documentId ? [o.documentId] : []));
  const last = added.at(-1);
  if (last === undefined) return;
  const s = get();
  if (s.route.view === 'compare') {
    const current = (s.route.params['docs'] ?? '').split(',').filter((id) => id !== '');
    const base =
      current.length > 0
        ? current
        : s.documents.filter((d) => d.result.ok && !added.includes(d.id)).map((d) => d.id);
    const docs = [...base, ...added.filter((id) => !base.includes(id))];
    s.navigate(withParams(s.route, { docs: docs.join(',') }));
    return;
  }
  // The entry before names the document it showed, so back returns to it.
  if (!s.route.params['doc'] && s.activeId)
    s.navigate(withParams(s.route, { doc: s.activeId }), { replace: true });
  const now = get();
  now.navigate(withParams(now.route, { doc: last }));
}

let reportSeq = 0;

export const createImportSlice: StateCreator<DashboardState, [], [], ImportSlice> = (set, get) => {
  /** One import, load or removal at a time, in order (so duplicates within one drop are found). */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  let loading: { deps: ImportDeps; done: Promise<void> } | null = null;

  const deps = (): ImportDeps => {
    const d = get().importDeps;
    if (!d) throw new Error('setImportDeps was not called');
    return d;
  };

  const outcome = (
    fileName: string,
    status: ImportOutcome['status'],
    message: string,
    line: number | null,
    documentId: string | null,
  ): ImportOutcome => ({ key: `o${++outcomeSeq}`, fileName, status, message, line, documentId });

  const refused = (fileName: string, r: ImportRefusal): ImportOutcome =>
    outcome(fileName, 'refused', r.message, r.line, null);

  const duplicateOf = (fileName: string, existing: DocumentEntry): ImportOutcome =>
    outcome(
      fileName,
      'duplicate',
      `与已载入的“${documentLabel(existing)}”内容完全相同，没有重复添加。`,
      null,
      existing.id,
    );

  /** Adds stored records to the collection (after they were stored). */
  const addEntries = (records: readonly StoredDocument[]): void => {
    set((s) => ({
      documents: [
        ...s.documents.filter((d) => !records.some((r) => r.id === d.id)),
        ...records.map(entryOf),
      ].sort(byImportTime),
    }));
  };

  /** Asks the browser once (the first import ever) to keep stored documents; never waits for the answer. */
  const askPersistence = (): void => {
    const { persistApi } = deps();
    if (!persistApi) {
      set((s) => ({ storageStatus: { ...s.storageStatus, persist: 'unsupported' } }));
      return;
    }
    if (get().storagePersistAsked) return;
    get().setStoragePersistAsked(true);
    void persistApi
      .persist()
      .catch(() => false)
      .then((granted) =>
        set((s) => ({
          storageStatus: { ...s.storageStatus, persist: granted ? 'granted' : 'denied' },
        })),
      );
  };

  /** Stores then adds; on a storage failure nothing is added and the outcome says so. */
  const storeAndAdd = async (records: readonly StoredDocument[]): Promise<string | null> => {
    try {
      await deps().storage.addAll(records);
    } catch (e) {
      return `${describeStorageError(e)}：${ROLLED_BACK}`;
    }
    addEntries(records);
    return null;
  };

  const addedMessage = (result: ParseResult): string => {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const p of result.problems) counts[p.severity]++;
    const meta = result.ok ? `${result.accounts.meta.department} · ${result.accounts.meta.year} 年度` : '';
    const problems =
      result.problems.length === 0
        ? '解析时没有发现问题'
        : `解析提示 ${result.problems.length} 条（错误 ${counts.error}，警告 ${counts.warning}，说明 ${counts.info}）`;
    return `已导入：${meta}；${problems}。`;
  };

  const importDocument = async (fileName: string, text: string): Promise<ImportOutcome> => {
    const existing = findDuplicate(text, get().documents);
    if (existing) return duplicateOf(fileName, existing);
    const { result, stamp } = await deps().parser.parse(text);
    if (!result.ok) return refused(fileName, refusalForParseError(result.error));
    const record = makeStoredDocument(
      { name: fileName, source: text, importedAt: deps().now().toISOString() },
      result,
      stamp,
    );
    const failure = await storeAndAdd([record]);
    if (failure) return outcome(fileName, 'refused', failure, null, null);
    return outcome(fileName, 'added', addedMessage(result), null, record.id);
  };

  let abort: AbortController | null = null;

  /** Reads a PDF with progress; cancelling (or a failure) adds nothing. */
  const readPdfFile = async (
    fileName: string,
    bytes: Uint8Array,
  ): Promise<PdfParse & { readonly stamp: string }> => {
    abort = new AbortController();
    set({ importProgress: { file: fileName, done: 0, total: 0 } });
    try {
      return await deps().parser.parsePdf(bytes, {
        signal: abort.signal,
        onProgress: (done, total) => set({ importProgress: { file: fileName, done, total } }),
      });
    } finally {
      abort = null;
      set({ importProgress: null });
    }
  };

  const importPdf = async (fileName: string, bytes: Uint8Array): Promise<ImportOutcome> => {
    const read = await readPdfFile(fileName, bytes);
    if (!read.ok)
      return outcome(fileName, 'refused', `${read.message}（${fileName}，没有改动任何文档）`, null, null);
    const existing = findDuplicate(read.source, get().documents);
    if (existing) return duplicateOf(fileName, existing);
    if (!read.result.ok) return refused(fileName, refusalForParseError(read.result.error));
    const record = makeStoredDocument(
      { name: fileName, source: read.source, importedAt: deps().now().toISOString(), pdf: read.pdf },
      read.result,
      read.stamp,
    );
    const failure = await storeAndAdd([record]);
    if (failure) return outcome(fileName, 'refused', failure, null, null);
    const pages = read.pdf.pages.length;
    return outcome(fileName, 'added', `${addedMessage(read.result)}（PDF，${pages} 页）`, null, record.id);
  };

  const importCollection = async (fileName: string, text: string): Promise<ImportOutcome[]> => {
    const read = readCollectionFile(text);
    if (!read.ok) return [refused(fileName, read)];
    const records: StoredDocument[] = [];
    const skipped: ImportOutcome[] = [];
    for (const [i, doc] of read.documents.entries()) {
      const refuseAll = (why: string): ImportOutcome[] => [
        outcome(
          fileName,
          'refused',
          `合集中第 ${i + 1} 份文档“${doc.name}”${why}；合集已损坏，没有改动任何文档。`,
          null,
          null,
        ),
      ];
      const source = doc.source.replace(/^\uFEFF/, '');
      if (source.length > MAX_DOCUMENT_BYTES) return refuseAll(`超过 ${formatBytes(MAX_DOCUMENT_BYTES)}`);
      const bad = checkText(source);
      if (bad) return refuseAll(`不是文本（${bad.message}）`);
      const name = cleanFileName(doc.name);
      const existing = findDuplicate(source, get().documents);
      if (existing) {
        skipped.push(duplicateOf(name, existing));
        continue;
      }
      if (records.some((r) => sameContent(r.source, source))) continue;
      if (doc.pdf) {
        const read = await readPdfFile(name, doc.pdf);
        if (!read.ok) return refuseAll(`的 PDF 无法读取：${read.message}`);
        if (!read.result.ok) return refuseAll(`无法读取：${refusalForParseError(read.result.error).message}`);
        records.push(
          makeStoredDocument(
            { name, source: read.source, importedAt: doc.importedAt, pdf: read.pdf },
            read.result,
            read.stamp,
          ),
        );
        continue;
      }
      const { result, stamp } = await deps().parser.parse(source);
      if (!result.ok) return refuseAll(`无法读取：${refusalForParseError(result.error).message}`);
      records.push(makeStoredDocument({ name, source, importedAt: doc.importedAt }, result, stamp));
    }
    if (records.length > 0) {
      const failure = await storeAndAdd(records);
      if (failure) return [outcome(fileName, 'refused', failure, null, null)];
    }
    const added = records.map((r) =>
      outcome(r.name, 'added', `${addedMessage(r.result)}（来自合集 ${fileName}）`, null, r.id),
    );
    if (added.length === 0 && skipped.length === 0) {
      return [outcome(fileName, 'refused', `合集 ${fileName} 里没有文档，没有改动任何文档。`, null, null)];
    }
    return [...added, ...skipped];
  };

  const importFile = async (file: File): Promise<ImportOutcome[]> => {
    const name = cleanFileName(file.name);
    const early = checkBeforeReading(name, file.size);
    if (early) return [refused(name, early)];
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return [refused(name, refuse('binary', `无法读取这个文件（${why}），没有改动任何文档。`))];
    }
    const misnamed = checkPdfName(name, bytes);
    if (misnamed) return [refused(name, misnamed)];
    if (isPdfBytes(bytes)) {
      // A PDF's own size limit applies whatever its name says.
      const tooLarge = checkBeforeReading(`${name}.pdf`, bytes.length);
      return [tooLarge ? refused(name, tooLarge) : await importPdf(name, bytes)];
    }
    const magic = sniffMagic(bytes);
    if (magic) return [refused(name, magic)];
    const decoded = decodeText(bytes);
    if (!decoded.ok) return [refused(name, decoded)];
    return importFileKind(name) === 'collection'
      ? importCollection(name, decoded.text)
      : [await importDocument(name, decoded.text)];
  };

  return {
    importDeps: null,
    importBusy: null,
    importProgress: null,
    cancelImport: () => abort?.abort(),
    prepareImport: () => deps().parser.warmPdf(),
    importReport: null,
    storageStatus: { kind: null, loaded: false, persist: 'unknown', notices: [] },

    setImportDeps: (d) => {
      loading = null;
      set({
        importDeps: d,
        storageStatus: { kind: d.storage.kind, loaded: false, persist: 'unknown', notices: [] },
      });
    },

    loadStoredDocuments: () => {
      const d = deps();
      if (loading?.deps === d) return loading.done;
      const done = serial(async () => {
        const notices: string[] = [];
        let raws: readonly unknown[] = [];
        try {
          raws = await d.storage.loadAll();
        } catch (e) {
          notices.push(`${describeStorageError(e)}：已保存的文档暂时无法读取，数据未改动。`);
        }
        const parserStamp = raws.length > 0 ? await d.parser.stamp() : '';
        const ctx = {
          parserStamp,
          parse: async (text: string) => (await d.parser.parse(text)).result,
          parsePdf: (bytes: Uint8Array) => d.parser.parsePdf(bytes),
        };
        const records: StoredDocument[] = [];
        const changed: StoredDocument[] = [];
        for (const raw of raws) {
          const loaded = await migrateStoredDocument(raw, ctx);
          if (!loaded.ok) {
            notices.push(loaded.message);
            continue;
          }
          records.push(loaded.record);
          if (loaded.changed) changed.push(loaded.record);
        }
        if (changed.length > 0) {
          try {
            await d.storage.putAll(changed);
          } catch (e) {
            notices.push(
              `${describeStorageError(e)}：升级后的文档未能写回，本次照常显示，下次打开会再升级。`,
            );
          }
        }
        addEntries(records);
        let persist: PersistStatus = d.persistApi ? 'unknown' : 'unsupported';
        if (d.persistApi && records.length > 0) {
          const granted = await d.persistApi.persisted().catch(() => false);
          persist = granted ? 'granted' : get().storagePersistAsked ? 'denied' : 'unknown';
        }
        set((s) => {
          const wanted = s.route.params['doc'];
          const active = wanted && records.some((r) => r.id === wanted) ? { activeId: wanted } : {};
          return { ...active, storageStatus: { kind: d.storage.kind, loaded: true, persist, notices } };
        });
      });
      loading = { deps: d, done };
      return done;
    },

    importFiles: (files) =>
      serial(async () => {
        const outcomes: ImportOutcome[] = [];
        for (const file of files) {
          set({ importBusy: cleanFileName(file.name) });
          try {
            outcomes.push(...(await importFile(file)));
          } catch (e) {
            // Nothing above should throw; if something does, the file is refused, not the page.
            const why = e instanceof Error ? e.message : String(e);
            outcomes.push(
              outcome(
                cleanFileName(file.name),
                'refused',
                `导入失败（${why}），没有改动任何文档。`,
                null,
                null,
              ),
            );
          }
        }
        if (outcomes.some((o) => o.status === 'added')) askPersistence();
        const report: ImportReport = { id: ++reportSeq, outcomes };
        set({ importBusy: null, importReport: report });
        openImportedIn(get, outcomes);
        return report;
      }),

    removeDocument: (id) =>
      serial(async (): Promise<RemoveResult> => {
        const doc = get().documents.find((x) => x.id === id);
        if (!doc) return { ok: false, message: '这份文档已不在看板中。' };
        if (doc.builtIn) return { ok: false, message: '内置的参考文档随看板提供，不能移除。' };
        try {
          await deps().storage.remove(id);
        } catch (e) {
          return { ok: false, message: `${describeStorageError(e)}：文档没有移除。` };
        }
        set((s) => {
          const documents = s.documents.filter((x) => x.id !== id);
          const decks = { ...s.decks };
          delete decks[id];
          return {
            documents,
            decks,
            activeId: s.activeId === id ? (documents[0]?.id ?? '') : s.activeId,
          };
        });
        return { ok: true };
      }),

    exportCollection: () => {
      const docs: CollectionDocument[] = get()
        .documents.filter((d) => !d.builtIn)
        .map((d) => ({
          name: d.name,
          source: d.source,
          importedAt: d.importedAt ?? deps().now().toISOString(),
          ...(d.pdf ? { pdf: d.pdf.bytes } : {}),
        }));
      return buildCollectionFile(docs, deps().now().toISOString());
    },

    dismissImportReport: () => set({ importReport: null }),
  };
};
