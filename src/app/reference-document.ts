/**
 * The reference document, bundled as text and parsed in the browser with the same parser that writes
 * data/parsed (a golden test keeps the two equal). Keeping the text lets every figure show its source line.
 */
import type { ParseResult } from '@/domain/final-accounts.types';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import referenceText from '../../data/source/jianghan-big-data-center-2021.txt?raw';

export const REFERENCE_FILE = 'jianghan-big-data-center-2021.txt';
export const referenceSource: string = referenceText;
export const referenceResult: ParseResult = parseFinalAccounts(referenceText);
