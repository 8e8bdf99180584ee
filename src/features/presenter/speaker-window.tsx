/**
 * The presenter's window (`#/presenter/speaker`, opened by 「打开演讲者窗口」): the current slide's number, title and
 * preview, its speaker notes (in the slide's own unit), the next slide's title and preview, the elapsed time (pause,
 * resume, reset) and the time of day. It follows the projected window (the one presenting, `present=<n>` in its
 * URL) over the presenter channel, and the clicker keys pressed here drive it (`speakerStep` in presenter-core.ts).
 * While no projected window is connected it steps through its own deck by itself, and says so.
 *
 * The previews are the slides' own views, rendered by the app (`preview`, through RouteScope: each with its own route
 * and unit), scaled down, clipped and inert (neither focusable nor in the accessibility tree; the titles and notes
 * say what they show).
 */
import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { speakerNotes } from '@/domain/speaker-notes';
import { useDashboardStore } from '@/store';
import { getAuditReport } from '@/store/audit-selectors';
import type { Route } from '@/store/route';
import { parseHash, withParams } from '@/store/route';
import { RouteOverrideContext, useDisplayUnit, useRoute } from '@/store/route-context';
import { selectActiveAccounts, selectActiveId, selectRoute } from '@/store/selectors';

import { plainRoute, presentedRoute } from './deck';
import type { PresenterChannel } from './presenter-channel';
import { newWindowId, openPresenterChannel, transportOf } from './presenter-channel';
import type { Command, SpeakerEvent, SpeakerLink, TimerState } from './presenter-core';
import { elapsedAt, formatClock, formatElapsed, INITIAL_SPEAKER, speakerStep } from './presenter-core';
import { usePresenterKeys } from './use-presenter-keys';
import { useDeck } from './use-deck';

import './presenter.css';

export interface SpeakerWindowProps {
  /** A slide's view as if its route were the URL's (the app renders it through RouteScope). */
  readonly preview: (route: Route) => ReactNode;
}

const LINK_TEXT: Readonly<Record<SpeakerLink, string>> = {
  connected: '已与放映窗口同步：在这里或放映窗口翻页，两个窗口一起翻。',
  waiting: '尚未连接放映窗口：在原窗口开始演示即自动同步。现在翻页只改变本窗口。',
  ended: '放映窗口已退出演示。现在翻页只改变本窗口。',
  closed: '放映窗口已关闭。现在翻页只改变本窗口。',
};

/**
 * The time now, refreshed when the elapsed time reaches its next whole second (so the display turns over on the
 * second, and a test's fake clock lands on it exactly), and at least every second for the time of day.
 */
function useTicker(timer: TimerState): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let id: ReturnType<typeof setTimeout>;
    const schedule = (): void => {
      const ms = elapsedAt(timer, Date.now()) % 1000;
      id = setTimeout(
        () => {
          setNow(Date.now());
          schedule();
        },
        timer.runningSince === null ? 1000 : 1000 - ms,
      );
    };
    schedule();
    return () => clearTimeout(id);
  }, [timer]);
  return now;
}

/** Elapsed time and the time of day; re-renders each second (only itself). */
function Clocks({ timer }: { readonly timer: TimerState }) {
  const now = useTicker(timer);
  return (
    <>
      <span className="speaker-elapsed">
        <span className="speaker-label">已用</span>{' '}
        <span role="timer" aria-label="已用时间" data-testid="speaker-elapsed">
          {formatElapsed(elapsedAt(timer, now))}
        </span>
        {timer.runningSince === null ? <span className="speaker-paused">（已暂停）</span> : null}
      </span>
      <span className="speaker-clock">
        <span className="speaker-label">现在</span>{' '}
        <time data-testid="speaker-clock">{formatClock(new Date(now))}</time>
      </span>
    </>
  );
}

/** The notes of the slide whose route is in effect, in that route's display unit (the one unit source). */
function SlideNotes() {
  const route = useRoute();
  const unit = useDisplayUnit();
  const accounts = useDashboardStore(selectActiveAccounts);
  const notes = useMemo(
    () => (accounts ? speakerNotes(accounts, getAuditReport(accounts), route, unit) : []),
    [accounts, route, unit],
  );
  if (notes.length === 0) return <p className="note">这张幻灯片没有备注。</p>;
  return (
    <ul className="speaker-notes-list" data-testid="speaker-notes-text">
      {notes.map((t) => (
        <li key={t}>{t}</li>
      ))}
    </ul>
  );
}

/**
 * A slide's view, laid out as wide as a screen (presenter.css: 71rem, so the type keeps its proportions when the
 * window's root size grows) and scaled to the width of its box; clipped, inert.
 */
function SlidePreview({ children, className }: { readonly children: ReactNode; readonly className: string }) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      const laidOut = frame.current?.offsetWidth ?? 0; // the layout width: transforms do not change it
      if (width > 0 && laidOut > 0) setScale(width / laidOut);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className={`slide-preview ${className}`} ref={box}>
      <div className="slide-preview-frame" ref={frame} inert style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}

interface ShownSlide {
  readonly title: string;
  readonly route: Route;
}

