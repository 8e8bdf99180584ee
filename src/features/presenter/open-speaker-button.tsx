/**
 * 「打开演讲者窗口」: opens the presenter's window (`#/presenter/speaker`, this app's own page) as a pop-up, or brings
 * it to the front if it is open. When the browser blocks the pop-up, says so and offers the link to open by hand.
 */
import { useState } from 'react';

import { useDashboardStore } from '@/store';
import { formatHash } from '@/store/route';
import { selectRoute } from '@/store/selectors';

import { speakerRoute } from './deck';

/** The pop-up's window name: a second click reuses the window instead of opening another. */
export const SPEAKER_WINDOW_NAME = 'juesuan-speaker';

export function OpenSpeakerButton() {
  const route = useDashboardStore(selectRoute);
  const [blocked, setBlocked] = useState(false);
  const href = formatHash(speakerRoute(route));
  const open = (): void => {
    const url = `${window.location.href.split('#')[0] ?? ''}${href}`;
    const w = window.open(url, SPEAKER_WINDOW_NAME, 'popup,width=1280,height=800');
    if (w) w.focus();
    setBlocked(w === null);
  };
  return (
    <span className="open-speaker">
      <button type="button" onClick={open}>
        打开演讲者窗口
      </button>
      {blocked ? (
        <span role="alert" className="popup-blocked">
          浏览器阻止了弹出窗口。
          <a href={href} target={SPEAKER_WINDOW_NAME}>
            点此打开演讲者窗口
          </a>
          ，或允许本页弹出窗口后再点按钮。
        </span>
      ) : null}
    </span>
  );
}
