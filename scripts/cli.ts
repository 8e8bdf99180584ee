/**
 * npm run --silent cli -- <command> <file>
 *   facts <file>            one CSV row per figure of tables 1–9: table,row,code,item,column,value,line
 *   audit <file> [--json]   every consistency check: a readable summary, or {"checks": [...]}
 *   model <file>            the parsed model as JSON, the shape of data/parsed/
 *   text <file>             the source lines that `line` in facts and audit refers to
 * <file> is a text disclosure or a PDF with a text layer (read with pdf.js, then laid out as lines). Input that is
 * not a disclosure: a clear message on stderr, exit code 2. Imports src/domain (and src/testing's Node pdf.js).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import type { CliSource } from '../src/domain/cli-core';
import { cliFileArgument, isPdf, runCli } from '../src/domain/cli-core';
import { layoutText, parsePdfRead } from '../src/domain/pdf/parse-pdf';
import { readPdf } from '../src/domain/pdf/read-pdf';
import { nodePdfjs, nodePdfParams } from '../src/testing/pdfjs-node';

async function readSource(path: string): Promise<CliSource | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    return null; // runCli reads it again and reports the error
  }
  if (!isPdf(bytes)) return { bytes };
  const read = await readPdf(bytes, await nodePdfjs(), { params: nodePdfParams() });
  if (!read.ok) return { bytes, pdf: { ok: false, message: read.message } };
  return { bytes, pdf: { ok: true, text: layoutText(read.layout), result: parsePdfRead(read) } };
}

const argv = process.argv.slice(2);
const file = cliFileArgument(argv);
const preread = file ? await readSource(file) : null;
const result = runCli(argv, (path) => (preread && path === file ? preread : readFileSync(path)), {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
