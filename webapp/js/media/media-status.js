// How a page's video is doing (media.status) and the problem behind it (media.problem): set by the
// connection as it joins, waits and retries, and, while the page is in the room, following the worst
// of its peer connections' ICE states (one failed fails the video, one disconnected reconnects it).

import { problemKey } from './devices.js';

/** The problem `error` stands for, in a key the pages translate when there is one. */
export const problemOf = (error) => ({ key: problemKey(error), message: error?.message });

/** Keeps the status of `media`, telling `changed()` of every change; ICE counts only while `inRoom()`. */
export function mediaStatus(media, changed, inRoom) {
  const ice = new Map(); // peer -> last ICE state

  function set(status, problem = null) {
    media.status = status;
    media.problem = problem;
    changed();
  }

  /** The status while in the room follows the worst of the peer connections still open. */
  function settle() {
    if (!inRoom()) return;
    const states = [...ice.values()];
    if (states.includes('failed')) set('failed', { key: 'media.error.iceFailed' });
    else if (states.includes('disconnected')) set('reconnecting', { key: 'media.error.iceFailed' });
    else if (media.status !== 'connected') set('connected');
  }

  function iceChanged(key, state) {
    ice.set(key, state);
    settle();
  }

  function forgetIce(key) {
    if (ice.delete(key)) settle();
  }

  return {
    set,
    /** The status stays, the problem is `error`. */
    problem: (error) => set(media.status, problemOf(error)),
    feedIce: (feed, state) => iceChanged(`feed-${feed}`, state),
    publisherIce: (state) => iceChanged('publisher', state),
    forgetPublisher: () => forgetIce('publisher'),
    /** Forgets the peer connections of the feeds the page no longer receives (all but `ids`). */
    keepFeeds(ids) {
      [...ice.keys()].filter((key) => key.startsWith('feed-') && !ids.includes(Number(key.slice(5)))).forEach(forgetIce);
    },
    /** Out of the room: no peer connection counts any more. */
    clearIce: () => ice.clear(),
  };
}
