import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ColumnToggles } from './column-toggles';

const COLUMNS = [
  { id: 'c0', label: '本年支出合计', visible: true, canHide: true },
  { id: 'c1', label: '基本支出', visible: true, canHide: true },
];

function setup() {
  render(
    <>
      <ColumnToggles columns={COLUMNS} onToggle={vi.fn()} onShowAll={vi.fn()} />
      <button type="button">表中的按钮</button>
    </>,
  );
  const details = document.querySelector('details');
  if (!details) throw new Error('no <details>');
  details.open = true;
  return {
    details,
    summary: screen.getByText('显示列'),
    outside: screen.getByRole('button', { name: '表中的按钮' }),
  };
}

// The open list lies over the table: it must not stay open over the buttons keyboard focus moves on to.
describe('ColumnToggles', () => {
  it('stays open while focus moves inside it, closes when focus moves to an element outside', () => {
    const { details, outside } = setup();
    const first = screen.getByRole('checkbox', { name: '本年支出合计' });
    const second = screen.getByRole('checkbox', { name: '基本支出' });
    fireEvent.blur(first, { relatedTarget: second });
    expect(details.open).toBe(true);
    fireEvent.blur(second, { relatedTarget: null }); // a click on plain text: focus goes nowhere
    expect(details.open).toBe(true);
    fireEvent.blur(second, { relatedTarget: outside });
    expect(details.open).toBe(false);
  });

  it('closes on Escape and gives focus back to its summary', () => {
    const { details, summary } = setup();
    fireEvent.keyDown(screen.getByRole('checkbox', { name: '基本支出' }), { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(summary);
  });
});
