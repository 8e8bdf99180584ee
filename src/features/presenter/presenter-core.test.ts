import { describe, expect, it } from 'vitest';

import type { Command, KeyInput, Message, Snapshot, SpeakerState } from './presenter-core';
import {
  applyCommand,
  applyTimerAction,
  elapsedAt,
  formatClock,
  formatElapsed,
  INITIAL_SPEAKER,
  LIMITS,
  MESSAGE_APP,
  NO_SPEAKERS,
  parseMessage,
  PAUSED_TIMER,
  projectorReceive,
  readKey,
  runningTimer,
  speakerStep,
  targetSlide,
  toWire,
} from './presenter-core';

const T0 = 1_716_190_200_000; // 2024-05-20T07:30:00Z

describe('timer', () => {
  it('counts from the start, pauses, resumes and resets', () => {
    let t = runningTimer(T0);
    expect(elapsedAt(t, T0 + 65_000)).toBe(65_000);
    t = applyTimerAction(t, 'pause', T0 + 65_000);
    expect(t).toEqual({ elapsedMs: 65_000, runningSince: null });
    expect(elapsedAt(t, T0 + 999_000)).toBe(65_000);
    t = applyTimerAction(t, 'resume', T0 + 100_000);
    expect(elapsedAt(t, T0 + 105_000)).toBe(70_000);
    t = applyTimerAction(t, 'reset', T0 + 105_000);
    expect(t).toEqual({ elapsedMs: 0, runningSince: T0 + 105_000 });
    expect(applyTimerAction(PAUSED_TIMER, 'reset', T0)).toEqual(PAUSED_TIMER);
  });

  it('pause and resume are idempotent (two windows pressing the same button agree)', () => {
    const running = runningTimer(T0);
    expect(applyTimerAction(running, 'resume', T0 + 5_000)).toBe(running);
    const paused = applyTimerAction(running, 'pause', T0 + 5_000);
    expect(applyTimerAction(paused, 'pause', T0 + 9_000)).toBe(paused);
  });

  it('never counts backwards when the clock goes back', () => {
    expect(elapsedAt({ elapsedMs: 3_000, runningSince: T0 }, T0 - 60_000)).toBe(3_000);
  });

  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [65_000, '01:05'],
    [59 * 60_000 + 59_999, '59:59'],
    [75 * 60_000 + 3_000, '75:03'],
    [-5_000, '00:00'],
    [Number.NaN, '00:00'],
  ])('formatElapsed(%d) = %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('formats the time of day as HH:MM, 24-hour', () => {
    expect(formatClock(new Date(2024, 4, 20, 9, 5, 59))).toBe('09:05');
    expect(formatClock(new Date(2024, 4, 20, 21, 30))).toBe('21:30');
  });
});

