/**
 * npm run data: parses every document in data/source and writes data/parsed/final-accounts.<year>.json.
 * Imports src/domain only.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildParsedFile, serializeParsedFile } from '../src/domain/parsed-file';

const root = new URL('..', import.meta.url).pathname;
const sourceDir = join(root, 'data/source');
const outDir = join(root, 'data/parsed');
mkdirSync(outDir, { recursive: true });

let failed = false;
for (const file of readdirSync(sourceDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(sourceDir, file), 'utf8');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const parsed = buildParsedFile(text, file, sha256);
  if (!parsed.ok) {
    failed = true;
    process.stderr.write(`${file}: ${parsed.error.message}\n`);
    continue;
  }
  const out = join(outDir, `final-accounts.${parsed.file.accounts.meta.year}.json`);
  writeFileSync(out, serializeParsedFile(parsed.file));
  const counts = parsed.file.problems.reduce<Record<string, number>>(
    (m, p) => ({ ...m, [p.severity]: (m[p.severity] ?? 0) + 1 }),
    {},
  );
  process.stdout.write(`${file} → ${out.slice(root.length)} (problems: ${JSON.stringify(counts)})\n`);
}
process.exit(failed ? 1 : 0);
