/**
 * The deck of the active document: start, reorder, remove; slides are saved views (add one with “加入演示” from any
 * view). `#/presenter`. The deck is kept with the document (persisted by document id).
 */
import { useDashboardStore } from '@/store';
import { formatHash, parseHash, withParams } from '@/store/route';

import { OpenSpeakerButton } from './open-speaker-button';
import { useDeck } from './use-deck';

import './presenter.css';

export default function PresenterView() {
  const { slides, documentId, isDefault } = useDeck();
  const setDeck = (next: typeof slides): void => useDashboardStore.getState().setDeck(documentId, next);
  const startHref = (k: number): string => {
    const s = slides[k - 1];
    return s ? formatHash(withParams(parseHash(s.hash), { present: String(k) })) : '#/presenter';
  };
  const move = (i: number, d: number): void => {
    const next = [...slides];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + d, 0, item);
    setDeck(next);
  };
  return (
    <section className="deck" aria-labelledby="deck-h">
      <h2 id="deck-h">演示</h2>
      <p className="note">
        每张幻灯片是一个保存的视图。演示时：→ / PageDown / 空格 下一张，← / PageUp 上一张，Home / End
        首末张，输入数字后按 Enter 跳转，Esc 退出。在任意视图点“加入演示”即可把当前视图加到末尾。
        {isDefault ? '（当前为默认演示稿）' : ''}
      </p>
      <p className="note">
        演讲者窗口显示备注、下一张、已用时间和当前时间，与放映窗口同步翻页（两个窗口都可以用上面的按键翻页）：
        <OpenSpeakerButton />
      </p>
      <p>
        <a className="start" href={startHref(1)}>
          开始演示（{slides.length} 张）
        </a>
        <a className="handout-link" href="#/presenter/handout">
          打印讲义（每张一页）
        </a>
        {!isDefault ? (
          <button
            type="button"
            className="reset"
            onClick={() => useDashboardStore.getState().setDeck(documentId, [])}
          >
            清空
          </button>
        ) : null}
      </p>
      <ol className="deck-list" data-testid="deck-list">
        {slides.map((s, i) => (
          <li key={s.id}>
            <a href={startHref(i + 1)}>{s.title}</a>
            <span className="hash">{s.hash}</span>
            <span className="deck-actions">
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`上移：${s.title}`}
              >
                上移
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === slides.length - 1}
                aria-label={`下移：${s.title}`}
              >
                下移
              </button>
              <button
                type="button"
                onClick={() => setDeck(slides.filter((x) => x.id !== s.id))}
                aria-label={`删除：${s.title}`}
              >
                删除
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
