// The video of one meeting as a page takes part in it: asks the server to join (POST media/join),
// watches the room, subscribes to the feeds the page shows, publishes the point's camera and
// microphone exactly while the live state allows it (the host's point; a point with the floor; a
// point asked for a check during readiness), reports the media path (join page only) and comes
// back by itself when Janus or the network went away. No DOM: the panels draw what it says.
//
//   const media = meetingMedia({ meetingId, mode: 'join' | 'wall', report, localStream, onChange })
//     (report: whether to tell the server of the media path, for a page of a unit with a point)
//   media.start(); media.update(liveState); media.stop()
//   media.status   'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'unavailable'
//   media.problem  {key, message} or null;  media.unit  the own unit (from the join answer)
//   media.feeds    [{id, unit}] publishing now;  media.shown()  those the page shows
//   media.live     the live state last given to update()
//   media.publishing  true while the point sends;  media.streamOf(feedId)
//   media.stats()  -> Promise of the figures of every peer connection (read-only)

import { ApiError, api } from '../api.js';
import { problemKey } from './devices.js';
import { watchRoom } from './feeds.js';
import { loadJanus } from './janus-loader.js';
import { lossBetween, mediaReporter, peerFigures } from './media-report.js';
import { shouldPublish, stageUnits } from './media-rules.js';
import { publish } from './publisher.js';

const RETRY_MS = [2000, 5000, 10000, 15000];
const REPORT_MS = 5000;

