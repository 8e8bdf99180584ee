/**
 * Where imported documents are kept between visits: IndexedDB (raw API, one object store of StoredDocument records
 * keyed by id), or, where IndexedDB cannot be opened at all, this visit's memory. Every write is one transaction:
 * all of its records are stored, or none.
 */
import type { StoredDocument } from '@/domain/import/stored-format';

export interface DocumentStorage {
  /** `indexeddb` survives a reload and a restart; `session` (no IndexedDB) lasts until the page closes. */
  readonly kind: 'indexeddb' | 'session';
  /** Every stored record, as read (migrations happen in the caller). */
  readonly loadAll: () => Promise<readonly unknown[]>;
  /** Adds new records in one transaction; an id already stored fails the whole write (ConstraintError). */
  readonly addAll: (records: readonly StoredDocument[]) => Promise<void>;
  /** Writes records over the stored ones (migrated records), in one transaction. */
  readonly putAll: (records: readonly StoredDocument[]) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
}

export const DB_NAME = 'juesuan-documents';
/** The IndexedDB schema version (object stores), not the record format (stored-format.ts). */
const DB_VERSION = 1;
const STORE = 'documents';

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('请求失败', 'UnknownError'));
  });
}

/**
 * Runs `work` in one transaction and settles when it commits (resolve) or aborts (reject with the transaction's
 * error: QuotaExceededError, ConstraintError…). A synchronous throw inside `work` aborts the transaction.
 */
function inTransaction(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(STORE, mode);
    } catch (e) {
      reject(toError(e));
      return;
    }
    let thrown: unknown = null;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(toError(thrown ?? tx.error ?? new DOMException('事务被中止', 'AbortError')));
    tx.onerror = (event) => {
      // Abort explicitly (all or nothing), keeping the first error as the reason.
      event.preventDefault();
      thrown ??= tx.error ?? (event.target as IDBRequest | null)?.error ?? null;
      try {
        tx.abort();
      } catch {
        // already aborting
      }
    };
    try {
      work(tx.objectStore(STORE));
    } catch (e) {
      thrown = e;
      try {
        tx.abort();
      } catch {
        reject(toError(e));
      }
    }
  });
}

/** IndexedDB storage in the database `name` of `factory` (a fake one in unit tests). */
export function indexedDbStorage(factory: IDBFactory, name = DB_NAME): DocumentStorage {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(name, DB_VERSION);
      } catch (e) {
        reject(toError(e));
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab opening a newer schema: step aside rather than block it; the next call reopens.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new DOMException('无法打开数据库', 'UnknownError'));
      request.onblocked = () =>
        reject(new DOMException('文档库被另一个标签页占用，请关闭其他看板标签页后重试', 'BlockedError'));
    });
    // A failed open is retried next time (e.g. after the other tab closed).
    opening.catch(() => {
      opening = null;
    });
    return opening;
  };
  return {
    kind: 'indexeddb',
    loadAll: async () => {
      const db = await open();
      const tx = db.transaction(STORE, 'readonly');
      return requestResult<unknown[]>(tx.objectStore(STORE).getAll());
    },
    addAll: async (records) => {
      const db = await open();
      await inTransaction(db, 'readwrite', (store) => {
        for (const r of records) store.add(r);
      });
    },
    putAll: async (records) => {
      const db = await open();
      await inTransaction(db, 'readwrite', (store) => {
        for (const r of records) store.put(r);
      });
    },
    remove: async (id) => {
      const db = await open();
      await inTransaction(db, 'readwrite', (store) => {
        store.delete(id);
      });
    },
  };
}

/** Storage for this visit only, where IndexedDB is missing. Same contract (add fails on a known id). */
export function sessionOnlyStorage(): DocumentStorage {
  const records = new Map<string, StoredDocument>();
  return {
    kind: 'session',
    loadAll: () => Promise.resolve([...records.values()]),
    addAll: (rs) => {
      if (rs.some((r) => records.has(r.id))) {
        return Promise.reject(new DOMException('已存在同一份文档', 'ConstraintError'));
      }
      for (const r of rs) records.set(r.id, r);
      return Promise.resolve();
    },
    putAll: (rs) => {
      for (const r of rs) records.set(r.id, r);
      return Promise.resolve();
    },
    remove: (id) => {
      records.delete(id);
      return Promise.resolve();
    },
  };
}

/** What went wrong with a storage call, in Chinese, naming the browser's error. */
export function describeStorageError(e: unknown): string {
  const name = e instanceof Error || e instanceof DOMException ? e.name : 'Error';
  const message = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  switch (name) {
    case 'QuotaExceededError':
      return '浏览器的存储空间不足（QuotaExceededError）';
    case 'VersionError':
      return '浏览器中的文档库由更新版本的看板创建（VersionError），本版本无法打开，数据未改动';
    case 'ConstraintError':
      return '浏览器中已存有同一份文档（ConstraintError，可能由更新版本的看板保存）';
    case 'BlockedError':
      return message;
    default:
      return `浏览器存储出错（${name}${message ? `：${message}` : ''}）`;
  }
}
