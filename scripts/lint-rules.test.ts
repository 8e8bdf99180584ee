/**
 * The security bans of eslint.config.js fire: each snippet is linted with the project's real configuration, as if it
 * were a component (src/app/app.tsx, so type-aware rules run too), and must raise the expected rule.
 */
import { fileURLToPath } from 'node:url';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AS_FILE = 'src/app/app.tsx';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** Rule ids (with the message, for no-restricted-syntax) the snippet raises, linted as the file `as`. */
async function fired(code: string, as = AS_FILE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${as}` });
  return (result?.messages ?? []).map((m) =>
    m.ruleId === 'no-restricted-syntax' ? `${m.ruleId}: ${m.message}` : (m.ruleId ?? m.message),
  );
}

const HTML = 'no-restricted-syntax: Do not inject HTML strings';
const ASSIGN = 'no-restricted-syntax: Do not assign innerHTML/outerHTML/srcdoc';
const DANGER = 'no-restricted-syntax: dangerouslySetInnerHTML is banned';
const WRITE = 'no-restricted-syntax: document.write is banned';
const ATTR = 'no-restricted-syntax: No event-handler, style or srcdoc attributes';

describe('security lint bans', { timeout: 120_000 }, () => {
  it.each([
    ['innerHTML =', 'document.body.innerHTML = "<b>x</b>";', ASSIGN],
    ['innerHTML +=', 'document.body.innerHTML += "<b>x</b>";', ASSIGN],
    ["['innerHTML'] =", 'document.body["innerHTML"] = "<b>x</b>";', ASSIGN],
    ['outerHTML =', 'document.body.outerHTML = "<b>x</b>";', ASSIGN],
    ['srcdoc =', 'document.createElement("iframe").srcdoc = "<b>x</b>";', ASSIGN],
    ['insertAdjacentHTML', 'document.body.insertAdjacentHTML("beforeend", "<b>x</b>");', HTML],
    ['createContextualFragment', 'document.createRange().createContextualFragment("<b>x</b>");', HTML],
    ['document.write', 'document.write("<b>x</b>");', WRITE],
    ['document.writeln', 'document.writeln("<b>x</b>");', WRITE],
    ['window.document.write', 'window.document.write("<b>x</b>");', WRITE],
    [
      'dangerouslySetInnerHTML (JSX)',
      'export const X = () => <div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />;',
      DANGER,
    ],
    [
      'dangerouslySetInnerHTML (props object)',
      'import { createElement } from "react";\nexport const X = () => createElement("div", { dangerouslySetInnerHTML: { __html: "x" } });',
      DANGER,
    ],
    ['srcDoc (JSX)', 'export const X = () => <iframe title="t" srcDoc="<b>x</b>" />;', DANGER],
    ['setAttribute on*', 'document.body.setAttribute("onclick", "alert(1)");', ATTR],
    ['setAttribute style', 'document.body.setAttribute("style", "color: red");', ATTR],
    ['eval', 'eval("1");', 'no-eval'],
    ['indirect eval', '(0, eval)("1");', 'no-eval'],
    ['new Function', 'new Function("return 1");', 'no-new-func'],
    ['Function()', 'Function("return 1");', 'no-new-func'],
    ['setTimeout with a string', 'setTimeout("alert(1)", 0);', '@typescript-eslint/no-implied-eval'],
    // Spelt in two parts here, so this file does not trip the rule it tests.
    [
      'a script URL (javascript colon)',
      `export const X = () => <a href={"${'java'}script:alert(1)"}>x</a>;`,
      'no-script-url',
    ],
  ])('%s is an error', async (_name, code, rule) => {
    const rules = await fired(code);
    expect(
      rules.some((r) => r.startsWith(rule)),
      rules.join('\n'),
    ).toBe(true);
  });

  it('safe equivalents pass: textContent, React children, CSSOM styles, listeners', async () => {
    const rules = await fired(
      [
        'document.body.textContent = "<b>x</b>";',
        'document.body.style.setProperty("color", "red");',
        'document.body.addEventListener("click", () => undefined);',
        'document.body.setAttribute("aria-label", "x");',
        'export const X = ({ name }: { readonly name: string }) => <div title={name}>{name}</div>;',
      ].join('\n'),
    );
    expect(rules).toEqual([]);
  });
});

const PATTERN = 'no-restricted-syntax: No RegExp from a non-literal in src/domain or scripts';

describe('no pattern from text in src/domain and scripts (issue #14)', { timeout: 120_000 }, () => {
  const code = [
    'export const byName = (name: string): RegExp => new RegExp(`^${name}$`);',
    "export const called = (name: string): RegExp => RegExp(name, 'u');",
    'export const viaGlobal = (name: string): RegExp => new globalThis.RegExp(name);',
  ].join('\n');

  it.each([
    ['a domain module', 'src/domain/audit/checks-prose.ts'],
    ['a domain test', 'src/domain/audit/audit.test.ts'],
    ['a script', 'scripts/cli.ts'],
  ])('new RegExp(text), RegExp(text) and globalThis.RegExp(text) are errors in %s', async (_what, file) => {
    const rules = await fired(code, file);
    expect(
      rules.filter((r) => r.startsWith(PATTERN)),
      rules.join('\n'),
    ).toHaveLength(3);
  });

  it('a literal pattern is allowed, and the app is not in this zone', async () => {
    const literal = [
      "export const a = new RegExp('^合计$', 'u');",
      "export const b = new RegExp(/决算数/, 'g');",
    ].join('\n');
    expect(await fired(literal, 'src/domain/audit/checks-prose.ts')).toEqual([]);
    expect((await fired(code, AS_FILE)).filter((r) => r.startsWith(PATTERN))).toEqual([]);
  });
});

const SUPPORT = '@typescript-eslint/no-restricted-imports';

describe('test and benchmark support stays out of production code', { timeout: 120_000 }, () => {
  const code = [
    "import { mutatedDocument } from '@/testing/mutations';",
    "import { seededRandom } from '../../testing/robustness-inputs';",
    'export const used = [mutatedDocument, seededRandom];',
  ].join('\n');

  it.each([
    ['production domain code', 'src/domain/audit/checks-prose.ts'],
    ['a feature', 'src/features/drill-down/budget-view.tsx'],
  ])('importing src/testing is an error in %s', async (_what, file) => {
    expect((await fired(code, file)).filter((r) => r === SUPPORT)).toHaveLength(2);
  });

  it.each([
    ['a domain test', 'src/domain/audit/audit.test.ts'],
    ['a script', 'scripts/make-variants.ts'],
    ['an e2e spec', 'e2e/compare.spec.ts'],
    ['the scale benchmark page', 'src/app/bench-scale.tsx'],
  ])('%s may import it', async (_what, file) => {
    expect((await fired(code, file)).filter((r) => r === SUPPORT || r === 'no-restricted-imports')).toEqual(
      [],
    );
  });
});
