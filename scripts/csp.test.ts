import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';

import {
  CSP_DIRECTIVES,
  CSP_HEADER,
  cspHash,
  cspMetaPlugin,
  formatCsp,
  inlineBlocks,
  pinInlineHashes,
} from './csp';

// sha256 of the empty string, base64 (RFC 6234 test vector e3b0c442…, re-encoded).
const EMPTY_SHA = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

describe('the policy', () => {
  it('allows nothing inline, no eval and no other origin', () => {
    expect(CSP_HEADER).not.toMatch(/unsafe-|https?:|\*/);
    expect(CSP_HEADER).toContain("script-src 'self';");
    expect(CSP_HEADER).toContain("object-src 'none'");
  });

  it('keeps frame-ancestors in the header and leaves it out of the meta tag, where browsers ignore it', () => {
    expect(formatCsp(CSP_DIRECTIVES, 'header')).toContain("frame-ancestors 'none'");
    expect(formatCsp(CSP_DIRECTIVES, 'meta')).not.toContain('frame-ancestors');
    expect(formatCsp({ a: ['x', 'y'], b: ["'none'"] }, 'meta')).toBe("a x y; b 'none'");
  });
});

describe('cspMetaPlugin', () => {
  const transform = (html: string): string => {
    const hook = cspMetaPlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
    return hook.handler.call(undefined as never, html, {
      path: '/index.html',
      filename: 'index.html',
    }) as string;
  };

  it('applies to builds only (the dev server needs its inline refresh preamble)', () => {
    expect(cspMetaPlugin().apply).toBe('build');
  });

  it('puts the meta tag right after <meta charset>, before any script', () => {
    const out = transform(
      '<html><head>\n<meta charset="UTF-8" />\n<script src="x.js"></script></head></html>',
    );
    expect(out.indexOf('<meta charset')).toBeLessThan(out.indexOf('Content-Security-Policy'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(`content="${formatCsp(CSP_DIRECTIVES, 'meta')}"`);
  });

  it('throws on a page without <head>', () => {
    expect(() => transform('<p>no head</p>')).toThrow(/no <head>/);
  });
});

describe('cspHash', () => {
  it.each([
    ['', EMPTY_SHA],
    // The HTML parser normalises CR LF and CR to LF before the browser hashes the element's text.
    ['a\r\nb', cspHash('a\nb')],
    ['a\rb', cspHash('a\nb')],
  ])('hashes %j as the browser does', (text, expected) => {
    expect(cspHash(text)).toBe(expected);
  });
});

describe('inlineBlocks', () => {
  it('takes inline scripts and styles, not external scripts nor tags quoted inside code', () => {
    const html =
      '<script type="module" src="a.js"></script><script type="module">const s = "<style>x</style>";</script>' +
      '<style>p{color:red}</style>';
    expect(inlineBlocks(html)).toEqual({
      scripts: ['const s = "<style>x</style>";'],
      styles: ['p{color:red}'],
    });
  });
});

describe('pinInlineHashes', () => {
  const page = (body: string): string =>
    `<head><meta charset="UTF-8" />\n<meta http-equiv="Content-Security-Policy" content="${formatCsp(
      CSP_DIRECTIVES,
      'meta',
    )}">${body}</head>`;

  it("allows exactly the inline blocks by hash and replaces 'self' (file:// loads nothing)", () => {
    const out = pinInlineHashes(page('<script type="module">run()</script><style>p{}</style>'));
    const csp = /content="([^"]*)"/.exec(out.slice(out.indexOf('Content-Security-Policy')))?.[1] ?? '';
    expect(csp).toContain(`script-src ${cspHash('run()')};`);
    expect(csp).toContain(`style-src ${cspHash('p{}')};`);
    expect(csp).toContain("default-src 'none';");
    expect(csp).toContain('img-src data: blob:;');
    expect(csp).not.toMatch(/'self'|unsafe-/);
  });

  it("allows no script at all when there is none ('none', not an empty list)", () => {
    expect(pinInlineHashes(page(''))).toContain("script-src 'none'; style-src 'none'");
  });

  it('throws when the page has no meta CSP to pin', () => {
    expect(() => pinInlineHashes('<head></head>')).toThrow(/no <meta/);
  });
});
