/**
 * npm run --silent cli -- <command> <file>
 *   facts <file>            one CSV row per figure of tables 1–9: table,row,code,item,column,value,line
 *   audit <file> [--json]   every consistency check: a readable summary, or {"checks": [...]}
 *   model <file>            the parsed model as JSON, the shape of data/parsed/
 *   text <file>             the source lines that `line` in facts and audit refers to
 * Input that is not a disclosure: a clear message on stderr, exit code 2. Imports src/domain only.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runCli } from '../src/domain/cli-core';

const result = runCli(process.argv.slice(2), (path) => readFileSync(path), {
  sha256: (bytes) => createHash('sha256').update(bytes).digest('hex'),
});
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
