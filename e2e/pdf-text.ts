/**
 * The text of each page of a PDF the browser printed, read with pdfjs-dist (the library the app reads PDFs with) in
 * Node, polyfilled for Node 20 by src/testing/pdfjs-node.ts.
 */
import { nodePdfjs } from '../src/testing/pdfjs-node';

interface TextPage {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
}
interface TextDocument {
  readonly numPages: number;
  getPage(n: number): Promise<TextPage>;
}

/** Each page's text (items joined), in page order. */
export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await nodePdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = (await task.promise) as unknown as TextDocument;
  const texts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((item) => (item && typeof item === 'object' && 'str' in item ? String(item.str) : ''))
        .join(''),
    );
  }
  await task.destroy();
  return texts;
}
