import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ConfirmDialog, Modal } from './modal';

function Page({ onConfirm }: { readonly onConfirm: () => void }) {
  const [outer, setOuter] = useState(true);
  const [asking, setAsking] = useState(false);
  return (
    <div id="page">
      <button type="button">behind</button>
      {outer ? (
        <Modal role="dialog" title="文档管理" onClose={() => setOuter(false)}>
          <button type="button" onClick={() => setAsking(true)}>
            移除
          </button>
          {asking ? (
            <ConfirmDialog
              title="移除文档？"
              message="将移除它。"
              confirmLabel="确定移除"
              onCancel={() => setAsking(false)}
              onConfirm={onConfirm}
            />
          ) : null}
        </Modal>
      ) : null}
    </div>
  );
}

describe('Modal and ConfirmDialog', () => {
  it('asks in an alertdialog with focus on 取消; Escape closes only the top one; the page behind is inert', () => {
    const onConfirm = vi.fn();
    const { container } = render(<Page onConfirm={onConfirm} />);
    const dialog = screen.getByRole('dialog', { name: '文档管理' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    // Testing Library renders into a div under <body> (`container`): it is made inert while the dialog is open.
    expect(container.hasAttribute('inert')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '移除' }));
    const confirm = screen.getByRole('alertdialog', { name: '移除文档？' });
    expect(confirm.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(confirm.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '将移除它。',
    );
    expect(document.activeElement?.textContent).toBe('取消');
    // The dialog underneath is inert while the confirmation is open.
    expect(dialog.closest('div[inert]')).not.toBeNull();

    fireEvent.keyDown(confirm, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('dialog', { name: '文档管理' })).toBeTruthy();
    expect(dialog.closest('div[inert]')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '移除' }));
    fireEvent.click(screen.getByRole('button', { name: '确定移除' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);

    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(container.hasAttribute('inert')).toBe(false);
  });
});
