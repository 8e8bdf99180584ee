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

interface PositionedItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * Where pdf.js itself prints `text` on page `n`: the centre of each text item whose string is exactly `text`, in
 * points from the page's top left — read straight from the text layer, independently of the app's layout step.
 */
export async function pdfTextCentres(
  pdf: Uint8Array,
  n: number,
  text: string,
): Promise<Array<{ x: number; y: number }>> {
  const pdfjs = await nodePdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  const doc = (await task.promise) as unknown as {
    getPage(n: number): Promise<TextPage & { view: readonly number[] }>;
  };
  const page = await doc.getPage(n);
  const [vx = 0, , , vy1 = 0] = page.view;
  const items = (await page.getTextContent()).items as PositionedItem[];
  await task.destroy();
  return items
    .filter((i) => i.str === text && i.transform)
    .map((i) => {
      const [, , , , e = 0, f = 0] = i.transform ?? [];
      const h = i.height ?? 0;
      return { x: e - vx + (i.width ?? 0) / 2, y: vy1 - f - h / 2 };
    });
}
