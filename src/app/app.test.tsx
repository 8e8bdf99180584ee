import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { App } from '@/app/app';
import { parseFinalAccounts } from '@/domain/parse/parse-final-accounts';

describe('App', () => {
  it('renders the dashboard heading inside the main landmark', () => {
    render(<App />);
    const main = screen.getByRole('main');
    const heading = screen.getByRole('heading', { level: 1, name: '决算看板' });
    expect(main.contains(heading)).toBe(true);
  });

  it('shows the headline totals of the reference document (read by hand: 表1 行27 2,484.74, 行57 2,812.11)', () => {
    render(<App />);
    expect(screen.getByTestId('department').textContent).toBe('武汉市江汉区大数据中心');
    expect(screen.getByTestId('figure-income-total').textContent).toContain('2,484.74 万元');
    expect(screen.getByTestId('figure-expense-total').textContent).toContain('2,812.11 万元');
    expect(screen.getByTestId('figure-expense-total').textContent).toContain('原文第 141 行');
  });

  it('shows a clear message, not a blank page, for input that is not a disclosure', () => {
    render(<App result={parseFinalAccounts('随便一段文字')} sourceName="x.txt" />);
    expect(screen.getByRole('alert').textContent).toContain('不是部门决算公开');
  });
});
