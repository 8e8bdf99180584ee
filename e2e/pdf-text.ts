/**
 * The text of each page of a PDF the browser printed, read with pdfjs-dist (Mozilla's PDF reader, the library the
 * app will read PDFs with) in Node. Node 20 lacks `Promise.withResolvers`, which pdfjs-dist 6 uses: polyfilled here
 * for Node only (browsers have it).
 */
interface WithResolvers {
  withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
}

function polyfillWithResolvers(): void {
  const P = Promise as unknown as WithResolvers;
  if (P.withResolvers) return;
  P.withResolvers = <T>() => {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** Each page's text (items joined), in page order. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  polyfillWithResolvers();
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = await task.promise;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await task.destroy();
  return texts;
}
