/**
 * The wire between the projected window and the presenter's window: same origin, same machine, nothing leaves it.
 *
 * - `BroadcastChannel` (named `CHANNEL_NAME`) where the browser has it. Chromium delivers it between two pages of
 *   the offline single file opened from file:// too (e2e/offline.spec.ts).
 * - Else the `storage` event: a message is written to localStorage under `STORAGE_KEY` (with a serial, so two equal
 *   messages are two changes) and removed at once; every other window of the origin receives the change. Storage
 *   events do not reach the writing window, as BroadcastChannel messages do not reach the sender.
 * - Else nothing (`transport: 'none'`): each window works by itself, and the presenter's window says so.
 *
 * Whatever arrives goes through `parseMessage` (presenter-core.ts): unknown or malformed messages are dropped.
 */
import type { Message } from './presenter-core';
import { CHANNEL_NAME, parseMessage, toWire } from './presenter-core';

export type Transport = 'broadcast-channel' | 'storage' | 'none';

export interface PresenterChannel {
  readonly transport: Transport;
  readonly post: (message: Message) => void;
  readonly close: () => void;
}

/** The localStorage key of the `storage` fallback. */
export const STORAGE_KEY = `${CHANNEL_NAME}/message`;

/** What the channel needs of the window (injected in tests). */
export interface ChannelHost {
  readonly BroadcastChannel?: typeof BroadcastChannel | undefined;
  readonly localStorage?: Storage | undefined;
  readonly addEventListener: (type: 'storage', listener: (e: StorageEvent) => void) => void;
  readonly removeEventListener: (type: 'storage', listener: (e: StorageEvent) => void) => void;
}

function storageOf(host: ChannelHost): Storage | null {
  try {
    return host.localStorage ?? null; // reading localStorage throws where storage is disabled
  } catch {
    return null;
  }
}

/** The transport `openPresenterChannel` uses on `host`. */
export function transportOf(host: ChannelHost): Transport {
  if (typeof host.BroadcastChannel === 'function') return 'broadcast-channel';
  return storageOf(host) ? 'storage' : 'none';
}

/** Opens the channel; `receive` gets every valid message from another window. */
export function openPresenterChannel(
  receive: (message: Message) => void,
  host: ChannelHost = window,
): PresenterChannel {
  const deliver = (data: unknown): void => {
    const message = parseMessage(data);
    if (message) receive(message);
  };

  const Channel = host.BroadcastChannel;
  if (transportOf(host) === 'broadcast-channel' && Channel) {
    const channel = new Channel(CHANNEL_NAME);
    channel.onmessage = (e: MessageEvent) => deliver(e.data);
    return {
      transport: 'broadcast-channel',
      post: (message) => {
        try {
          channel.postMessage(toWire(message));
        } catch {
          // closed (the page is going away): nothing to tell
        }
      },
      close: () => channel.close(),
    };
  }

  const storage = storageOf(host);
  if (storage) {
    let serial = 0;
    const onStorage = (e: StorageEvent): void => {
      if (e.key !== STORAGE_KEY || e.newValue === null) return;
      try {
        deliver((JSON.parse(e.newValue) as { readonly m?: unknown } | null)?.m);
      } catch {
        // not JSON: not ours
      }
    };
    host.addEventListener('storage', onStorage);
    return {
      transport: 'storage',
      post: (message) => {
        serial += 1;
        try {
          storage.setItem(STORAGE_KEY, JSON.stringify({ m: toWire(message), serial }));
          storage.removeItem(STORAGE_KEY);
        } catch {
          // storage full or refused: this message is lost, the next state carries everything again
        }
      },
      close: () => host.removeEventListener('storage', onStorage),
    };
  }

  return { transport: 'none', post: () => undefined, close: () => undefined };
}

/** A random id for this window (crypto.getRandomValues works without a secure context, unlike randomUUID). */
export function newWindowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
