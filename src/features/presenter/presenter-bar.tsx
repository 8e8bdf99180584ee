/**
 * Shown while presenting (`present=<n>` in the URL): slide number and total, previous/next, speaker notes, exit, and
 * 「打开演讲者窗口」. Keys (what presentation clickers send, see `readKey`): → PageDown Space next; ← PageUp previous;
 * Home/End; a number then Enter; Escape leaves. Large type and high contrast come from the `presenting` class on
 * <html>. This window is the projected one: it owns the slide (its URL) and the timer, and a presenter's window
 * (`#/presenter/speaker`) follows and drives it through `useProjectorLink`. While one is connected, the notes move
 * there (the 备注 button brings them back here).
 */
import { useEffect, useMemo, useRef, useState } from 'react';

import { speakerNotes } from '@/domain/speaker-notes';
import { useHeightVariable } from '@/lib/use-height-variable';
import { useDashboardStore } from '@/store';
import { getAuditReport } from '@/store/audit-selectors';
import { formatHash, routeTo } from '@/store/route';
import { useDisplayUnit } from '@/store/route-context';
import { selectActiveAccounts, selectActiveDocument, selectRoute } from '@/store/selectors';

import { presentedRoute, projectorSnapshot } from './deck';
import { OpenSpeakerButton } from './open-speaker-button';
import type { Command, TimerState } from './presenter-core';
import { applyCommand, runningTimer } from './presenter-core';
import { usePresenterKeys } from './use-presenter-keys';
import { useDeck } from './use-deck';
import { useProjectorLink } from './use-projector-link';

import './presenter.css';

/** The bar covers the page only while it is fixed (on a short screen it follows the slide). */
const coveringHeight = (el: HTMLElement, height: number): number =>
  getComputedStyle(el).position === 'fixed' ? height : 0;

/** The timer survives a reload of this window (sessionStorage), and starts afresh with the next presentation. */
const TIMER_KEY = 'juesuan-dashboard/presenter-timer';

function restoredTimer(): TimerState {
  try {
    const raw = sessionStorage.getItem(TIMER_KEY);
    const t = raw ? (JSON.parse(raw) as Partial<TimerState> | null) : null;
    if (
      t &&
      typeof t.elapsedMs === 'number' &&
      Number.isFinite(t.elapsedMs) &&
      (t.runningSince === null || (typeof t.runningSince === 'number' && Number.isFinite(t.runningSince)))
    )
      return { elapsedMs: Math.max(0, t.elapsedMs), runningSince: t.runningSince };
  } catch {
    // no storage, or not ours: a new timer
  }
  return runningTimer(Date.now());
}

export default function PresenterBar() {
  const route = useDashboardStore(selectRoute);
  const accounts = useDashboardStore(selectActiveAccounts);
  const docId = useDashboardStore(selectActiveDocument)?.id ?? '';
  const unit = useDisplayUnit();
  const { slides } = useDeck();
  const n = Math.min(Math.max(1, Number(route.params['present']) || 1), Math.max(1, slides.length));
  /** null: automatic (shown unless a presenter's window has them). */
  const [notesChoice, setNotesChoice] = useState<boolean | null>(null);
  const [timer, setTimer] = useState(restoredTimer);
  const notes = useMemo(
    () => (accounts ? speakerNotes(accounts, getAuditReport(accounts), route, unit) : []),
    [accounts, route, unit],
  );

  const go = (k: number): void => {
    const target = presentedRoute(slides, k, route);
    if (target && formatHash(target) !== formatHash(route)) useDashboardStore.getState().navigate(target);
  };
  const exit = (): void => useDashboardStore.getState().navigate(routeTo('presenter', [], {}, route));
  const run = (command: Command): void => {
    const next = applyCommand({ n, total: slides.length, timer }, command, Date.now());
    if (next.exit) exit();
    else if (command.kind === 'timer') setTimer(next.timer);
    else go(next.n);
  };

  usePresenterKeys(run);
  const snapshot = useMemo(
    () => projectorSnapshot(slides, n, route, docId, timer),
    [slides, n, route, docId, timer],
  );
  const speakers = useProjectorLink(snapshot, run);
  const showNotes = notesChoice ?? speakers === 0;

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  }, []);

  useEffect(() => {
    try {
      sessionStorage.setItem(TIMER_KEY, JSON.stringify(timer));
    } catch {
      // no storage: the timer lives as long as the page
    }
  }, [timer]);
  useEffect(
    () => () => {
      try {
        sessionStorage.removeItem(TIMER_KEY);
      } catch {
        // nothing stored
      }
    },
    [],
  );

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
        <button type="button" aria-pressed={showNotes} onClick={() => setNotesChoice(!showNotes)}>
          备注
        </button>
        <button
          type="button"
          onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
        >
          全屏
        </button>
        <OpenSpeakerButton />
        <span className="speaker-link" role="status">
          {speakers > 0 ? '演讲者窗口已连接' : ''}
        </span>
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
