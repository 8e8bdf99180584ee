/**
 * The Content-Security-Policy of the built app, and the Vite plugin that puts it into index.html.
 *
 * - `npm run build` (dist/): a `<meta http-equiv="Content-Security-Policy">` as the first element of `<head>`, and
 *   the same policy plus `frame-ancestors` as a response header of `vite preview` (a meta CSP cannot carry
 *   `frame-ancestors`; any other static host should send the header too, see README).
 * - `npm run build:single` (dist-single/index.html): everything is inline, so `script-src` and `style-src` list the
 *   sha256 of each inline `<script>` and `<style>`, computed from the finished file ({@link pinInlineHashes}).
 * - `npm run dev` gets no CSP: the React refresh preamble is an inline script.
 *
 * Why no `'unsafe-inline'` for styles: React sets `style={…}` through the CSSOM (`element.style.setProperty`), which
 * CSP does not govern, and so do the charts' measured sizes and the popover placement; only style *attributes in markup* and `<style>`
 * elements are governed, and the app has neither (the e2e guard fails on any violation, e2e/helpers.ts).
 */
import { createHash } from 'node:crypto';

import type { Plugin } from 'vite';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** The policy of dist/. `frame-ancestors` is dropped from the meta tag (browsers ignore it there). */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for the favicon (`data:,`) and the chart PNG export (an SVG drawn through an <img>); blob: for downloads.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives that only work in a response header, not in `<meta http-equiv>` (CSP3 §6.1 / §3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** `'a b; c d'` from the directives, in their order. */
export function formatCsp(directives: CspDirectives, where: 'header' | 'meta'): string {
  return Object.entries(directives)
    .filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The `Content-Security-Policy` response header value for dist/ (vite preview). */
export const CSP_HEADER = formatCsp(CSP_DIRECTIVES, 'header');

/** Escapes `&` and `"` for an attribute value (the policy has no `<`). */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * Inserts the meta CSP into index.html at build time only (`apply: 'build'`), right after `<meta charset>` (so the
 * charset stays first) and before any script or stylesheet (a meta CSP governs only what follows it).
 */
export function cspMetaPlugin(directives: CspDirectives = CSP_DIRECTIVES): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attr(formatCsp(directives, 'meta'))}">`;
  return {
    name: 'juesuan:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const anchor = /<meta charset="[^"]*"\s*\/?>/i.exec(html) ?? /<head[^>]*>/i.exec(html);
        if (anchor === null) throw new Error('csp: index.html has no <head>');
        const at = anchor.index + anchor[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}

/** `'sha256-…'` of `text` as the browser hashes an inline element: its UTF-8 bytes after newline normalisation. */
export function cspHash(text: string): string {
  // The HTML parser turns CR LF and lone CR into LF before the script sees them, so the browser hashes that.
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** The text content of every inline `<script>` (no `src`) and `<style>` element of `html`. */
export function inlineBlocks(html: string): { readonly scripts: string[]; readonly styles: string[] } {
  const scriptTag = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  const scripts = [...html.matchAll(scriptTag)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '');
  // Styles are looked for outside scripts, so a `<style>` in a string of the code is not taken for one.
  const outsideScripts = html.replace(scriptTag, '');
  const styles = [...outsideScripts.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

const META_CSP = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;

/**
 * For a file that inlines its code (build:single): rewrites the meta CSP so `script-src` and `style-src` allow
 * exactly the inline blocks present (by hash) and nothing else; `'self'` becomes `'none'` elsewhere, since the
 * file loads nothing (file:// origins are opaque). Throws when the file has no meta CSP.
 */
export function pinInlineHashes(html: string): string {
  if (!META_CSP.test(html))
    throw new Error('pinInlineHashes: no <meta http-equiv="Content-Security-Policy">');
  const { scripts, styles } = inlineBlocks(html);
  const hashes = (blocks: readonly string[]): string[] => {
    const unique = [...new Set(blocks.map(cspHash))];
    return unique.length > 0 ? unique : ["'none'"];
  };
  const noSelf = (sources: readonly string[]): string[] => {
    const rest = sources.filter((s) => s !== "'self'");
    return rest.length > 0 ? rest : ["'none'"];
  };
  const directives: Record<string, readonly string[]> = {};
  for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) directives[name] = noSelf(sources);
  directives['script-src'] = hashes(scripts);
  directives['style-src'] = hashes(styles);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attr(formatCsp(directives, 'meta'))}">`;
  return html.replace(META_CSP, () => meta);
}
