/** “加入演示”: appends the current view (with its state) to the active document's deck. */
import { useState } from 'react';

import { defaultDeck, plainRoute, slideTitle } from '@/features/presenter/deck';
import { useDashboardStore } from '@/store';
import { formatHash } from '@/store/route';

export function AddSlideButton({ disabled = false }: { readonly disabled?: boolean }) {
  const [message, setMessage] = useState('');
  const add = (): void => {
    const s = useDashboardStore.getState();
    const doc = s.documents.find((d) => d.id === s.activeId) ?? s.documents[0];
    if (!doc?.result.ok) return;
    const current = s.decks[doc.id] ?? defaultDeck(doc.result.accounts);
    const route = plainRoute(s.route);
    const slide = { id: `slide-${Date.now()}`, title: slideTitle(route), hash: formatHash(route) };
    s.setDeck(doc.id, [...current, slide]);
    setMessage(`已加入演示，第 ${current.length + 1} 张`);
  };
  return (
    <span className="add-slide">
      <button type="button" onClick={add} disabled={disabled}>
        加入演示
      </button>
      {message ? (
        <span role="status" className="add-slide-status">
          {message}
        </span>
      ) : null}
    </span>
  );
}
