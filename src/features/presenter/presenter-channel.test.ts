import { describe, expect, it } from 'vitest';

import type { ChannelHost } from './presenter-channel';
import { newWindowId, openPresenterChannel, STORAGE_KEY, transportOf } from './presenter-channel';
import type { Message } from './presenter-core';
import { CHANNEL_NAME, toWire } from './presenter-core';

const hello: Message = { type: 'hello', from: 's1', role: 'speaker' };
const next: Message = { type: 'command', from: 's1', to: 'p1', command: { kind: 'next' } };

/** BroadcastChannels of one origin: a message reaches every other open channel of the same name, never the sender. */
function fakeBroadcast() {
  const open = new Set<FakeChannel>();
  class FakeChannel {
    onmessage: ((e: MessageEvent) => void) | null = null;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(data: unknown): void {
      for (const other of open)
        if (other !== this && other.name === this.name) other.onmessage?.({ data } as MessageEvent);
    }
    close(): void {
      open.delete(this);
    }
  }
  return FakeChannel as unknown as typeof BroadcastChannel;
}

/** Windows sharing one localStorage: a change fires `storage` in every other window (as browsers do). */
function fakeStorageOrigin() {
  const hosts: { listeners: Set<(e: StorageEvent) => void> }[] = [];
  const data = new Map<string, string>();
  const window = (): ChannelHost & { writes: string[] } => {
    const me = { listeners: new Set<(e: StorageEvent) => void>() };
    hosts.push(me);
    const writes: string[] = [];
    const fire = (key: string, newValue: string | null): void => {
      for (const h of hosts) if (h !== me) for (const l of h.listeners) l({ key, newValue } as StorageEvent);
    };
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        data.set(k, v);
        writes.push(v);
        fire(k, v);
      },
      removeItem: (k: string) => {
        data.delete(k);
        fire(k, null);
      },
    } as Storage;
    return {
      BroadcastChannel: undefined,
      localStorage: storage,
      addEventListener: (_type, l) => me.listeners.add(l),
      removeEventListener: (_type, l) => me.listeners.delete(l),
      writes,
    };
  };
  return {
    window,
    data,
    fireRaw: (newValue: string) =>
      hosts.forEach((h) => h.listeners.forEach((l) => l({ key: STORAGE_KEY, newValue } as StorageEvent))),
  };
}

const noStorageEvents = { addEventListener: () => undefined, removeEventListener: () => undefined };

describe('presenter channel over BroadcastChannel', () => {
  it('delivers valid messages to the other windows, under the app-scoped name, not to the sender', () => {
    const BroadcastChannel = fakeBroadcast();
    const host: ChannelHost = { BroadcastChannel, ...noStorageEvents };
    const gotA: Message[] = [];
    const gotB: Message[] = [];
    const a = openPresenterChannel((m) => gotA.push(m), host);
    const b = openPresenterChannel((m) => gotB.push(m), host);
    expect(a.transport).toBe('broadcast-channel');
    a.post(next);
    expect(gotB).toEqual([next]);
    expect(gotA).toEqual([]);
    const other = new BroadcastChannel(CHANNEL_NAME);
    other.postMessage({ type: 'command', from: 's1', command: { kind: 'next' } }); // no app tag
    other.postMessage(toWire({ ...hello, from: '<b>' }));
    other.postMessage('next');
    expect(gotB).toEqual([next]);
    other.postMessage(toWire(hello));
    expect(gotB).toEqual([next, hello]);
    b.close();
    a.post(hello);
    expect(gotB).toEqual([next, hello]);
  });
});

describe('presenter channel over storage events (no BroadcastChannel)', () => {
  it('carries messages between windows, twice the same message is two messages, and leaves nothing stored', () => {
    const origin = fakeStorageOrigin();
    const hostA = origin.window();
    const hostB = origin.window();
    const gotA: Message[] = [];
    const gotB: Message[] = [];
    const a = openPresenterChannel((m) => gotA.push(m), hostA);
    openPresenterChannel((m) => gotB.push(m), hostB);
    expect(a.transport).toBe('storage');
    a.post(next);
    a.post(next);
    expect(gotB).toEqual([next, next]);
    expect(gotA).toEqual([]);
    expect(new Set(hostA.writes).size).toBe(2);
    expect(origin.data.has(STORAGE_KEY)).toBe(false);
  });

  it('ignores what is not a valid message of ours', () => {
    const origin = fakeStorageOrigin();
    const got: Message[] = [];
    openPresenterChannel((m) => got.push(m), origin.window());
    origin.fireRaw('not json {');
    origin.fireRaw('null');
    origin.fireRaw(JSON.stringify({ m: { ...toWire(hello), v: 99 } }));
    origin.fireRaw(JSON.stringify(toWire(hello))); // not wrapped as the fallback writes it
    expect(got).toEqual([]);
    origin.fireRaw(JSON.stringify({ m: toWire(hello), serial: 1 }));
    expect(got).toEqual([hello]);
  });

  it('stops listening when closed', () => {
    const origin = fakeStorageOrigin();
    const a = openPresenterChannel(() => undefined, origin.window());
    const got: Message[] = [];
    const b = openPresenterChannel((m) => got.push(m), origin.window());
    b.close();
    a.post(hello);
    expect(got).toEqual([]);
  });

  it('survives a storage that refuses writes', () => {
    const host: ChannelHost = {
      localStorage: {
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
        removeItem: () => undefined,
      } as unknown as Storage,
      ...noStorageEvents,
    };
    expect(() => openPresenterChannel(() => undefined, host).post(hello)).not.toThrow();
  });
});

describe('no channel', () => {
  it('is "none" when there is neither BroadcastChannel nor storage; posting does nothing', () => {
    const host = {
      ...noStorageEvents,
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    } as ChannelHost;
    expect(transportOf(host)).toBe('none');
    const channel = openPresenterChannel(() => undefined, host);
    expect(channel.transport).toBe('none');
    expect(() => channel.post(hello)).not.toThrow();
  });
});

describe('newWindowId', () => {
  it('is 16 hex digits, different each time (a valid message sender id)', () => {
    const a = newWindowId();
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(newWindowId()).not.toBe(a);
  });
});
