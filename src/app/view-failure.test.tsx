/**
 * A view that throws, inside the real app: the error boundary around the views shows the message, the header and
 * navigation stay, and its link leads back to a working overview.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { useDashboardStore } from '@/store';

vi.mock('@/features/scorecards/scorecards-view', () => ({
  default: function BrokenScorecards(): never {
    throw new Error('绩效自评视图测试故障');
  },
}));

beforeEach(() => {
  useDashboardStore.setState({ documents: [], activeId: '' });
  window.history.replaceState(null, '', '#/scorecards');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a view that throws', { timeout: 30_000 }, () => {
  it('shows the message in place of the view, keeps the navigation, and 返回总览 leads to a working overview', async () => {
    render(<App />);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('此视图出错了');
    expect(alert.textContent).toContain('绩效自评视图测试故障');
    expect(screen.getByRole('navigation', { name: '视图' })).toBeTruthy();

    const back = screen.getByRole('link', { name: '返回总览' });
    expect(back.getAttribute('href')).toBe('#/overview');
    await act(async () => {
      fireEvent.click(back);
      // jsdom follows the fragment link; the app listens for hashchange.
      await vi.waitFor(() => expect(window.location.hash).toBe('#/overview'));
    });
    expect(await screen.findByTestId('kpi-expense', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('another view from the navigation works too, and the broken one fails again on return', async () => {
    render(<App />);
    await screen.findByRole('alert', {}, { timeout: 10_000 });
    act(() => {
      window.location.hash = '#/source';
    });
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), { timeout: 10_000 });
    act(() => {
      window.location.hash = '#/scorecards';
    });
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toContain('测试故障');
  });
});
