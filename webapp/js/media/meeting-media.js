// The video of one meeting as a page takes part in it: asks the server to join (POST media/join),
// watches the room, subscribes to the feeds the page shows, publishes the point's camera and
// microphone exactly while the live state allows it (the host's point; a point with the floor; a
// point asked for a check during readiness), reports the media path (join page only) and comes
// back by itself when Janus or the network went away. No DOM: the panels draw what it says.
// Here the connection and what the page receives; when the point sends is publishing.js's, the
// status media-status.js's and the reports media-report.js's.
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
import { watchRoom } from './feeds.js';
import { loadJanus } from './janus-loader.js';
import { mediaReporter, peerFigures, regularReports } from './media-report.js';
import { shouldPublish, stageUnits } from './media-rules.js';
import { mediaStatus, problemOf } from './media-status.js';
import { pointPublishing } from './publishing.js';

const RETRY_MS = [2000, 5000, 10000, 15000];

export function meetingMedia({ meetingId, mode = 'join', report = false, localStream, onChange = () => {} }) {
  const reporter = report && mode === 'join' ? mediaReporter(meetingId) : null;
  const media = { status: 'idle', problem: null, unit: null, feeds: [], publishing: false, live: null };
  let Janus = null;
  let room = null; // the watched room (feeds.js)
  let attempt = 0;
  let retry = 0;
  let stopped = false;

  const changed = () => onChange(media);
  const status = mediaStatus(media, changed, () => room !== null);
  const { set } = status;
  const publishing = pointPublishing({
    meetingId, media, localStream, status, changed,
    isStopped: () => stopped,
    reconcileSoon: () => setTimeout(reconcile, RETRY_MS[0]),
  });
  const reports = reporter ? regularReports(reporter, media, () => room !== null) : null;

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
          publishing.kicked();
          leave();
          connect();
        },
        onIce: status.feedIce,
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
    publishing.stop();
    status.clearIce();
  }

  function lost() {
    if (stopped) return;
    leave();
    again({ name: 'Unreachable' });
  }

  /** The feeds to subscribe to: the stage's units on a join page, everyone on the wall. */
  function shown() {
    if (mode === 'wall') return media.feeds;
    const units = stageUnits(media.live, media.unit);
    return media.feeds.filter((feed) => units.includes(feed.unit));
  }

  function reconcile() {
    if (!room || !media.live) return;
    const ids = shown().map((feed) => feed.id);
    room.want(ids);
    status.keepFeeds(ids);
    publishing.follow(mode === 'join' && shouldPublish(media.live, media.unit), Janus);
  }

  async function figures() {
    const feeds = await Promise.all((room?.peers() || []).map(async (entry) => ({ feed: entry.feed, unit: entry.unit, ...(await peerFigures(entry.peer)) })));
    const outbound = publishing.sending() ? await peerFigures(publishing.peer()) : null;
    return { status: media.status, unit: media.unit, publishing: media.publishing, feeds, outbound };
  }

  return Object.assign(media, {
    start() {
      stopped = false;
      connect();
      reports?.start();
    },
    update(state) {
      media.live = state;
      reconcile();
      changed();
    },
    /** The camera or microphone changed, or was muted: the publisher follows. */
    devicesChanged({ restart = false, audio, video } = {}) {
      if (audio !== undefined) publishing.setEnabled('audio', audio);
      if (video !== undefined) publishing.setEnabled('video', video);
      if (restart && publishing.sending()) { publishing.stop(); reconcile(); }
    },
    shown,
    streamOf: (feed) => room?.streamOf(feed) || null,
    stats: figures,
    stop() {
      stopped = true;
      clearTimeout(retry);
      reports?.stop();
      leave();
    },
  });
}

function pick({ server, room, pin, token }) {
  return { server, room, pin, token };
}
