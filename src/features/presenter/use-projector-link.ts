/**
 * The projected window's end of the channel (while `present=<n>` is in the URL): says hello, sends its snapshot on
 * every change and to every presenter's window that says hello, runs the commands addressed to it, says bye when it
 * leaves the presentation or closes. Returns how many presenter's windows are connected.
 */
import { useEffect, useRef, useState } from 'react';

import type { PresenterChannel } from './presenter-channel';
import { newWindowId, openPresenterChannel } from './presenter-channel';
import type { Command, ProjectorLink, Snapshot } from './presenter-core';
import { NO_SPEAKERS, projectorReceive } from './presenter-core';

export function useProjectorLink(snapshot: Snapshot | null, run: (command: Command) => void): number {
  const [self] = useState(newWindowId);
  const [speakers, setSpeakers] = useState(0);
  const latest = useRef({ snapshot, run });
  useEffect(() => {
    latest.current = { snapshot, run };
  });
  const channel = useRef<PresenterChannel | null>(null);

  useEffect(() => {
    let link: ProjectorLink = NO_SPEAKERS;
    const sendState = (): void => {
      const s = latest.current.snapshot;
      if (s) open.post({ type: 'state', from: self, snapshot: s });
    };
    const open = openPresenterChannel((message) => {
      const r = projectorReceive(link, message, self);
      if (r.link !== link) {
        link = r.link;
        setSpeakers(link.speakers.length);
      }
      for (const effect of r.effects) {
        if (effect.kind === 'send-state') sendState();
        else latest.current.run(effect.command);
      }
    });
    channel.current = open;
    open.post({ type: 'hello', from: self, role: 'projector' });
    sendState();
    const onPageHide = (): void =>
      open.post({ type: 'bye', from: self, role: 'projector', reason: 'closed' });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      open.post({ type: 'bye', from: self, role: 'projector', reason: 'exited' });
      open.close();
      channel.current = null;
    };
  }, [self]);

  // Every change of what is shown (slide, its state, the deck, the timer) goes to the presenter's windows.
  const key = snapshot ? JSON.stringify(snapshot) : '';
  useEffect(() => {
    const s = latest.current.snapshot;
    if (s && key !== '') channel.current?.post({ type: 'state', from: self, snapshot: s });
  }, [key, self]);

  return speakers;
}
