import { readFileSync } from 'node:fs';

import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { contentHash } from '@/domain/import/content-hash';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';

import type { DocumentStorage } from './document-db';
import { DB_NAME, indexedDbStorage } from './document-db';
import type { ImportDeps, PersistApi } from './import-slice';
import { useDashboardStore } from './index';
import { mainThreadParser } from './parse-client';
import { nodePdfjs, nodePdfParams } from '@/testing/pdfjs-node';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const reference = read('../../data/source/jianghan-big-data-center-2021.txt');
const other = read('../domain/__fixtures__/other-department-2022.txt');
const mini = read('../domain/__fixtures__/consistent-mini-2022.txt');
const budget = '# 2022 年度武汉市江汉区大数据中心部门预算公开\n\n一、部门预算收支总表\n收入 100.00 万元';
const referenceResult = parseFinalAccounts(reference);

const initial = useDashboardStore.getState();
const store = () => useDashboardStore.getState();

function file(name: string, content: string | Uint8Array): File {
  return new File([content as BlobPart], name);
}

/** A file that reports `size` bytes and fails the test if anything reads it. */
function unreadableFile(name: string, size: number): { file: File; reads: string[] } {
  const reads: string[] = [];
  const f = new File([], name);
  Object.defineProperty(f, 'size', { value: size });
  for (const method of ['arrayBuffer', 'text', 'slice', 'stream', 'bytes']) {
    Object.defineProperty(f, method, {
      value: () => {
        reads.push(method);
        throw new Error(`read by ${method}`);
      },
    });
  }
  return { file: f, reads };
}

let factory: IDBFactory;
function deps(over: Partial<ImportDeps> = {}): ImportDeps {
  return {
    storage: indexedDbStorage(factory),
    parser: mainThreadParser({ pdfjs: nodePdfjs, params: nodePdfParams() }),
    persistApi: null,
    now: () => new Date('2024-05-01T08:00:00.000Z'),
    ...over,
  };
}

/** The state after a page load: the reference document, then whatever storage holds. */
async function boot(d: ImportDeps = deps()): Promise<void> {
  useDashboardStore.setState(initial, true);
  store().addDocument({
    id: 'reference',
    name: 'jianghan-big-data-center-2021.txt',
    source: reference,
    result: referenceResult,
    builtIn: true,
    importedAt: null,
  });
  store().setImportDeps(d);
  await store().loadStoredDocuments();
}

/** The records IndexedDB holds, read with the raw API (not through the code under test). */
function storedRecords(): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME);
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('documents').objectStore('documents').getAll();
      get.onsuccess = () => {
        db.close();
        resolve(get.result as Array<Record<string, unknown>>);
      };
      get.onerror = () => reject(new Error(String(get.error)));
    };
    req.onerror = () => reject(new Error(String(req.error)));
  });
}

function putRaw(record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('documents', { keyPath: 'id' });
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('documents', 'readwrite');
      tx.objectStore('documents').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(new Error(String(tx.error)));
    };
  });
}

beforeEach(async () => {
  factory = new IDBFactory();
  await boot();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('importing a document', () => {
  it('parses it, stores it, adds it to the collection and opens it (doc= in the URL)', async () => {
    const report = await store().importFiles([file('other.txt', other)]);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]).toMatchObject({ status: 'added', fileName: 'other.txt' });
    expect(report.outcomes[0]?.message).toContain('某市某区档案馆 · 2022 年度');
    const docs = store().documents;
    expect(docs.map((d) => d.name)).toEqual(['jianghan-big-data-center-2021.txt', 'other.txt']);
    const added = docs[1];
    expect(added?.id).toBe(`doc-${contentHash(other)}`);
    expect(added?.result).toEqual(parseFinalAccounts(other));
    expect(added?.importedAt).toBe('2024-05-01T08:00:00.000Z');
    expect(store().activeId).toBe(added?.id);
    expect(store().route.params['doc']).toBe(added?.id);
    const stored = await storedRecords();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ formatVersion: 2, name: 'other.txt', source: other });
  });

  it('on 对比, adds the imported document to the comparison instead', async () => {
    store().syncRoute('#/compare');
    await store().importFiles([file('other.txt', other)]);
    const id = `doc-${contentHash(other)}`;
    expect(store().route.view).toBe('compare');
    expect(store().route.params['docs']).toBe(`reference,${id}`);
  });

  it('survives a reload: a new store over the same database has it, and its doc= link selects it', async () => {
    await store().importFiles([file('other.txt', other)]);
    const id = `doc-${contentHash(other)}`;
    useDashboardStore.setState(initial, true);
    store().syncRoute(`#/overview?doc=${id}`);
    await boot();
    expect(store().documents.map((d) => d.id)).toEqual(['reference', id]);
    expect(store().documents[1]?.result).toEqual(parseFinalAccounts(other));
  });

  it('reads GB18030 text', async () => {
    // The header line of the fixture is ASCII + CJK; re-encoding is not available in JS, so check the route through
    // decodeText: a GBK title is enough for the parser to refuse it as not a disclosure, proving it was decoded.
    const gbk = new Uint8Array([0xb2, 0xbf, 0xc3, 0xc5, 0xbe, 0xf6, 0xcb, 0xe3, 0x0a]);
    const report = await store().importFiles([file('gbk.txt', gbk)]);
    expect(report.outcomes[0]?.message).toContain('无法读取为部门决算公开');
  });
});

