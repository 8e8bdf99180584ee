/**
 * The presenter's pure core: the clicker keys, stepping through a deck, the elapsed-time timer, and the messages the
 * projected window (the one whose URL carries `present=<n>`) and the presenter's window (`#/presenter/speaker`)
 * exchange. No DOM and no clock: times come in as arguments (ms since the epoch).
 *
 * A message from another window is untrusted data: `parseMessage` checks every field and rebuilds the message from
 * what it checked (never the object received), and answers null for anything else, so unknown or malformed messages
 * are ignored. The glue on top: presenter-channel.ts (BroadcastChannel, else `storage` events), presenter-bar.tsx
 * (the projected window) and speaker-window.tsx.
 *
 * Protocol. The projected window owns the slide and the timer; the presenter's window follows it and drives it:
 * - `hello` — a window joined. A projected window answers a presenter's window's hello with `state`; a presenter's
 *   window answers a projected window's hello with its own hello (so the projected window knows it is there).
 * - `state` — the projected window's snapshot: slide n of total, the current and next slide (title and hash), the
 *   document and the timer. Sent on every change and in answer to a hello.
 * - `command` — a key or button pressed in the presenter's window (next, previous, go to n, leave, timer), addressed
 *   to the projected window it follows; that window runs it as if pressed there, then sends its new `state`.
 * - `bye` — a window is closing (`closed`) or a projected window left the presentation (`exited`).
 */

// ---- Timer -------------------------------------------------------------------------------------------------------

/** The elapsed-time timer: what was counted before the current run, and when the current run began. */
export interface TimerState {
  /** Milliseconds counted before `runningSince`. */
  readonly elapsedMs: number;
  /** When the current run began (ms since the epoch), or null while paused. */
  readonly runningSince: number | null;
}

export type TimerAction = 'pause' | 'resume' | 'reset';

/** A timer that starts counting at `now`. */
export const runningTimer = (now: number): TimerState => ({ elapsedMs: 0, runningSince: now });

/** A paused timer at 00:00. */
export const PAUSED_TIMER: TimerState = { elapsedMs: 0, runningSince: null };