export function meetingMedia({ meetingId, mode = 'join', report = false, localStream, onChange = () => {} }) {
  const reporter = report && mode === 'join' ? mediaReporter(meetingId) : null;
  const media = { status: 'idle', problem: null, unit: null, feeds: [], publishing: false, live: null };
  let live = null;
  let Janus = null;
  let room = null; // the watched room (feeds.js)
  let publisher = null;
  let publishingNow = false; // a publish under way
  let kicked = false; // removed by the server: not again until the reason to publish has passed
  let attempt = 0;
  let retry = 0;
  let reportTimer = 0;
  let lastFigures = null;
  let stopped = false;
  const ice = new Map(); // peer -> last ICE state

  const changed = () => onChange(media);
  function set(status, problem = null) {
    media.status = status;
    media.problem = problem;
    changed();
  }
  const problemOf = (error) => ({ key: problemKey(error), message: error?.message });

  async function connect() {
    if (stopped) return;
    set(attempt === 0 ? 'connecting' : 'reconnecting', media.problem);
    let answer;
    try {
      answer = await api.post(`meetings/${meetingId}/media/join`, {});
    } catch (error) {
      if (error instanceof ApiError && !error.network) { set('unavailable', { key: null, message: error.userMessage }); return; }
      again({ name: 'Unreachable' });
      return;
    }
    if (!answer.available) { set('unavailable', { key: null, message: answer.message, reason: answer.reason }); return; }
    media.unit = answer.unit;
    try {
      Janus ||= await loadJanus();
      const where = { ...pick(answer), ...(answer.subscribe || {}), iceServers: answer.iceServers };
      room = await watchRoom(Janus, where, answer.unit, {
        onFeeds: (feeds) => { media.feeds = feeds; reconcile(); changed(); },
        onLost: ({ kicked: removed } = {}) => {
          if (!removed) { lost(); return; }
          // removed by the server: back in at once as a viewer, sending only once the reason to send has passed
          kicked = true;
          leave();
          connect();
        },
        onIce: (feed, state) => iceChanged(`feed-${feed}`, state),
      });
    } catch (error) {
      again(error);
      return;
    }
    if (stopped) { room.close(); return; }
    attempt = 0;
    set('connected');
    reconcile();
  }

  function again(error) {
    const wait = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    attempt += 1;
    set(attempt >= RETRY_MS.length ? 'failed' : 'reconnecting', problemOf(error));
    reporter?.report(media.status === 'failed' ? 'FAILED' : 'RECONNECTING');
    clearTimeout(retry);
    retry = setTimeout(connect, wait);
  }

  function leave() {
    room?.close();
    room = null;
    media.feeds = [];
    stopPublishing();
    ice.clear();
  }

  function lost() {
    if (stopped) return;
    leave();
    again({ name: 'Unreachable' });
  }

  /** The status while in the room follows the worst of the peer connections still open. */
  function settle() {
    if (!room) return;
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

  /** The feeds to subscribe to: the stage's units on a join page, everyone on the wall. */
  function shown() {
    if (mode === 'wall') return media.feeds;
    const units = stageUnits(live, media.unit);
    return media.feeds.filter((feed) => units.includes(feed.unit));
  }

  function reconcile() {
    if (!room || !live) return;
    const ids = shown().map((feed) => feed.id);
    room.want(ids);
    [...ice.keys()].filter((key) => key.startsWith('feed-') && !ids.includes(Number(key.slice(5)))).forEach(forgetIce);
    const want = mode === 'join' && shouldPublish(live, media.unit);
    if (!want) kicked = false;
    if (want && !kicked && !publisher && !publishingNow) startPublishing();
    if (!want && publisher) stopPublishing();
  }

  async function startPublishing() {
    publishingNow = true;
    try {
      // the server has the last word on publishing, and gives a feed id of its own when it has one
      const answer = await api.post(`meetings/${meetingId}/media/join`, {});
      if (!answer.available || !answer.publish || stopped) return;
      const stream = await localStream();
      const started = await publish(Janus, answer, stream, {
        onEnd: (reason) => ended(started, reason),
        iceState: (state) => iceChanged('publisher', state),
      });
      if (stopped || !shouldPublish(live, media.unit)) { started.stop(); return; }
      publisher = started;
      media.publishing = true;
      changed();
    } catch (error) {
      set(media.status, problemOf(error));
    } finally {
      publishingNow = false;
    }
  }

  function ended(which, reason) {
    if (publisher !== which && publisher !== null) return;
    publisher = null;
    media.publishing = false;
    forgetIce('publisher');
    if (reason === 'kicked') kicked = true; // stays in the room as a viewer
    changed();
    if (reason !== 'kicked') setTimeout(reconcile, RETRY_MS[0]);
  }

  function stopPublishing() {
    const was = publisher;
    publisher = null;
    media.publishing = false;
    forgetIce('publisher');
    was?.stop();
    changed();
  }

  async function figures() {
    const feeds = await Promise.all((room?.peers() || []).map(async (entry) => ({ feed: entry.feed, unit: entry.unit, ...(await peerFigures(entry.peer)) })));
    const outbound = publisher ? await peerFigures(publisher.peer()) : null;
    return { status: media.status, unit: media.unit, publishing: media.publishing, feeds, outbound };
  }

  async function reportNow() {
    if (!reporter || !room) return;
    const now = await figures();
    const total = now.feeds.reduce((sum, f) => ({ packetsReceived: sum.packetsReceived + f.packetsReceived, packetsLost: sum.packetsLost + f.packetsLost }),
      { packetsReceived: 0, packetsLost: 0 });
    const loss = lossBetween(lastFigures, total);
    lastFigures = total;
    const state = { connected: 'CONNECTED', reconnecting: 'RECONNECTING', failed: 'FAILED' }[media.status];
    if (state) reporter.report(state, loss);
  }

  return Object.assign(media, {
    start() {
      stopped = false;
      connect();
      if (reporter) reportTimer = setInterval(() => reportNow().catch(() => {}), REPORT_MS);
    },
    update(state) {
      live = state;
      media.live = state;
      reconcile();
      changed();
    },
    /** The camera or microphone changed, or was muted: the publisher follows. */
    devicesChanged({ restart = false, audio, video } = {}) {
      if (audio !== undefined) publisher?.setEnabled('audio', audio);
      if (video !== undefined) publisher?.setEnabled('video', video);
      if (restart && publisher) { stopPublishing(); reconcile(); }
    },
    shown,
    streamOf: (feed) => room?.streamOf(feed) || null,
    stats: figures,
    stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(reportTimer);
      leave();
    },
  });
}

function pick({ server, room, pin, token }) {
  return { server, room, pin, token };
}
