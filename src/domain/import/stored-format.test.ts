import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { ParseResult } from '../final-accounts.types';
import { parseFinalAccounts } from '../parse/parse-final-accounts';
import { contentHash } from './content-hash';
import type { MigrationContext } from './stored-format';
import {
  COLLECTION_FORMAT,
  STORED_FORMAT_VERSION,
  buildCollectionFile,
  documentIdOf,
  makeStoredDocument,
  migrateStoredDocument,
  readCollectionFile,
} from './stored-format';

const other = readFileSync(new URL('../__fixtures__/other-department-2022.txt', import.meta.url), 'utf8');
const mini = readFileSync(new URL('../__fixtures__/consistent-mini-2022.txt', import.meta.url), 'utf8');

/** The real parser behind a counter, so a test can tell whether a migration parsed. */
function context(stamp = 'parser-A'): MigrationContext & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    parserStamp: stamp,
    parse: (text) => {
      calls.push(text);
      return Promise.resolve(parseFinalAccounts(text));
    },
  };
}

const v1 = { id: 'doc-1', name: 'other.txt', source: other, importedAt: '2024-05-01T08:00:00.000Z' };

describe('migrateStoredDocument', () => {
  it('migrates a v1 record (text only, no formatVersion) to v2 by parsing its source', async () => {
    const ctx = context();
    const r = await migrateStoredDocument(v1, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changed).toBe(true);
    expect(r.record.formatVersion).toBe(STORED_FORMAT_VERSION);
    // Kept as stored: id, name, text and import time.
    expect(r.record).toMatchObject(v1);
    expect(r.record.hash).toBe(contentHash(other));
    expect(r.record.parserStamp).toBe('parser-A');
    // The oracle: the parser run directly on the same text.
    expect(r.record.result).toEqual(parseFinalAccounts(other));
    expect(r.record.result.ok && r.record.result.accounts.meta.department).toBe('某市某区档案馆');
    expect(ctx.calls).toHaveLength(1);
  });

  it('migrates an explicit formatVersion 1 the same way', async () => {
    const r = await migrateStoredDocument({ ...v1, formatVersion: 1 }, context());
    expect(r.ok && r.record.formatVersion).toBe(2);
  });

  it('keeps a current v2 record as it is, without parsing', async () => {
    const stored = makeStoredDocument(v1, parseFinalAccounts(other), 'parser-A');
    const ctx = context('parser-A');
    const r = await migrateStoredDocument(structuredClone(stored), ctx);
    expect(r).toMatchObject({ ok: true, changed: false });
    expect(r.ok && r.record).toEqual(stored);
    expect(ctx.calls).toHaveLength(0);
  });

  it('re-parses a v2 record made by another build of the parser', async () => {
    const stale: ParseResult = { ...parseFinalAccounts(other), problems: [] };
    const stored = makeStoredDocument(v1, stale, 'parser-OLD');
    const r = await migrateStoredDocument(stored, context('parser-NEW'));
    expect(r.ok && r.changed).toBe(true);
    expect(r.ok && r.record.parserStamp).toBe('parser-NEW');
    expect(r.ok && r.record.result).toEqual(parseFinalAccounts(other));
  });

  it('re-parses a v2 record whose model is damaged, from its source', async () => {
    const stored = { ...makeStoredDocument(v1, parseFinalAccounts(other), 'parser-A'), result: { ok: 1 } };
    const r = await migrateStoredDocument(stored, context('parser-A'));
    expect(r.ok && r.steps).toEqual(['解析结果损坏：按原文重新解析']);
    expect(r.ok && r.record.result.ok).toBe(true);
  });

  it('refuses a record of a newer version with a message, and does not touch it', async () => {
    const newer = { ...v1, formatVersion: 3, somethingNew: [1, 2] };
    const before = structuredClone(newer);
    const ctx = context();
    const r = await migrateStoredDocument(newer, ctx);
    expect(r).toMatchObject({ ok: false, reason: 'newer', id: 'doc-1' });
    expect(!r.ok && r.message).toContain('存储格式 3，本版本只认识到 2');
    expect(!r.ok && r.message).toContain('数据未改动');
    expect(newer).toEqual(before);
    expect(ctx.calls).toHaveLength(0);
  });

  it.each([
    ['not an object', 'text', '不是一条记录'],
    ['null', null, '不是一条记录'],
    ['a bad version', { ...v1, formatVersion: 'two' }, '版本号无效'],
    ['no source', { ...v1, source: undefined }, '缺少 source'],
    ['an empty name', { ...v1, name: '' }, '缺少 name'],
  ])('refuses %s as damaged, without throwing', async (_n, raw, why) => {
    const r = await migrateStoredDocument(raw, context());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('damaged');
    expect(!r.ok && r.message).toContain(why);
  });
});

describe('documentIdOf', () => {
  it('names a document by its content', () => {
    expect(documentIdOf(other)).toBe(`doc-${contentHash(other)}`);
    expect(documentIdOf(other)).not.toBe(documentIdOf(mini));
  });
});

describe('collection export file', () => {
  const docs = [
    { name: 'other.txt', importedAt: '2024-05-01T08:00:00.000Z', source: other },
    { name: '<script>x</script>.md', importedAt: '2024-05-02T09:30:00.000Z', source: mini },
  ];

  it('round-trips: what is exported is read back exactly', () => {
    const text = buildCollectionFile(docs, '2024-06-01T00:00:00.000Z');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed['format']).toBe(COLLECTION_FORMAT);
    expect(parsed['version']).toBe(1);
    expect(readCollectionFile(text)).toEqual({ ok: true, documents: docs });
  });

  it('reads an empty collection', () => {
    expect(readCollectionFile(buildCollectionFile([], '2024-06-01T00:00:00.000Z'))).toEqual({
      ok: true,
      documents: [],
    });
  });

  const good = JSON.parse(buildCollectionFile(docs, '2024-06-01T00:00:00.000Z')) as Record<string, unknown>;
  it.each([
    ['cut short', buildCollectionFile(docs, 'x').slice(0, 100), 'collection-invalid', 'JSON 语法错误'],
    ['foreign JSON', JSON.stringify({ hello: 'world' }), 'collection-invalid', '不是本看板导出的文档合集'],
    ['a JSON array', '[1,2,3]', 'collection-invalid', '不是本看板导出的文档合集'],
    ['a newer version', JSON.stringify({ ...good, version: 9 }), 'collection-newer', '格式版本 9'],
    ['no version', JSON.stringify({ ...good, version: undefined }), 'collection-invalid', '版本号无效'],
    ['no list', JSON.stringify({ ...good, documents: {} }), 'collection-invalid', 'documents'],
    [
      'a document without text',
      JSON.stringify({ ...good, documents: [docs[0], { name: 'a', importedAt: '2024-01-01' }] }),
      'collection-invalid',
      '第 2 份文档缺少 source',
    ],
    [
      'a bad import time',
      JSON.stringify({ ...good, documents: [{ ...docs[0], importedAt: 'yesterday' }] }),
      'collection-invalid',
      '导入时间“yesterday”无效',
    ],
  ])('refuses %s with a message saying nothing changed', (_n, text, code, why) => {
    const r = readCollectionFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(r.message).toContain(why);
    expect(r.message).toContain('没有改动任何文档');
  });
});