describe('refusals leave the collection exactly as it was', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
  it.each([
    ['a damaged PDF', () => file('report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF 文件已损坏'],
    ['a damaged PDF named .txt', () => file('report.txt', '%PDF-1.4\n'), 'PDF 文件已损坏'],
    ['a text file renamed .pdf', () => file('report.pdf', reference), '内容不是 PDF'],
    ['a PNG', () => file('scan.png', png), '这是 PNG 图片'],
    ['a budget', () => file('budget.txt', budget), '这是部门预算公开（第 1 行）'],
    ['random binary', () => file('x.bin', new Uint8Array([1, 0, 2, 0, 255, 3])), '这是二进制文件'],
    ['an empty file', () => file('empty.txt', ''), '文件是空的'],
    ['blank text', () => file('blank.md', ' \n\n\t'), '只有空白'],
    ['plain prose', () => file('fox.txt', 'The quick brown fox.\n'.repeat(10)), '无法读取为部门决算公开'],
    ['the reference text itself', () => file('copy.txt', reference), '内容完全相同，没有重复添加'],
    ['foreign JSON', () => file('x.json', '{"a":1}'), '不是本看板导出的文档合集'],
  ])('%s', async (_n, make, message) => {
    const before = store().documents;
    const stored = await storedRecords();
    const report = await store().importFiles([make()]);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]?.status).not.toBe('added');
    expect(report.outcomes[0]?.message).toContain(message);
    expect(store().documents).toBe(before);
    expect(await storedRecords()).toEqual(stored);
  });

  it('a 50 MB file is refused from its size, without reading a byte', async () => {
    const before = store().documents;
    const { file: big, reads } = unreadableFile('big.txt', 50 * 1024 * 1024);
    const report = await store().importFiles([big]);
    expect(report.outcomes[0]?.message).toContain('文件太大（50.0 MB）');
    expect(reads).toEqual([]);
    expect(store().documents).toBe(before);
  });

  it('a duplicate in the same drop is found (the second copy is not added)', async () => {
    const report = await store().importFiles([file('a.txt', other), file('b.txt', other)]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['added', 'duplicate']);
    expect(report.outcomes[1]?.message).toContain('某市某区档案馆 · 2022 · a.txt');
    expect(store().documents).toHaveLength(2);
  });
});

describe('rollback when storing fails', () => {
  it('a storage that rejects with QuotaExceededError: the document is not added', async () => {
    const failing: DocumentStorage = {
      ...indexedDbStorage(factory),
      addAll: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')),
    };
    await boot(deps({ storage: failing }));
    const before = store().documents;
    const report = await store().importFiles([file('other.txt', other)]);
    expect(report.outcomes[0]?.status).toBe('refused');
    expect(report.outcomes[0]?.message).toContain('存储空间不足（QuotaExceededError）');
    expect(report.outcomes[0]?.message).toContain('已撤销这次导入');
    expect(store().documents).toBe(before);
  });

  it('IndexedDB itself failing inside the transaction: rolled back in the database and in the store', async () => {
    // A real transaction in fake-indexeddb whose write throws, as Chromium's does when the quota is exceeded.
    const proto = IDBObjectStore.prototype;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
    const realAdd = proto.add;
    const spy = vi.spyOn(proto, 'add');
    let calls = 0;
    spy.mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      calls++;
      // The first add succeeds, the second throws: the whole transaction must be undone.
      if (calls === 2) throw new DOMException('quota', 'QuotaExceededError');
      return realAdd.apply(this, args);
    });
    const before = store().documents;
    const json = (await import('@/domain/import/stored-format')).buildCollectionFile(
      [
        { name: 'other.txt', importedAt: '2024-01-01T00:00:00.000Z', source: other },
        { name: 'mini.txt', importedAt: '2024-01-02T00:00:00.000Z', source: mini },
      ],
      '2024-06-01T00:00:00.000Z',
    );
    const report = await store().importFiles([file('all.json', json)]);
    expect(calls).toBe(2);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]?.message).toContain('QuotaExceededError');
    expect(store().documents).toBe(before);
    spy.mockRestore();
    expect(await storedRecords()).toEqual([]);
  });
});

