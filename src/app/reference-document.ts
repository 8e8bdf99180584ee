/**
 * The reference document, bundled as text. Start-up parses it in the parse worker (bootstrap.ts) with the same
 * parser that writes data/parsed (a golden test keeps the two equal). Keeping the text lets every figure show its
 * source line.
 */
import referenceText from '../../data/source/jianghan-big-data-center-2021.txt?raw';

export const REFERENCE_FILE = 'jianghan-big-data-center-2021.txt';
export const referenceSource: string = referenceText;