describe('commands and keys', () => {
  it.each<[Command, number, number, number | null]>([
    [{ kind: 'next' }, 3, 7, 4],
    [{ kind: 'next' }, 7, 7, 7],
    [{ kind: 'prev' }, 1, 7, 1],
    [{ kind: 'prev' }, 3, 7, 2],
    [{ kind: 'first' }, 5, 7, 1],
    [{ kind: 'last' }, 2, 7, 7],
    [{ kind: 'goto', n: 6 }, 1, 7, 6],
    [{ kind: 'goto', n: 60 }, 1, 7, 7],
    [{ kind: 'goto', n: 0 }, 4, 7, 1],
    [{ kind: 'exit' }, 4, 7, null],
    [{ kind: 'timer', action: 'pause' }, 4, 7, null],
    [{ kind: 'next' }, 1, 0, null],
  ])('targetSlide(%j) from %d of %d = %s', (command, n, total, target) => {
    expect(targetSlide(command, n, total)).toBe(target);
  });

  const key = (k: string, target: KeyInput['target'] = 'page', mods: Partial<KeyInput> = {}): KeyInput => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target,
    ...mods,
  });

  it.each<[string, Command]>([
    ['ArrowRight', { kind: 'next' }],
    ['PageDown', { kind: 'next' }],
    [' ', { kind: 'next' }],
    ['ArrowLeft', { kind: 'prev' }],
    ['PageUp', { kind: 'prev' }],
    ['Home', { kind: 'first' }],
    ['End', { kind: 'last' }],
    ['Escape', { kind: 'exit' }],
  ])('the clicker key %j is %j', (k, command) => {
    expect(readKey(key(k), '')).toEqual({ command, typed: '', handled: true });
  });

  it('a number then Enter goes to that slide (the last three digits count)', () => {
    let r = readKey(key('1'), '');
    expect(r).toEqual({ command: null, typed: '1', handled: true });
    r = readKey(key('2'), r.typed);
    expect(readKey(key('Enter'), r.typed)).toEqual({
      command: { kind: 'goto', n: 12 },
      typed: '',
      handled: true,
    });
    expect(readKey(key('9'), '123').typed).toBe('239');
    // Another key forgets the digits.
    expect(readKey(key('ArrowRight'), '12').typed).toBe('');
  });

  it('leaves text fields, modified keys, and Space/Enter on a focused button alone', () => {
    const none = { command: null, typed: '4', handled: false };
    expect(readKey(key('ArrowRight', 'text'), '4')).toEqual(none);
    expect(readKey(key('ArrowRight', 'page', { ctrlKey: true }), '4')).toEqual(none);
    expect(readKey(key('ArrowRight', 'page', { altKey: true }), '4')).toEqual(none);
    expect(readKey(key('ArrowRight', 'page', { metaKey: true }), '4')).toEqual(none);
    expect(readKey(key(' ', 'control'), '4')).toEqual(none);
    expect(readKey(key('Enter', 'control'), '')).toEqual({ command: null, typed: '', handled: false });
    expect(readKey(key('Enter', 'page'), '')).toEqual({ command: null, typed: '', handled: false });
    expect(readKey(key('a'), '4')).toEqual(none);
    // The arrows still page from a button (a clicker's keys after a mouse click on one).
    expect(readKey(key('PageDown', 'control'), '').command).toEqual({ kind: 'next' });
  });

  it('applies slide and timer commands to a position', () => {
    const timer = runningTimer(T0);
    expect(applyCommand({ n: 2, total: 7, timer }, { kind: 'next' }, T0)).toEqual({
      n: 3,
      total: 7,
      timer,
      exit: false,
    });
    expect(applyCommand({ n: 2, total: 7, timer }, { kind: 'exit' }, T0).exit).toBe(true);
    const paused = applyCommand({ n: 2, total: 7, timer }, { kind: 'timer', action: 'pause' }, T0 + 4_000);
    expect(paused).toEqual({ n: 2, total: 7, timer: { elapsedMs: 4_000, runningSince: null }, exit: false });
  });
});

const snapshot: Snapshot = {
  n: 2,
  total: 7,
  doc: 'reference',
  current: { title: '科目钻取：功能分类 201', hash: '#/drill?mode=function&present=2&trail=201' },
  next: { title: '科目钻取：预算与决算', hash: '#/drill?mode=budget' },
  timer: { elapsedMs: 0, runningSince: T0 },
};

const valid: readonly Message[] = [
  { type: 'hello', from: 'a1', role: 'speaker' },
  { type: 'hello', from: 'p-1', role: 'projector' },
  { type: 'state', from: 'p1', snapshot },
  { type: 'state', from: 'p1', snapshot: { ...snapshot, n: 7, next: null } },
  { type: 'command', from: 's1', to: 'p1', command: { kind: 'next' } },
  { type: 'command', from: 's1', to: null, command: { kind: 'goto', n: 12 } },
  { type: 'command', from: 's1', to: 'p1', command: { kind: 'timer', action: 'reset' } },
  { type: 'bye', from: 'p1', role: 'projector', reason: 'exited' },
  { type: 'bye', from: 's1', role: 'speaker', reason: 'closed' },
];

