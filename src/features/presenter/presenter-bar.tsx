/**
 * Shown while presenting (`present=<n>` in the URL): slide number and total, previous/next, speaker notes, exit.
 * Keys (what presentation clickers send): → PageDown Space next; ← PageUp previous; Home/End; a number then Enter;
 * Escape leaves. Large type and high contrast come from the `presenting` class on <html>.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import { speakerNotes } from '@/domain/speaker-notes';
import { useHeightVariable } from '@/lib/use-height-variable';
import { useDashboardStore } from '@/store';
import { getAuditReport } from '@/store/audit-selectors';
import { formatHash, parseHash, routeTo, withParams } from '@/store/route';
import { useDisplayUnit } from '@/store/route-context';
import { selectActiveAccounts, selectRoute } from '@/store/selectors';

import { useDeck } from './use-deck';

import './presenter.css';

/** The bar covers the page only while it is fixed (on a short screen it follows the slide). */
const coveringHeight = (el: HTMLElement, height: number): number =>
  getComputedStyle(el).position === 'fixed' ? height : 0;

export default function PresenterBar() {
  const route = useDashboardStore(selectRoute);
  const accounts = useDashboardStore(selectActiveAccounts);
  const unit = useDisplayUnit();
  const { slides } = useDeck();
  const n = Math.min(Math.max(1, Number(route.params['present']) || 1), Math.max(1, slides.length));
  const [showNotes, setShowNotes] = useState(true);
  const typed = useRef('');
  const notes = useMemo(
    () => (accounts ? speakerNotes(accounts, getAuditReport(accounts), route, unit) : []),
    [accounts, route, unit],
  );

  const go = (k: number): void => {
    const target = slides[Math.min(Math.max(1, k), slides.length) - 1];
    if (!target) return;
    const r = parseHash(target.hash);
    const shared = route.params['unit'] ? { unit: route.params['unit'] } : {};
    useDashboardStore
      .getState()
      .navigate(
        withParams(
          { ...r, params: { ...shared, ...r.params } },
          { present: String(Math.min(Math.max(1, k), slides.length)) },
        ),
      );
  };
  const exit = (): void => useDashboardStore.getState().navigate(routeTo('presenter', [], {}, route));

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      let handled = true;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(n + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(n - 1);
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(slides.length);
      else if (/^[0-9]$/.test(e.key)) typed.current = (typed.current + e.key).slice(-3);
      else if (e.key === 'Enter' && typed.current) {
        go(Number(typed.current));
        typed.current = '';
      } else if (e.key === 'Escape') exit();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // The fixed bar's height, for the page's scroll padding: what keyboard focus reaches scrolls clear of the bar.
  const bar = useRef<HTMLElement>(null);
  useHeightVariable(bar, '--presenter-bar-height', coveringHeight);

  const current = slides[n - 1];
  return (
    <aside className="presenter-bar" aria-label="演示控制" ref={bar}>
      <div className="presenter-row">
        <span className="slide-no" data-testid="slide-number">
          第 {n} / {slides.length} 张
        </span>
        <span className="slide-title">{current?.title}</span>
        <button type="button" onClick={() => go(n - 1)} disabled={n <= 1} aria-label="上一张">
          ←
        </button>
        <button type="button" onClick={() => go(n + 1)} disabled={n >= slides.length} aria-label="下一张">
          →
        </button>
        <button type="button" aria-pressed={showNotes} onClick={() => setShowNotes((v) => !v)}>
          备注
        </button>
        <button
          type="button"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          全屏
        </button>
        <a href={formatHash(routeTo('presenter', [], {}, route))}>退出演示</a>
      </div>
      {showNotes && notes.length > 0 ? (
        <div className="speaker-notes" data-testid="speaker-notes">
          {notes.map((t) => (
            <p key={t}>{t}</p>
          ))}
        </div>
      ) : null}
    </aside>
  );
}
