/**
 * A hostile document is shown as text and changes nothing else. Each view of the app renders a document whose
 * text carries markup, script, prototype keys, control characters and a 5,000-character cell, and must create no
 * script, no element with an event-handler attribute, run nothing, leave Object.prototype as it was, and show the
 * hostile text as the literal text it is.
 *
 * Documents: the parser robustness suite's "hostile cells" input (department `<script>…</script>__proto__`, a
 * 5,000 × 长 name with BEL and SOH in 表1), and one made here that puts markup and prototype keys where the
 * document prints names (表1–表4 rows, a scorecard's project name). The parser drops `<…>` tags from names
 * (src/domain/parse/text.ts), so names show without them; the source view and every figure's source excerpt show
 * the line as printed, markup included, as text.
 */
import { act, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import { robustnessInputs } from '@/testing/robustness-inputs';
import { useDashboardStore } from '@/store';
import referenceText from '../../data/source/jianghan-big-data-center-2021.txt?raw';

declare global {
  // Set by the hostile strings, were they ever run.
  var __pwned: number | undefined;
}

const IMG = '<img src=x onerror="globalThis.__pwned=1">';
const SCRIPT = '<script>globalThis.__pwned=2</script>constructor';
const PROTO = '__proto__';
const LONG = `${'长'.repeat(5000)}\u0007\u0001`;

const hostileCells = robustnessInputs(referenceText).find((i) => i.name === 'hostile cells')?.text ?? '';

/** Names the parser keeps verbatim: 事业运行 (表1–表4 rows), 一般行政管理事务, the card of 监督员政府购岗费. */
const hostileNames = referenceText
  .replaceAll('\t事业运行\t', `\t${IMG}\t`)
  .replaceAll('\t一般行政管理事务\t', `\t${PROTO}\t`)
  .replaceAll('项目名称\t\t监督员政府购岗费', `项目名称\t\t${SCRIPT}`);

function load(id: string, text: string): void {
  const result = parseFinalAccounts(text);
  if (!result.ok) throw new Error(`${id} did not parse: ${result.error.message}`);
  useDashboardStore.getState().addDocument({
    id,
    name: `${id}.txt`,
    source: text,
    result,
    builtIn: false,
    importedAt: null,
  });
  useDashboardStore.getState().setActiveDocument(id);
}

/** What a hostile document could change outside its text. */
function sideEffects(): Record<string, unknown> {
  const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
  );
  return {
    scripts: document.querySelectorAll('script, iframe, object, embed').length,
    images: document.querySelectorAll('img').length,
    handlers,
    pwned: globalThis.__pwned,
    prototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
    inheritedAlert: ({} as Record<string, unknown>)['alert'],
  };
}

const PRISTINE = {
  scripts: 0,
  images: 0,
  handlers: [],
  pwned: undefined,
  prototypeKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
  inheritedAlert: undefined,
};

async function show(hash: string): Promise<void> {
  window.history.replaceState(null, '', hash);
  render(<App />);
  // Every view is lazy: wait until it has replaced the fallback.
  await vi.waitFor(
    () => {
      expect(document.querySelector('main .loading')).toBeNull();
      expect(document.querySelector('main')?.textContent).not.toBe('');
    },
    { timeout: 15_000 },
  );
  await act(async () => {
    await vi.dynamicImportSettled();
  });
}

const text = (): string => document.querySelector('main')?.textContent ?? '';

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

afterAll(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

beforeEach(() => {
  useDashboardStore.setState({ documents: [], activeId: '' });
});

afterEach(() => {
  // Nothing leaked into the page, the globals or the prototype, and the app never fell into its error boundary.
  expect(screen.queryByText('此视图出错了')).toBeNull();
  expect(sideEffects()).toEqual(PRISTINE);
});

describe('the "hostile cells" document (parser robustness suite)', { timeout: 60_000 }, () => {
  beforeEach(() => load('hostile-cells', hostileCells));

  it('overview: the department shows as text, without the markup the parser drops', async () => {
    await show('#/overview');
    expect(screen.getByTestId('department').textContent).toBe('alert(1)__proto__');
  });

  it('表1 shows the 5,000-character name whole, control characters included, as one cell', async () => {
    await show('#/tables/1');
    const cell = [...document.querySelectorAll('main td, main th')].find((c) =>
      c.textContent.includes('长长长'),
    );
    expect(cell?.textContent).toContain(LONG);
  });

  it('the source view shows the department line as written, markup as text', async () => {
    await show('#/source');
    expect(text()).toContain('<script>alert(1)</script>__proto__');
  });

  it.each(['#/audit?status=all', '#/drill', '#/scorecards', '#/scorecards/department', '#/presenter'])(
    '%s renders',
    async (hash) => {
      await show(hash);
      expect(text().length).toBeGreaterThan(0);
    },
  );
});

describe('a document with markup and prototype keys as names', { timeout: 60_000 }, () => {
  beforeEach(() => load('hostile-names', hostileNames));

  it('表3 shows __proto__ as a row name, and the markup as text in the row’s source excerpt', async () => {
    await show('#/tables/3');
    const row = [...document.querySelectorAll('main tbody tr')].find((tr) =>
      tr.textContent.startsWith('2010302'),
    );
    // Its name cell holds exactly the text __proto__.
    expect([...(row?.children ?? [])].map((cell) => cell.textContent)).toContain(PROTO);
    // A figure's provenance renders in the page's one popover panel when its trigger is clicked.
    const imgRow = [...document.querySelectorAll('main tbody tr')].find((tr) =>
      tr.textContent.startsWith('2010350'),
    );
    const trigger = imgRow?.querySelector<HTMLButtonElement>('button.amount');
    expect(trigger).toBeTruthy();
    act(() => trigger?.click());
    const panel = document.querySelector('[popover]');
    expect(panel?.textContent).toContain(`2010350 │ ${IMG} │`);
  });

  it('the drill-down lists __proto__ at the 项 level', async () => {
    await show('#/drill?mode=function&trail=201,20103');
    expect(text()).toContain(`2010302 ${PROTO}`);
  });

  it('the overview, the scorecard list and the card name the project as parsed (tags dropped)', async () => {
    expect(projectName()).toBe('globalThis.__pwned=2constructor');
    await show('#/overview');
    expect((await screen.findByTestId('top-projects')).textContent).toContain(projectName());
  });

  it('the scorecard list names the project as parsed', async () => {
    await show('#/scorecards');
    expect(screen.getByTestId('scorecard-list').textContent).toContain(projectName());
  });

  it('the card of that project is headed by its name', async () => {
    await show('#/scorecards/9');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain(projectName());
  });

  it('the source view shows the markup as printed, as text', async () => {
    await show('#/source');
    expect(text()).toContain(IMG);
    expect(text()).toContain(SCRIPT);
  });

  it.each(['#/audit?status=all', '#/tables/4', '#/presenter/handout'])('%s renders', async (hash) => {
    await show(hash);
    expect(text().length).toBeGreaterThan(0);
  });
});

/** The name the parser made of the card whose name is SCRIPT. */
function projectName(): string {
  const doc = useDashboardStore.getState().documents.find((d) => d.id === 'hostile-names');
  const card = doc?.result.ok ? doc.result.accounts.scorecards.find((c) => c.nameLine === 890) : undefined;
  return card?.name ?? '(no card)';
}
