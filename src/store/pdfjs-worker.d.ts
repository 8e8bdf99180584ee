/** pdf.js's worker code, imported to run on the calling thread (pdf-reader.ts); it has no type declarations. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
