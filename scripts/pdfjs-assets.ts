/**
 * pdf.js's cMaps and standard fonts, served from the app's own origin (never a CDN): `pdfjs/cmaps/*.bcmap` and
 * `pdfjs/standard_fonts/*` beside index.html in the build, and from node_modules by the dev server. The CSP needs no
 * exception: they are same-origin `fetch`es (connect-src 'self').
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { Plugin } from 'vite';

const FOLDERS = ['cmaps', 'standard_fonts'] as const;

function packageRoot(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

export function pdfjsAssetsPlugin(): Plugin {
  const root = packageRoot();
  return {
    name: 'pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/pdfjs\/(cmaps|standard_fonts)\/([\w.-]+)$/.exec((req.url ?? '').split('?')[0] ?? '');
        if (!m?.[1] || !m[2]) return next();
        try {
          const body = readFileSync(path.join(root, m[1], m[2]));
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(body);
        } catch {
          res.statusCode = 404;
          res.end();
        }
      });
    },
    generateBundle() {
      for (const folder of FOLDERS) {
        for (const file of readdirSync(path.join(root, folder))) {
          if (file.startsWith('.') || /\.(?:md|txt)$/i.test(file) || file === 'LICENSE') continue;
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${file}`,
            source: readFileSync(path.join(root, folder, file)),
          });
        }
      }
    },
  };
}
