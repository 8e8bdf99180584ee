/**
 * pdf.js for Node (the command line, tests, benchmarks): the legacy build, which runs on Node 20 once the two
 * features pdfjs-dist 6 uses and Node 20 lacks are polyfilled — `Promise.withResolvers` and
 * `ArrayBuffer.prototype.transferToFixedLength` (browsers have both; this file is never bundled for them). The cMaps
 * and standard fonts come from the package itself, never from the network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type { PdfjsApi } from '@/domain/pdf/read-pdf';

interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
}
interface Transferable {
  transferToFixedLength?: (length?: number) => ArrayBuffer;
}

function polyfill(): void {
  const P = Promise as unknown as WithResolvers;
  P.withResolvers ??= <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
  const proto = ArrayBuffer.prototype as unknown as Transferable;
  proto.transferToFixedLength ??= function (this: ArrayBuffer, length?: number): ArrayBuffer {
    const n = length ?? this.byteLength;
    const copy = new ArrayBuffer(n);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
    return copy;
  };
}

let loaded: Promise<PdfjsApi> | null = null;

/** The legacy pdf.js build, polyfilled for Node 20 (loaded once). */
export function nodePdfjs(): Promise<PdfjsApi> {
  polyfill();
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => m as unknown as PdfjsApi);
  return loaded;
}

/** getDocument parameters for Node: the package's own cMaps and standard fonts, as file paths. */
export function nodePdfParams(): Record<string, unknown> {
  // Resolved from the working directory (the repository's root for npm scripts and tests): under jsdom a module's
  // import.meta.url is not a file: URL.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: `${path.join(root, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(root, 'standard_fonts')}${path.sep}`,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  };
}
