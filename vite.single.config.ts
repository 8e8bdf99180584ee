/**
 * `npm run build:single`: the whole dashboard as ONE self-contained HTML file, dist-single/index.html, that opens
 * from file:// with no network. Scripts, styles and the reference document are inlined; the app uses system fonts
 * (no font files) and draws its charts as inline SVG, so there is nothing else to fetch.
 *
 * Code splitting is off (the lazily loaded views end up in the one bundle), every asset is inlined as a data URL,
 * and the plugin below moves the emitted JS and CSS into index.html: Chrome refuses `<script type="module" src>`
 * from file://, but runs an inline module script. Its CSP then allows exactly these inline blocks, by sha256
 * (scripts/csp.ts), never 'unsafe-inline'.
 */
import type { Plugin, Rolldown } from 'vite';
import { defineConfig, mergeConfig } from 'vite';

import { pinInlineHashes } from './scripts/csp.ts';
import baseConfig from './vite.config.ts';

/** Makes text safe inside `<script>` / `<style>`: a literal `</script` or `</style` would end the element early. */
function escapeClosingTag(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

function inlineIntoHtml(): Plugin {
  return {
    name: 'juesuan:inline-into-html',
    enforce: 'post',
    // order 'post': after vite:build-import-analysis has replaced its __VITE_PRELOAD__ markers in the chunk.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = Object.values(bundle).find(
          (f): f is Rolldown.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.html'),
        );
        if (html === undefined) throw new Error('build:single: no HTML file in the bundle');
        let text = typeof html.source === 'string' ? html.source : new TextDecoder().decode(html.source);

        // The parse worker cannot load from file:// (a module worker needs an origin); there the app parses on the
        // main thread (src/store/parse-client.ts), so the worker's file is left out.
        // With it go the worker's own pdf.js chunks, and pdf.js's cMaps and standard fonts (the CSP's connect-src
        // 'none' would refuse their fetch anyway): from file:// a PDF is read by the pdf.js inlined in the one bundle,
        // with the fonts the PDF embeds.
        for (const name of Object.keys(bundle)) {
          if (/(^|\/)(parse-worker|pdf|pdf\.worker)-[\w-]+\.js$/.test(name) || name.startsWith('pdfjs/'))
            delete bundle[name];
        }

        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') {
            const chunk: Rolldown.OutputChunk = file;
            const tag = new RegExp(
              `<script type="module"[^>]*src="[^"]*${escapeRegex(chunk.fileName)}"[^>]*></script>`,
            );
            if (!tag.test(text))
              throw new Error(`build:single: ${chunk.fileName} is not referenced by the HTML`);
            const code = escapeClosingTag(chunk.code, 'script');
            // A function replacement, so `$&` and friends in the code are not interpreted.
            text = text.replace(tag, () => `<script type="module">${code}</script>`);
            delete bundle[chunk.fileName];
          } else if (file.fileName.endsWith('.css')) {
            const css = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            const tag = new RegExp(
              `<link rel="stylesheet"[^>]*href="[^"]*${escapeRegex(file.fileName)}"[^>]*>`,
            );
            if (!tag.test(text))
              throw new Error(`build:single: ${file.fileName} is not referenced by the HTML`);
            const style = escapeClosingTag(css, 'style');
            text = text.replace(tag, () => `<style>${style}</style>`);
            delete bundle[file.fileName];
          }
        }
        const left = Object.keys(bundle).filter((name) => name !== html.fileName);
        if (left.length > 0) throw new Error(`build:single: files left outside the HTML: ${left.join(', ')}`);
        // The base config's meta CSP allows 'self'; pin it to the hashes of the inline code instead.
        html.source = pinInlineHashes(text);
      },
    },
  };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default mergeConfig(
  baseConfig,
  defineConfig({
    plugins: [inlineIntoHtml()],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        output: { codeSplitting: false },
      },
    },
  }),
);