describe('stored format migrations through IndexedDB', () => {
  it('a v1 record (text only) is loaded by re-parsing, and written back as v2', async () => {
    await putRaw({ id: 'doc-old', name: 'old.txt', source: other, importedAt: '2023-01-01T00:00:00.000Z' });
    await boot();
    const doc = store().documents.find((d) => d.id === 'doc-old');
    expect(doc?.result).toEqual(parseFinalAccounts(other));
    const [rec] = await storedRecords();
    expect(rec).toMatchObject({ id: 'doc-old', formatVersion: 2, parserStamp: 'main-thread', source: other });
  });

  it('a record from a newer app is not loaded, is reported, and stays in the database untouched', async () => {
    // Saved by a newer app under the id this app gives the same text.
    const id = `doc-${contentHash(other)}`;
    const newer = { id, formatVersion: 3, name: 'new.txt', source: other, importedAt: '2030-01-01' };
    await putRaw(newer);
    await boot();
    expect(store().documents.map((d) => d.id)).toEqual(['reference']);
    expect(store().storageStatus.notices.join('')).toContain('存储格式 3，本版本只认识到 2');
    // Importing the same text must not overwrite it: add() refuses an existing key.
    const report = await store().importFiles([file('other.txt', other)]);
    expect(report.outcomes[0]?.status).toBe('refused');
    expect(report.outcomes[0]?.message).toContain('ConstraintError');
    expect(await storedRecords()).toEqual([newer]);
  });
});

describe('export and import of the collection', () => {
  it('round-trips: exported documents come back with their names, texts and import times', async () => {
    let t = 0;
    await boot(deps({ now: () => new Date(Date.UTC(2024, 4, 1 + t++)) }));
    await store().importFiles([file('other.txt', other), file('<b>mini</b>.md', mini)]);
    const exported = store().exportCollection();
    const docsBefore = store().documents.map((d) => ({ id: d.id, name: d.name, at: d.importedAt }));

    factory = new IDBFactory();
    await boot();
    expect(store().documents).toHaveLength(1);
    const report = await store().importFiles([file('export.json', exported)]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect(store().documents.map((d) => ({ id: d.id, name: d.name, at: d.importedAt }))).toEqual(docsBefore);
    expect(store().documents[2]?.result).toEqual(parseFinalAccounts(mini));
    expect(await storedRecords()).toHaveLength(2);

    // Again: everything is already there.
    const before = store().documents;
    const again = await store().importFiles([file('export.json', exported)]);
    expect(again.outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(store().documents).toBe(before);
  });

  it('a damaged export file is refused and nothing changes', async () => {
    await store().importFiles([file('other.txt', other)]);
    const exported = store().exportCollection();
    const before = store().documents;
    const cut = await store().importFiles([file('cut.json', exported.slice(0, exported.length / 2))]);
    expect(cut.outcomes[0]?.message).toContain('JSON 语法错误');
    const data = JSON.parse(exported) as { documents: Array<{ source: string }> };
    data.documents[0] = { ...data.documents[0], source: 'The quick brown fox.' };
    const tampered = JSON.stringify(data);
    const bad = await store().importFiles([file('tampered.json', tampered)]);
    expect(bad.outcomes[0]?.message).toContain('合集已损坏，没有改动任何文档');
    expect(store().documents).toBe(before);
  });
});

describe('removing', () => {
  it('removes an imported document from the database and the collection, and its deck', async () => {
    await store().importFiles([file('other.txt', other)]);
    const id = `doc-${contentHash(other)}`;
    store().setActiveDocument(id);
    store().setDeck(id, []);
    expect(await store().removeDocument(id)).toEqual({ ok: true });
    expect(store().documents.map((d) => d.id)).toEqual(['reference']);
    expect(store().activeId).toBe('reference');
    expect(store().decks[id]).toBeUndefined();
    expect(await storedRecords()).toEqual([]);
  });

  it('refuses to remove the built-in reference document', async () => {
    const r = await store().removeDocument('reference');
    expect(r).toEqual({ ok: false, message: '内置的参考文档随看板提供，不能移除。' });
    expect(store().documents).toHaveLength(1);
  });

  it('keeps the document when the database cannot delete it', async () => {
    await store().importFiles([file('other.txt', other)]);
    const failing: DocumentStorage = {
      ...indexedDbStorage(factory),
      remove: () => Promise.reject(new DOMException('disk', 'UnknownError')),
    };
    store().setImportDeps(deps({ storage: failing }));
    const r = await store().removeDocument(`doc-${contentHash(other)}`);
    expect(r.ok).toBe(false);
    expect(store().documents).toHaveLength(2);
  });
});

describe('storage persistence', () => {
  it('asks navigator.storage.persist() once, on the first import, and shows the answer', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    const api: PersistApi = { persisted: () => Promise.resolve(false), persist };
    await boot(deps({ persistApi: api }));
    expect(store().storageStatus.persist).toBe('unknown');
    await store().importFiles([file('other.txt', other)]);
    await store().importFiles([file('mini.txt', mini)]);
    await vi.waitFor(() => expect(store().storageStatus.persist).toBe('granted'));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(store().storagePersistAsked).toBe(true);
  });

  it('does not ask when nothing was added', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    await boot(deps({ persistApi: { persisted: () => Promise.resolve(false), persist } }));
    await store().importFiles([file('budget.txt', budget)]);
    expect(persist).not.toHaveBeenCalled();
  });
});