describe('parseMessage', () => {
  it.each(valid.map((m) => [m.type, m] as const))('reads back a %s message as sent', (_type, message) => {
    expect(parseMessage(toWire(message))).toEqual(message);
    // Through JSON too (the storage fallback).
    expect(parseMessage(JSON.parse(JSON.stringify(toWire(message))))).toEqual(message);
  });

  it('rebuilds the message from its checked fields: extra fields do not come along', () => {
    const wire = { ...toWire(valid[4] as Message), extra: '<script>', command: { kind: 'next', evil: 1 } };
    const parsed = parseMessage(wire);
    expect(parsed).toEqual(valid[4]);
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed && parsed.type === 'command' ? parsed.command : null).not.toHaveProperty('evil');
  });

  const wireState = toWire({ type: 'state', from: 'p1', snapshot });
  const withSnapshot = (changes: Record<string, unknown>): unknown => ({
    ...wireState,
    snapshot: { ...snapshot, ...changes },
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [toWire(valid[0] as Message)]],
    ['another app', { ...toWire(valid[0] as Message), app: 'other' }],
    ['no app tag', { v: 1, type: 'hello', from: 'a1', role: 'speaker' }],
    ['another version', { ...toWire(valid[0] as Message), v: 2 }],
    ['an unknown type', { ...toWire(valid[0] as Message), type: 'reload' }],
    ['no sender', { app: MESSAGE_APP, v: 1, type: 'hello', role: 'speaker' }],
    ['a sender id with markup', { ...toWire(valid[0] as Message), from: '<img src=x>' }],
    ['a sender id too long', { ...toWire(valid[0] as Message), from: 'a'.repeat(65) }],
    ['an unknown role', { ...toWire(valid[0] as Message), role: 'admin' }],
    ['a state without snapshot', { ...wireState, snapshot: undefined }],
    ['slide 0', withSnapshot({ n: 0 })],
    ['a slide past the end', withSnapshot({ n: 8 })],
    ['a fractional slide', withSnapshot({ n: 1.5 })],
    ['a slide as text', withSnapshot({ n: '2' })],
    ['a deck too long', withSnapshot({ total: LIMITS.slides + 1, n: 1 })],
    ['a hash that is not a route', withSnapshot({ current: { title: 'x', hash: 'https://example.org/' } })],
    ['a hash too long', withSnapshot({ current: { title: 'x', hash: `#/${'a'.repeat(LIMITS.hash)}` } })],
    [
      'a title too long',
      withSnapshot({ current: { title: 'x'.repeat(LIMITS.title + 1), hash: '#/overview' } }),
    ],
    ['a title that is not text', withSnapshot({ current: { title: 7, hash: '#/overview' } })],
    ['a next slide of the wrong shape', withSnapshot({ next: 'slide 3' })],
    ['no next field', withSnapshot({ next: undefined })],
    ['a negative elapsed time', withSnapshot({ timer: { elapsedMs: -1, runningSince: null } })],
    ['an infinite start', withSnapshot({ timer: { elapsedMs: 0, runningSince: Infinity } })],
    ['a timer without its start', withSnapshot({ timer: { elapsedMs: 0 } })],
    ['a document id that is not text', withSnapshot({ doc: 12 })],
    ['an unknown command', { ...toWire(valid[4] as Message), command: { kind: 'format-disk' } }],
    ['goto without a slide', { ...toWire(valid[4] as Message), command: { kind: 'goto' } }],
    ['goto to a huge slide', { ...toWire(valid[4] as Message), command: { kind: 'goto', n: 1e9 } }],
    [
      'an unknown timer action',
      { ...toWire(valid[4] as Message), command: { kind: 'timer', action: 'explode' } },
    ],
    ['a command to a malformed id', { ...toWire(valid[4] as Message), to: 12 }],
    ['a bye without reason', { app: MESSAGE_APP, v: 1, type: 'bye', from: 'p1', role: 'projector' }],
  ])('ignores %s', (_what, data) => {
    expect(parseMessage(data)).toBeNull();
  });

  it('reads only own fields: an inherited tag does not make a message ours', () => {
    const inherited = Object.create({
      app: MESSAGE_APP,
      v: 1,
      type: 'hello',
      from: 'a1',
      role: 'speaker',
    }) as object;
    expect(parseMessage(inherited)).toBeNull();
    const polluted = JSON.parse(
      '{"__proto__":{"app":"juesuan-presenter"},"v":1,"type":"hello","from":"a1","role":"speaker"}',
    ) as unknown;
    expect(parseMessage(polluted)).toBeNull();
    expect(({} as Record<string, unknown>)['app']).toBeUndefined();
  });
});

describe('the projected window', () => {
  it("answers a presenter's window's hello with its state and counts it until its bye", () => {
    const hello = projectorReceive(NO_SPEAKERS, { type: 'hello', from: 's1', role: 'speaker' }, 'p1');
    expect(hello).toEqual({ link: { speakers: ['s1'] }, effects: [{ kind: 'send-state' }] });
    const again = projectorReceive(hello.link, { type: 'hello', from: 's1', role: 'speaker' }, 'p1');
    expect(again.link).toBe(hello.link);
    const bye = projectorReceive(
      again.link,
      { type: 'bye', from: 's1', role: 'speaker', reason: 'closed' },
      'p1',
    );
    expect(bye).toEqual({ link: { speakers: [] }, effects: [] });
  });

  it('runs commands addressed to it (or to any projected window), not those for another', () => {
    const next: Command = { kind: 'next' };
    expect(
      projectorReceive(NO_SPEAKERS, { type: 'command', from: 's1', to: 'p1', command: next }, 'p1'),
    ).toEqual({
      link: NO_SPEAKERS,
      effects: [{ kind: 'run', command: next }],
    });
    expect(
      projectorReceive(NO_SPEAKERS, { type: 'command', from: 's1', to: null, command: next }, 'p1').effects,
    ).toEqual([{ kind: 'run', command: next }]);
    expect(
      projectorReceive(NO_SPEAKERS, { type: 'command', from: 's1', to: 'p2', command: next }, 'p1').effects,
    ).toEqual([]);
  });

  it("ignores another projected window's hello and state, and its own messages", () => {
    expect(
      projectorReceive(NO_SPEAKERS, { type: 'hello', from: 'p2', role: 'projector' }, 'p1').effects,
    ).toEqual([]);
    expect(projectorReceive(NO_SPEAKERS, { type: 'state', from: 'p2', snapshot }, 'p1').effects).toEqual([]);
    expect(
      projectorReceive(NO_SPEAKERS, { type: 'hello', from: 'p1', role: 'speaker' }, 'p1').effects,
    ).toEqual([]);
  });
});

