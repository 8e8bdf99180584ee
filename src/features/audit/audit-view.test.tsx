import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DocumentContext, EMPTY_DOCUMENT_CONTEXT } from '@/components/document-context';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import { useDashboardStore } from '@/store';
import { parseHash } from '@/store/route';
import referenceText from '../../../data/source/jianghan-big-data-center-2021.txt?raw';

import AuditView from './audit-view';

const scrollIntoView = vi.fn();
const lines = referenceText.split(/\r\n|\r|\n/);

function show(hash: string) {
  act(() => {
    useDashboardStore.getState().syncRoute(hash);
  });
}

function renderView(hash: string) {
  show(hash);
  return render(
    <DocumentContext.Provider value={{ ...EMPTY_DOCUMENT_CONTEXT, lines }}>
      <AuditView />
    </DocumentContext.Provider>,
  );
}

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

beforeEach(() => {
  useDashboardStore.setState({ documents: [], activeId: '' });
  useDashboardStore.getState().addDocument({
    id: 'reference',
    name: 'jianghan-big-data-center-2021.txt',
    source: referenceText,
    result: parseFinalAccounts(referenceText),
    builtIn: true,
    importedAt: null,
  });
  window.history.replaceState(null, '', '#/audit');
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
});

afterEach(() => {
  vi.restoreAllMocks();
});

// Counts and figures from the reference document as documented in src/domain/audit/reference-audit.test.ts.
describe('AuditView', () => {
  it('shows the summary and, by default, the 12 不符 and 13 提示 in full, passing checks left out', () => {
    renderView('#/audit');
    expect(screen.getByRole('heading', { level: 2, name: '勾稽检查' })).toBeTruthy();
    expect(screen.getByText('jianghan-big-data-center-2021.txt', { exact: false })).toBeTruthy();
    expect(screen.getByRole('table').textContent).toContain('表间勾稽');
    expect(within(section(/^不符/)).getAllByRole('article')).toHaveLength(12);
    expect(within(section(/^提示/)).getAllByRole('article')).toHaveLength(13);
    expect(screen.queryByRole('region', { name: /^通过/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('显示 25 项');
    expect(screen.getByText(/另有 519 项检查通过/)).toBeTruthy();
  });

  it('shows both places of cross.t1-t3.201 with their lines, text and links', () => {
    const { container } = renderView('#/audit');
    const card = container.querySelector<HTMLElement>('[data-check-id="cross.t1-t3.201"]');
    if (!card) throw new Error('no card');
    const text = card.textContent;
    expect(text).toContain('2,697.43');
    expect(text).toContain('2,697.42');
    expect(text).toContain('舍入量级');
    const table1 = within(card).getByRole('link', { name: /^表1 第31行/ });
    expect(table1.getAttribute('href')).toBe('#/tables/1?hl=115');
    expect(within(card).getByRole('link', { name: '原文第 195 行' }).getAttribute('href')).toBe(
      '#/source?line=195',
    );
    // The figure is marked in the printed line (表3 prints it with spaces).
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['2,697.43', '2, 697. 42']);
  });

  it('groups passing checks by family for status=all, rendering a group only when it is open', () => {
    renderView('#/audit?status=all');
    const pass = section(/^通过/);
    expect(within(pass).queryAllByRole('article')).toHaveLength(0);
    const group = within(pass).getByRole('link', { name: /表内公式/ });
    expect(group.getAttribute('aria-expanded')).toBe('false');
    expect(parseHash(group.getAttribute('href') ?? '').params).toEqual({
      status: 'all',
      open: 'printed-identity',
    });
    show('#/audit?status=all&open=printed-identity');
    expect(within(section(/^通过/)).getAllByRole('article')).toHaveLength(72);
  });

  it('opens, outlines and scrolls to the check named in the URL, even a passing one', () => {
    const { container } = renderView('#/audit?check=projects.list.15');
    const card = container.querySelector('[data-check-id="projects.list.15"]');
    expect(card?.classList.contains('is-selected')).toBe(true);
    expect(scrollIntoView).toHaveBeenCalled();
    expect(document.activeElement).toBe(card);

    show('#/audit?check=identity.t1.r27.c1');
    const passCard = container.querySelector('[data-check-id="identity.t1.r27.c1"]');
    expect(passCard?.classList.contains('is-selected')).toBe(true);
    expect(within(section(/^所选检查/)).getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('says so when the URL names no known check', () => {
    renderView('#/audit?check=nope');
    expect(screen.getByRole('alert').textContent).toContain('nope');
  });

  it('writes family, table and search into the URL, and the list follows', () => {
    renderView('#/audit');
    fireEvent.change(screen.getByRole('combobox', { name: '类别' }), { target: { value: 'scorecard' } });
    expect(useDashboardStore.getState().route.params).toEqual({ family: 'scorecard' });
    expect(window.location.hash).toBe('#/audit?family=scorecard');
    expect(within(section(/^不符/)).getAllByRole('article')).toHaveLength(4);

    fireEvent.change(screen.getByRole('combobox', { name: '涉及表' }), { target: { value: '3' } });
    expect(useDashboardStore.getState().route.params).toEqual({ family: 'scorecard', table: '3' });
    expect(screen.getByText(/没有符合条件的检查/)).toBeTruthy();

    show('#/audit');
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: '6.67' } });
    expect(useDashboardStore.getState().route.params).toEqual({ q: '6.67' });
    expect(
      within(section(/^不符/))
        .getAllByRole('article')
        .map((a) => a.dataset['checkId']),
    ).toEqual(['projects.list.15']);
  });

  it('exports the shown checks as a CSV download', () => {
    const createObjectURL = vi.fn((_: Blob) => 'blob:x');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderView('#/audit?status=fail');
    fireEvent.click(screen.getByRole('button', { name: /导出 CSV（12 项）/ }));
    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
  });
});