describe('the worker protocol', () => {
  it('a ParseResult survives structured cloning (postMessage and IndexedDB both clone it)', () => {
    // The worker's answer and the stored record are clones; the views must get the same model as a direct parse.
    expect(structuredClone(referenceResult)).toEqual(referenceResult);
    expect(structuredClone(parseFinalAccounts(other))).toEqual(parseFinalAccounts(other));
  });
});

describe('importing a PDF', () => {
  // A path in a variable: Vite rewrites `new URL('literal', import.meta.url)` into an asset URL.
  const pdfPath = '../../../shared/documents/pdf/shanghai-putuo-social-work-dept-2024.pdf';
  const pdfBytes = new Uint8Array(readFileSync(new URL(pdfPath, import.meta.url)));

  it('reads it page by page, stores the PDF with the model, keeps it over a reload and in the export', async () => {
    const seen: Array<[number, number]> = [];
    const unsubscribe = useDashboardStore.subscribe((s) => {
      if (s.importProgress && s.importProgress.total > 0)
        seen.push([s.importProgress.done, s.importProgress.total]);
    });
    const report = await store().importFiles([file('social.pdf', pdfBytes)]);
    unsubscribe();
    expect(report.outcomes[0]?.status).toBe('added');
    expect(report.outcomes[0]?.message).toContain('中共上海市普陀区委社会工作部 · 2024 年度');
    expect(report.outcomes[0]?.message).toContain('PDF，24 页');
    // Progress went through every page (24 pages, fixture README), and is cleared after the read.
    expect(seen.at(-1)).toEqual([24, 24]);
    expect(new Set(seen.map(([d]) => d)).size).toBe(24);
    expect(store().importProgress).toBeNull();
    const added = store().documents.at(-1);
    expect(added?.pdf?.bytes).toEqual(pdfBytes);
    expect(added?.pdf?.pages).toHaveLength(24);
    expect(added?.pdf?.lines).toHaveLength(added?.source.split('\n').length ?? -1);
    const [stored] = await storedRecords();
    expect(Array.from((stored?.['pdf'] as { bytes: Uint8Array }).bytes)).toEqual(Array.from(pdfBytes));

    useDashboardStore.setState(initial, true);
    await boot();
    expect(store().documents.at(-1)?.pdf?.bytes).toEqual(pdfBytes);

    const exported = JSON.parse(store().exportCollection()) as { documents: Array<Record<string, string>> };
    expect(exported.documents[0]?.['pdfBase64']?.length).toBeGreaterThan(pdfBytes.length);
  }, 60_000);

  it('re-imports the exported collection from its PDF', async () => {
    await store().importFiles([file('social.pdf', pdfBytes)]);
    const exported = store().exportCollection();
    factory = new IDBFactory();
    await boot();
    const report = await store().importFiles([file('all.json', exported)]);
    expect(report.outcomes[0]?.status).toBe('added');
    expect(store().documents.at(-1)?.pdf?.bytes).toEqual(pdfBytes);
  }, 60_000);

  it('stops when cancelled and changes nothing', async () => {
    const before = store().documents;
    const unsubscribe = useDashboardStore.subscribe((s) => {
      if (s.importProgress && s.importProgress.done === 2) s.cancelImport();
    });
    const report = await store().importFiles([file('social.pdf', pdfBytes)]);
    unsubscribe();
    expect(report.outcomes[0]?.status).toBe('refused');
    expect(report.outcomes[0]?.message).toContain('已取消读取');
    expect(store().documents).toBe(before);
    expect(await storedRecords()).toEqual([]);
  }, 60_000);
});