describe("the presenter's window", () => {
  const receive = (state: SpeakerState, message: Message) =>
    speakerStep(state, { type: 'received', message }, 's1');
  const press = (state: SpeakerState, command: Command, total = 7, now = T0) =>
    speakerStep(state, { type: 'command', command, total, now }, 's1');

  it('follows the state of the projected window', () => {
    const { state, send } = receive(INITIAL_SPEAKER, { type: 'state', from: 'p1', snapshot });
    expect(send).toEqual([]);
    expect(state).toEqual({
      link: 'connected',
      projector: 'p1',
      n: 2,
      remote: snapshot,
      timer: snapshot.timer,
    });
  });

  it("answers a projected window's hello with its own (the projected window then sends its state)", () => {
    const { state, send } = receive(INITIAL_SPEAKER, { type: 'hello', from: 'p1', role: 'projector' });
    expect(state).toBe(INITIAL_SPEAKER);
    expect(send).toEqual([{ type: 'hello', from: 's1', role: 'speaker' }]);
    expect(receive(INITIAL_SPEAKER, { type: 'hello', from: 's2', role: 'speaker' }).send).toEqual([]);
  });

  it('while connected, sends its keys to the projected window and waits for its state', () => {
    const connected = receive(INITIAL_SPEAKER, { type: 'state', from: 'p1', snapshot }).state;
    const { state, send } = press(connected, { kind: 'next' });
    expect(state).toBe(connected);
    expect(send).toEqual([{ type: 'command', from: 's1', to: 'p1', command: { kind: 'next' } }]);
    expect(press(connected, { kind: 'timer', action: 'pause' }).send).toEqual([
      { type: 'command', from: 's1', to: 'p1', command: { kind: 'timer', action: 'pause' } },
    ]);
  });

  it('when not connected, steps through its own deck and runs its own timer', () => {
    let s = press(INITIAL_SPEAKER, { kind: 'last' }, 5).state;
    expect(s.n).toBe(5);
    s = press(s, { kind: 'prev' }, 5).state;
    expect(s.n).toBe(4);
    s = press(s, { kind: 'timer', action: 'resume' }, 5, T0).state;
    expect(elapsedAt(s.timer, T0 + 3_000)).toBe(3_000);
    const exit = press(s, { kind: 'exit' }, 5);
    expect(exit).toEqual({ state: s, send: [] });
  });

  it('goes on by itself from where it was when the projected window leaves or closes', () => {
    const connected = receive(INITIAL_SPEAKER, { type: 'state', from: 'p1', snapshot }).state;
    const ended = receive(connected, { type: 'bye', from: 'p1', role: 'projector', reason: 'exited' }).state;
    expect(ended).toMatchObject({ link: 'ended', projector: null, n: 2, timer: snapshot.timer });
    const closed = receive(connected, { type: 'bye', from: 'p1', role: 'projector', reason: 'closed' }).state;
    expect(closed.link).toBe('closed');
    expect(press(closed, { kind: 'next' }).state.n).toBe(3);
    // Another window's bye changes nothing.
    expect(receive(connected, { type: 'bye', from: 'p2', role: 'projector', reason: 'closed' }).state).toBe(
      connected,
    );
  });

  it('follows the projected window that spoke last, and a projected window that comes back', () => {
    const first = receive(INITIAL_SPEAKER, { type: 'state', from: 'p1', snapshot }).state;
    const second = receive(first, { type: 'state', from: 'p2', snapshot: { ...snapshot, n: 5 } }).state;
    expect(second).toMatchObject({ link: 'connected', projector: 'p2', n: 5 });
    const closed = receive(second, { type: 'bye', from: 'p2', role: 'projector', reason: 'closed' }).state;
    expect(receive(closed, { type: 'state', from: 'p3', snapshot }).state.link).toBe('connected');
  });

  it('ignores commands (only a projected window runs them) and its own messages', () => {
    const connected = receive(INITIAL_SPEAKER, { type: 'state', from: 'p1', snapshot }).state;
    const cmd = receive(connected, { type: 'command', from: 's2', to: null, command: { kind: 'next' } });
    expect(cmd).toEqual({ state: connected, send: [] });
    expect(receive(INITIAL_SPEAKER, { type: 'state', from: 's1', snapshot }).state).toBe(INITIAL_SPEAKER);
  });
});
