/** The browser's dependencies of importing: IndexedDB (else this visit's memory), the parse worker, navigator.storage. */
import { indexedDbStorage, sessionOnlyStorage } from './document-db';
import type { ImportDeps } from './import-slice';
import { createParseClient } from './parse-client';

export function browserImportDeps(): ImportDeps {
  const storage = typeof indexedDB === 'undefined' ? sessionOnlyStorage() : indexedDbStorage(indexedDB);
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persistApi =
    manager && typeof manager.persist === 'function' && typeof manager.persisted === 'function'
      ? { persisted: () => manager.persisted(), persist: () => manager.persist() }
      : null;
  return { storage, parser: createParseClient(), persistApi, now: () => new Date() };
}
