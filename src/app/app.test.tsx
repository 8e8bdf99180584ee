import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { App } from '@/app/app';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';
import { useDashboardStore } from '@/store';

beforeEach(() => {
  useDashboardStore.setState({ documents: [], activeId: '' });
  window.location.hash = '';
});

describe('App', () => {
  it('renders the heading and the reference document header (read by hand: 武汉市江汉区大数据中心, 2021, 万元)', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: '决算看板' })).toBeTruthy();
    expect((await screen.findByTestId('department')).textContent).toBe('武汉市江汉区大数据中心');
    expect(screen.getByTestId('year').textContent).toBe('2021 年度');
    expect(screen.getByTestId('unit').textContent).toBe('单位：万元');
  });

  it('shows a clear message, not a blank page, for a document that is not a disclosure', async () => {
    render(<App />);
    act(() => {
      useDashboardStore.getState().addDocument({
        id: 'bad',
        name: 'x.txt',
        source: '随便一段文字',
        result: parseFinalAccounts('随便一段文字'),
        builtIn: false,
        importedAt: null,
      });
      useDashboardStore.getState().setActiveDocument('bad');
    });
    expect((await screen.findByRole('alert')).textContent).toContain('不是部门决算公开');
  });
});
