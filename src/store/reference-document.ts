/**
 * The reference document, bundled as text. The parse worker imports it itself and sends it back with the model
 * (parse-client.ts `parseReference`), so the first screen's bundle does not carry it; only the main-thread fallback
 * (file://, jsdom) and the scale benchmark load this module. The parser is the one that writes data/parsed (a golden
 * test keeps the two equal). Keeping the text lets every figure show its source line.
 */
import referenceText from '../../data/source/jianghan-big-data-center-2021.txt?raw';

export { REFERENCE_FILE } from './reference-id';
export const referenceSource: string = referenceText;
