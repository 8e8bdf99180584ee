/**
 * Variants of a document with other amounts, for the scale benchmark (a collection of hundreds of documents):
 * every printed amount with two decimals is multiplied by an integer factor, exactly (BigInt on the printed
 * digits), so every sum in the document still adds up; the department gets a sample number so the variants can be
 * told apart. Amounts printed with spaces inside (`2, 812. 11`) are left as printed.
 */

/** A printed amount, matched from the start of its digit run only (the look-behind keeps the scan linear). */
const AMOUNT = /(?<![\d,])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}/g;

function group(digits: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(',');
}

/** `1,103.48` × 3 → `3,310.44`; keeps the thousands separators if the original had them. */
export function multiplyPrinted(printed: string, factor: bigint): string {
  const grouped = printed.includes(',');
  const cents = BigInt(printed.replace(/[,.]/g, '')) * factor;
  const text = cents.toString().padStart(3, '0');
  const whole = text.slice(0, -2);
  return `${grouped ? group(whole) : whole}.${text.slice(-2)}`;
}

/** Every printed two-decimal amount of `text` multiplied by `factor`, exactly. */
export function multiplyAmounts(text: string, factor: bigint): string {
  return text.replace(AMOUNT, (m) => multiplyPrinted(m, factor));
}

export function scaleVariant(text: string, factor: number, sample: number, department: string): string {
  return multiplyAmounts(text, BigInt(factor)).split(department).join(`${department}（样本${sample}）`);
}
