/**
 * Issue #8: the regular-expression complexity rules are on, as errors, for every kind of TypeScript file, and they
 * fire. The rules' settings are read from the real eslint.config.js (calculateConfigForFile), then run on tiny
 * snippets, so turning a rule off or down to a warning in the config fails this test.
 */
import { ESLint, Linter } from 'eslint';
import regexpPlugin from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const RULES = [
  'regexp/no-super-linear-backtracking',
  'regexp/no-super-linear-move',
  'regexp/no-misleading-capturing-group',
] as const;

const eslint = new ESLint({ cwd: new URL('../', import.meta.url).pathname });

async function regexpRulesFor(path: string): Promise<Linter.RulesRecord> {
  const config = (await eslint.calculateConfigForFile(path)) as { rules?: Linter.RulesRecord };
  return Object.fromEntries(Object.entries(config.rules ?? {}).filter(([id]) => id.startsWith('regexp/')));
}

function lint(code: string, rules: Linter.RulesRecord): Linter.LintMessage[] {
  return new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { regexp: regexpPlugin },
        rules,
      },
    ],
    { filename: 'snippet.ts' },
  );
}

const severity = (entry: Linter.RuleEntry | undefined): unknown => (Array.isArray(entry) ? entry[0] : entry);

// Loading eslint.config.js (typescript-eslint and all) takes seconds on a busy machine: allow it.
describe('regexp complexity lint rules (issue #8)', { timeout: 60_000 }, () => {
  it.each([
    'src/domain/parse/tables.ts',
    'src/features/tables/static-table.tsx',
    'scripts/cli.ts',
    'e2e/smoke.spec.ts',
  ])('are errors for %s', async (path) => {
    const rules = await regexpRulesFor(path);
    for (const id of RULES) expect(severity(rules[id]), `${id} on ${path}`).toBe(2);
  });

  it('fire on /(a+)+$/ (exponential backtracking) and on /0+$/ (quadratic move)', async () => {
    const rules = await regexpRulesFor('src/domain/money.ts');
    const nested = lint("export const bad = /(a+)+$/.test('aaaa!');", rules);
    expect(nested.map((m) => m.ruleId)).toEqual(expect.arrayContaining([...RULES]));
    expect(nested.find((m) => m.ruleId === 'regexp/no-super-linear-backtracking')?.message).toContain(
      "This quantifier can reach itself via the loop '(a+)+'",
    );
    const move = lint("export const trimmed = '1.500'.replace(/0+$/, '');", rules);
    expect(move.map((m) => [m.ruleId, m.severity])).toEqual([['regexp/no-super-linear-move', 2]]);
    expect(move[0]?.message).toContain('quadratic runtime');
  });

  it('stay quiet on a linear pattern, so the two tests above are not vacuous', async () => {
    const rules = await regexpRulesFor('src/domain/money.ts');
    expect(lint("export const ok = /^\\d{3}(?:\\d{2}){0,2}$/.test('201');", rules)).toEqual([]);
  });
});
