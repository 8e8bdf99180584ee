/**
 * npm run variants: writes one template variation of the reference document per file into
 * src/domain/__fixtures__/variants/<name>.txt (the transforms and what each one does: src/testing/variants.ts).
 * The outputs are committed; src/testing/variants.test.ts checks they equal what the transforms make now.
 * Imports src/domain and src/testing only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VARIANTS, makeVariants } from '../src/testing/variants';

const root = new URL('..', import.meta.url).pathname;
const reference = readFileSync(join(root, 'data/source/jianghan-big-data-center-2021.txt'), 'utf8');
const outDir = join(root, 'src/domain/__fixtures__/variants');
mkdirSync(outDir, { recursive: true });
for (const { name, text } of makeVariants(reference)) {
  const out = join(outDir, `${name}.txt`);
  writeFileSync(out, text);
  const description = VARIANTS.find((v) => v.name === name)?.description ?? '';
  process.stdout.write(`${out.slice(root.length)}  ${description}\n`);
}