/** Milliseconds counted by `now` (never negative, even if the clock went back). */
export function elapsedAt(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

/** Pause and resume are idempotent (two windows pressing pause agree); reset goes to 00:00 and keeps running or not. */
export function applyTimerAction(timer: TimerState, action: TimerAction, now: number): TimerState {
  switch (action) {
    case 'pause':
      return timer.runningSince === null ? timer : { elapsedMs: elapsedAt(timer, now), runningSince: null };
    case 'resume':
      return timer.runningSince === null ? { elapsedMs: timer.elapsedMs, runningSince: now } : timer;
    case 'reset':
      return { elapsedMs: 0, runningSince: timer.runningSince === null ? null : now };
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `mm:ss` of whole seconds (minutes go past 59: `75:03`); negative or non-finite input reads 00:00. */
export function formatElapsed(ms: number): string {
  const s = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  return `${pad2(Math.floor(s / 60))}:${pad2(s % 60)}`;
}

/** `HH:MM`, 24-hour, of a local time. */
export function formatClock(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

// ---- Commands and keys -------------------------------------------------------------------------------------------

export type Command =
  | { readonly kind: 'next' }
  | { readonly kind: 'prev' }
  | { readonly kind: 'first' }
  | { readonly kind: 'last' }
  | { readonly kind: 'goto'; readonly n: number }
  | { readonly kind: 'exit' }
  | { readonly kind: 'timer'; readonly action: TimerAction };

/** The slide (1-based, within 1…total) a slide command leads to from slide `n`; null for other commands. */
export function targetSlide(command: Command, n: number, total: number): number | null {
  if (total < 1) return null;
  const clamp = (k: number): number => Math.min(Math.max(1, k), total);
  switch (command.kind) {
    case 'next':
      return clamp(n + 1);
    case 'prev':
      return clamp(n - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'goto':
      return clamp(command.n);
    default:
      return null;
  }
}

/** Where a key was pressed: in a text field (keys are its own), on a button or link, or on the page. */
export type KeyTarget = 'text' | 'control' | 'page';

export interface KeyInput {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly target: KeyTarget;
}

export interface KeyResult {
  readonly command: Command | null;
  /** The digits typed so far (a number then Enter goes to that slide). */
  readonly typed: string;
  /** Whether the key was the presenter's (the caller then prevents its default). */
  readonly handled: boolean;
}

/**
 * The keys presentation clickers send, the same in both windows: → PageDown Space next; ← PageUp previous; Home
 * and End the first and last slide; a number then Enter goes to that slide; Escape leaves. Keys typed into a text
 * field and keys with Alt, Ctrl or Meta are not the presenter's. On a focused button or link, Space and Enter
 * (without a number typed) press it, as the keyboard expects.
 */
export function readKey(input: KeyInput, typed: string): KeyResult {
  const none: KeyResult = { command: null, typed, handled: false };
  if (input.target === 'text' || input.altKey || input.ctrlKey || input.metaKey) return none;
  const run = (command: Command): KeyResult => ({ command, typed: '', handled: true });
  switch (input.key) {
    case 'ArrowRight':
    case 'PageDown':
      return run({ kind: 'next' });
    case ' ':
      return input.target === 'control' ? none : run({ kind: 'next' });
    case 'ArrowLeft':
    case 'PageUp':
      return run({ kind: 'prev' });
    case 'Home':
      return run({ kind: 'first' });
    case 'End':
      return run({ kind: 'last' });
    case 'Escape':
      return run({ kind: 'exit' });
    case 'Enter':
      return typed === '' ? none : run({ kind: 'goto', n: Number(typed) });
    default:
      return /^\d$/.test(input.key)
        ? { command: null, typed: (typed + input.key).slice(-3), handled: true }
        : none;
  }
}

/** Slide n of total and the timer: what a command changes. */
export interface PresentationPosition {
  readonly n: number;
  readonly total: number;
  readonly timer: TimerState;
}

/** The position after `command` at `now`, and whether it leaves the presentation. */
export function applyCommand(
  position: PresentationPosition,
  command: Command,
  now: number,
): PresentationPosition & { readonly exit: boolean } {
  if (command.kind === 'exit') return { ...position, exit: true };
  if (command.kind === 'timer')
    return { ...position, timer: applyTimerAction(position.timer, command.action, now), exit: false };
  return { ...position, n: targetSlide(command, position.n, position.total) ?? position.n, exit: false };
}

// ---- Messages ----------------------------------------------------------------------------------------------------

/** The BroadcastChannel name (and the `storage` fallback's key prefix): scoped to the app. */
export const CHANNEL_NAME = 'juesuan-dashboard/presenter';
/** Every message carries this tag and version; anything else is ignored. */
export const MESSAGE_APP = 'juesuan-presenter';
export const MESSAGE_VERSION = 1;

export type Role = 'projector' | 'speaker';

/** A slide as the other window needs it: its title and its hash (the view and its state, with its unit). */
export interface SlideRef {
  readonly title: string;
  readonly hash: string;
}

/** What the projected window shows: the presenter's window renders from this alone. */
export interface Snapshot {
  readonly n: number;
  readonly total: number;
  /** The active document's id. */
  readonly doc: string;
  readonly current: SlideRef;
  readonly next: SlideRef | null;
  readonly timer: TimerState;
}

export type Message =
  | { readonly type: 'hello'; readonly from: string; readonly role: Role }
  | { readonly type: 'state'; readonly from: string; readonly snapshot: Snapshot }
  | { readonly type: 'command'; readonly from: string; readonly to: string | null; readonly command: Command }
  | {
      readonly type: 'bye';
      readonly from: string;
      readonly role: Role;
      readonly reason: 'closed' | 'exited';
    };

/** A message as sent: tagged with the app and the protocol version. */
export type WireMessage = Message & { readonly app: typeof MESSAGE_APP; readonly v: typeof MESSAGE_VERSION };

export const toWire = (message: Message): WireMessage => ({
  app: MESSAGE_APP,
  v: MESSAGE_VERSION,
  ...message,
});

/** Limits a valid message stays within (a deck, a title, a hash, a window id). */
export const LIMITS = {
  slides: 999,
  title: 300,
  hash: 2000,
  doc: 200,
  /** About three years, in ms. */
  elapsedMs: 1e11,
  /** Year 5138, in ms since the epoch. */
  time: 1e14,
} as const;

type Fields = Readonly<Record<string, unknown>>;

/** The object's own fields, or null when it is not a plain object (arrays, null, primitives). */
function fields(value: unknown): Fields | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Fields;
}

/** An own field's value (inherited ones, `__proto__` tricks included, read as absent). */
function own(obj: Fields, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

const isWindowId = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{1,64}$/.test(v);
const isRole = (v: unknown): v is Role => v === 'projector' || v === 'speaker';
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isTime = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;

function parseSlideRef(value: unknown): SlideRef | null {
  const o = fields(value);
  if (!o) return null;
  const title = own(o, 'title');
  const hash = own(o, 'hash');
  if (!isText(title, LIMITS.title) || !isText(hash, LIMITS.hash) || !hash.startsWith('#/')) return null;
  return { title, hash };
}

function parseTimer(value: unknown): TimerState | null {
  const o = fields(value);
  if (!o) return null;
  const elapsedMs = own(o, 'elapsedMs');
  const runningSince = own(o, 'runningSince');
  if (!isTime(elapsedMs, LIMITS.elapsedMs)) return null;
  if (runningSince !== null && !isTime(runningSince, LIMITS.time)) return null;
  return { elapsedMs, runningSince };
}

function parseSnapshot(value: unknown): Snapshot | null {
  const o = fields(value);
  if (!o) return null;
  const total = own(o, 'total');
  const n = own(o, 'n');
  const doc = own(o, 'doc');
  if (!isInt(total, 1, LIMITS.slides) || !isInt(n, 1, total) || !isText(doc, LIMITS.doc)) return null;
  const current = parseSlideRef(own(o, 'current'));
  const rawNext = own(o, 'next');
  const next = rawNext === null ? null : parseSlideRef(rawNext);
  const timer = parseTimer(own(o, 'timer'));
  if (!current || (rawNext !== null && !next) || !timer) return null;
  return { n, total, doc, current, next, timer };
}

const SIMPLE_COMMANDS = ['next', 'prev', 'first', 'last', 'exit'] as const;
const TIMER_ACTIONS: readonly TimerAction[] = ['pause', 'resume', 'reset'];

function parseCommand(value: unknown): Command | null {
  const o = fields(value);
  if (!o) return null;
  const kind = own(o, 'kind');
  const simple = SIMPLE_COMMANDS.find((k) => k === kind);
  if (simple) return { kind: simple };
  if (kind === 'goto') {
    const n = own(o, 'n');
    return isInt(n, 0, LIMITS.slides) ? { kind, n } : null;
  }
  if (kind === 'timer') {
    const action = TIMER_ACTIONS.find((a) => a === own(o, 'action'));
    return action ? { kind, action } : null;
  }
  return null;
}

/**
 * The message `data` carries, rebuilt from its checked fields, or null when it is not one of ours (another app's,
 * another version, an unknown type, a field of the wrong type or out of range). Never throws.
 */
export function parseMessage(data: unknown): Message | null {
  const o = fields(data);
  if (!o || own(o, 'app') !== MESSAGE_APP || own(o, 'v') !== MESSAGE_VERSION) return null;
  const from = own(o, 'from');
  if (!isWindowId(from)) return null;
  switch (own(o, 'type')) {
    case 'hello': {
      const role = own(o, 'role');
      return isRole(role) ? { type: 'hello', from, role } : null;
    }
    case 'state': {
      const snapshot = parseSnapshot(own(o, 'snapshot'));
      return snapshot ? { type: 'state', from, snapshot } : null;
    }
    case 'command': {
      const to = own(o, 'to');
      const command = parseCommand(own(o, 'command'));
      if (!command || (to !== null && !isWindowId(to))) return null;
      return { type: 'command', from, to, command };
    }
    case 'bye': {
      const role = own(o, 'role');
      const reason = own(o, 'reason');
      if (!isRole(role) || (reason !== 'closed' && reason !== 'exited')) return null;
      return { type: 'bye', from, role, reason };
    }
    default:
      return null;
  }
}

// ---- The projected window's side ---------------------------------------------------------------------------------

/** The presenter's windows that said hello (and not yet bye) to this projected window. */
export interface ProjectorLink {
  readonly speakers: readonly string[];
}

export const NO_SPEAKERS: ProjectorLink = { speakers: [] };

export type ProjectorEffect =
  { readonly kind: 'send-state' } | { readonly kind: 'run'; readonly command: Command };

/** What a projected window (id `self`) does with a message: answer with its state, or run a command. */
export function projectorReceive(
  link: ProjectorLink,
  message: Message,
  self: string,
): { readonly link: ProjectorLink; readonly effects: readonly ProjectorEffect[] } {
  if (message.from === self) return { link, effects: [] };
  switch (message.type) {
    case 'hello':
      if (message.role !== 'speaker') return { link, effects: [] };
      return {
        link: link.speakers.includes(message.from) ? link : { speakers: [...link.speakers, message.from] },
        effects: [{ kind: 'send-state' }],
      };
    case 'bye':
      return message.role === 'speaker'
        ? { link: { speakers: link.speakers.filter((s) => s !== message.from) }, effects: [] }
        : { link, effects: [] };
    case 'command':
      return message.to === null || message.to === self
        ? { link, effects: [{ kind: 'run', command: message.command }] }
        : { link, effects: [] };
    default:
      return { link, effects: [] };
  }
}

// ---- The presenter's window's side -------------------------------------------------------------------------------

/**
 * `waiting`: no projected window yet; `connected`: following one; `ended` / `closed`: the one followed left the
 * presentation or closed. Whenever not connected, the presenter's window steps through its own deck by itself.
 */
export type SpeakerLink = 'waiting' | 'connected' | 'ended' | 'closed';

export interface SpeakerState {
  readonly link: SpeakerLink;
  /** The id of the projected window followed, while connected. */
  readonly projector: string | null;
  /** The slide shown: the projected window's while connected, else this window's own. */
  readonly n: number;
  /** The projected window's last snapshot (null before the first). */
  readonly remote: Snapshot | null;
  readonly timer: TimerState;
}

export const INITIAL_SPEAKER: SpeakerState = {
  link: 'waiting',
  projector: null,
  n: 1,
  remote: null,
  timer: PAUSED_TIMER,
};

export type SpeakerEvent =
  | { readonly type: 'received'; readonly message: Message }
  /** A key or button in this window; `total` is this window's own deck length (used while not connected). */
  | { readonly type: 'command'; readonly command: Command; readonly total: number; readonly now: number };

/** The presenter's window's state machine: the new state and the messages to send. Pure. */
export function speakerStep(
  state: SpeakerState,
  event: SpeakerEvent,
  self: string,
): { readonly state: SpeakerState; readonly send: readonly Message[] } {
  if (event.type === 'command') {
    if (state.link === 'connected') {
      return {
        state,
        send: [{ type: 'command', from: self, to: state.projector, command: event.command }],
      };
    }
    // By itself: its own deck and timer; leaving has nothing to leave.
    const next = applyCommand(
      { n: state.n, total: event.total, timer: state.timer },
      event.command,
      event.now,
    );
    return { state: { ...state, n: next.n, timer: next.timer }, send: [] };
  }
  const m = event.message;
  if (m.from === self) return { state, send: [] };
  switch (m.type) {
    case 'state':
      return {
        state: {
          link: 'connected',
          projector: m.from,
          n: m.snapshot.n,
          remote: m.snapshot,
          timer: m.snapshot.timer,
        },
        send: [],
      };
    case 'hello':
      return m.role === 'projector'
        ? { state, send: [{ type: 'hello', from: self, role: 'speaker' }] }
        : { state, send: [] };
    case 'bye':
      return m.role === 'projector' && m.from === state.projector
        ? { state: { ...state, link: m.reason === 'exited' ? 'ended' : 'closed', projector: null }, send: [] }
        : { state, send: [] };
    default:
      return { state, send: [] };
  }
}