export default function SpeakerWindow({ preview }: SpeakerWindowProps) {
  const ownRoute = useDashboardStore(selectRoute);
  const activeId = useDashboardStore(selectActiveId);
  const { slides } = useDeck();
  const [self] = useState(newWindowId);
  const transport = useMemo(() => transportOf(window), []);
  const [state, setState] = useState(INITIAL_SPEAKER);
  const stateRef = useRef(state);
  const channel = useRef<PresenterChannel | null>(null);

  const dispatch = useCallback(
    (event: SpeakerEvent): void => {
      const step = speakerStep(stateRef.current, event, self);
      stateRef.current = step.state;
      setState(step.state);
      for (const m of step.send) channel.current?.post(m);
    },
    [self],
  );

  useEffect(() => {
    const open = openPresenterChannel((message) => dispatch({ type: 'received', message }));
    channel.current = open;
    open.post({ type: 'hello', from: self, role: 'speaker' });
    const onPageHide = (): void => open.post({ type: 'bye', from: self, role: 'speaker', reason: 'closed' });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      open.post({ type: 'bye', from: self, role: 'speaker', reason: 'closed' });
      open.close();
      channel.current = null;
    };
  }, [dispatch, self]);

  const command = (c: Command): void =>
    dispatch({ type: 'command', command: c, total: slides.length, now: Date.now() });
  usePresenterKeys(command);

  // A drill-down slide's preview listens for Backspace on the page (one level up): here it would move this window
  // away from the presenter's view, so the key stops at the window.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Backspace' && (e.target === document.body || e.target === document.documentElement))
        e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(() => {
    const root = document.documentElement;
    const title = document.title;
    root.classList.add('speaker-window');
    document.title = '演讲者窗口 · 决算看板';
    return () => {
      root.classList.remove('speaker-window');
      document.title = title;
    };
  }, []);

  const remote = state.link === 'connected' ? state.remote : null;
  // The document the projected window shows becomes this window's (its URL's doc=, so a reload keeps it).
  const remoteDoc = remote?.doc ?? '';
  useEffect(() => {
    if (remoteDoc === '' || remoteDoc === activeId) return;
    const s = useDashboardStore.getState();
    if (s.documents.some((d) => d.id === remoteDoc))
      s.navigate(withParams(s.route, { doc: remoteDoc }), { replace: true });
  }, [remoteDoc, activeId]);

  const total = remote ? remote.total : slides.length;
  const n = Math.min(Math.max(1, state.n), Math.max(1, total));
  const own = (k: number): ShownSlide | null => {
    const r = k >= 1 && k <= slides.length ? presentedRoute(slides, k, ownRoute) : null;
    const s = slides[k - 1];
    return r && s ? { title: s.title, route: plainRoute(r) } : null;
  };
  const current: ShownSlide | null = remote
    ? { title: remote.current.title, route: parseHash(remote.current.hash) }
    : own(n);
  const next: ShownSlide | null = remote
    ? remote.next && { title: remote.next.title, route: parseHash(remote.next.hash) }
    : own(n + 1);
  const timer = state.timer;
  const linkText =
    transport === 'none' ? '此浏览器不能在窗口之间传递消息：本窗口单独翻页。' : LINK_TEXT[state.link];

  return (
    <section className="speaker" aria-labelledby="speaker-h" data-link={state.link}>
      <div className="speaker-top">
        <h2 id="speaker-h">演讲者窗口</h2>
        <span className="speaker-no" data-testid="speaker-slide-number">
          第 {n} / {total} 张
        </span>
        <Clocks timer={timer} />
        <span className="speaker-timer-actions">
          {timer.runningSince === null ? (
            <button type="button" onClick={() => command({ kind: 'timer', action: 'resume' })}>
              {elapsedAt(timer, 0) === 0 ? '开始计时' : '继续计时'}
            </button>
          ) : (
            <button type="button" onClick={() => command({ kind: 'timer', action: 'pause' })}>
              暂停计时
            </button>
          )}
          <button type="button" onClick={() => command({ kind: 'timer', action: 'reset' })}>
            计时归零
          </button>
        </span>
      </div>
      <p className="speaker-status" role="status" data-testid="speaker-status">
        {linkText}
      </p>
      <p className="visually-hidden" role="status">
        {current ? `第 ${n} / ${total} 张：${current.title}` : ''}
      </p>

      <section className="speaker-current" aria-labelledby="speaker-current-h">
        <h3 id="speaker-current-h">
          <span className="speaker-label">当前</span>{' '}
          <span data-testid="speaker-current-title">{current?.title ?? '（无幻灯片）'}</span>
        </h3>
        {current ? <SlidePreview className="current">{preview(current.route)}</SlidePreview> : null}
      </section>

      <section className="speaker-notes-panel" aria-labelledby="speaker-notes-h">
        <h3 id="speaker-notes-h">备注</h3>
        {current ? (
          <RouteOverrideContext.Provider value={current.route}>
            <SlideNotes />
          </RouteOverrideContext.Provider>
        ) : null}
      </section>

      <section className="speaker-next" aria-labelledby="speaker-next-h">
        <h3 id="speaker-next-h">
          <span className="speaker-label">下一张</span>{' '}
          <span data-testid="speaker-next-title">
            {next ? `第 ${n + 1} 张：${next.title}` : '（已是最后一张）'}
          </span>
        </h3>
        {next ? <SlidePreview className="next">{preview(next.route)}</SlidePreview> : null}
      </section>

      <div className="speaker-controls" role="group" aria-label="翻页">
        <button type="button" onClick={() => command({ kind: 'prev' })} disabled={n <= 1}>
          ← 上一张
        </button>
        <button type="button" onClick={() => command({ kind: 'next' })} disabled={n >= total}>
          下一张 →
        </button>
        {remote ? (
          <button type="button" onClick={() => command({ kind: 'exit' })}>
            结束演示
          </button>
        ) : null}
        <p className="note speaker-keys">
          → / PageDown / 空格 下一张，← / PageUp 上一张，Home / End 首末张，数字后按 Enter 跳转，Esc
          结束演示；在这里按键，放映窗口同步翻页。
        </p>
      </div>
    </section>
  );
}
