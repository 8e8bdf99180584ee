/** The built-in reference document's id in the collection and its file name (its text: reference-document.ts). */
export const REFERENCE_ID = 'reference';
export const REFERENCE_FILE = 'jianghan-big-data-center-2021.txt';
