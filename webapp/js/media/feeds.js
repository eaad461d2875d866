// Receiving the room's streams: a Janus session on the room others publish to (the join answer's
// `subscribe`, or the meeting's own room), a handle joined there without publishing that hears
// who publishes (feeds named by their unit code), and one subscription per feed the page wants.

import { attachRoom, closeSession, openSession } from './janus-rooms.js';

const RETRY_MS = 3000;

/**
 * Watches the room `where` ({server, room, pin, token, iceServers}) as unit `unit`.
 * `onFeeds(list)` with [{id, unit}] whenever publishers come or go; `onLost({kicked})` when the
 * session dies or the server removed it from the room; `onIce(feedId, state)` for each
 * subscription's ICE state.
 */
export async function watchRoom(Janus, where, unit, { onFeeds, onLost, onIce }) {
  const publishers = new Map(); // feed id -> unit code
  const subscriptions = new Map(); // feed id -> {room handle, stream}
  let closed = false;
  let wanted = [];
  const changed = () => onFeeds([...publishers].map(([id, code]) => ({ id, unit: code })));
  const gone = (why = {}) => { if (!closed) { closed = true; onLost(why); } };
  const session = await openSession(Janus, { ...where, onLost: () => gone() });

  function heard(message) {
    if (message.leaving === 'ok' && message.reason === 'kicked') { gone({ kicked: true }); return; }
    if (message.videoroom === 'destroyed') { gone(); return; }
    for (const p of message.publishers || []) publishers.set(p.id, p.display);
    // a feed goes when its point stops sending, leaves, or is sent out by the server (`kicked`)
    const left = message.unpublished ?? message.leaving ?? message.kicked;
    if (left !== undefined && left !== 'ok') { publishers.delete(left); drop(left); }
    if (message.publishers || left !== undefined) changed();
  }

  let joined;
  try {
    const watcher = await attachRoom(Janus, session, {
      events: (message) => { if (message.videoroom === 'event' || message.videoroom === 'destroyed') heard(message); },
    });
    ({ message: joined } = await watcher.request({
      request: 'join', ptype: 'publisher', room: where.room, pin: where.pin, token: where.token, display: unit,
    }, { expect: (m) => m.videoroom === 'joined' }));
  } catch (error) {
    closed = true;
    closeSession(session);
    throw error;
  }
  heard(joined);

  async function subscribe(feed) {
    const stream = new MediaStream();
    const entry = { stream, room: null, feed };
    subscriptions.set(feed, entry);
    const room = await attachRoom(Janus, session, {
      remoteTrack: (track, mid, on) => {
        if (on) stream.addTrack(track);
        else stream.getTracks().filter((t) => t.id === track.id).forEach((t) => stream.removeTrack(t));
      },
      iceState: (state) => onIce?.(feed, state),
    });
    entry.room = room;
    if (subscriptions.get(feed) !== entry) { room.detach(); return; } // dropped meanwhile
    const { jsep } = await room.request({
      request: 'join', ptype: 'subscriber', room: where.room, pin: where.pin, token: where.token, streams: [{ feed }],
    }, { expect: (m) => m.videoroom === 'attached' });
    const answer = await room.acceptOffer(jsep);
    await room.request({ request: 'start', room: where.room }, { jsep: answer, expect: (m) => m.started === 'ok' });
  }

  function drop(feed) {
    const entry = subscriptions.get(feed);
    if (!entry) return;
    subscriptions.delete(feed);
    entry.stream.getTracks().forEach((track) => track.stop());
    entry.room?.detach();
  }

  changed();
  return {
    /** Subscribes to exactly the feeds `ids` (those publishing), dropping the others. */
    want(ids) {
      wanted = ids;
      for (const feed of [...subscriptions.keys()]) if (!ids.includes(feed)) drop(feed);
      for (const feed of ids) {
        if (!subscriptions.has(feed) && publishers.has(feed)) {
          // a feed may go while it is being subscribed to; one still there is tried again
          subscribe(feed).catch(() => {
            drop(feed);
            setTimeout(() => { if (!closed && publishers.has(feed)) this.want(wanted); }, RETRY_MS);
          });
        }
      }
    },
    streamOf: (feed) => subscriptions.get(feed)?.stream || null,
    peers: () => [...subscriptions.values()].map((entry) => ({ feed: entry.feed, unit: publishers.get(entry.feed), peer: entry.room?.peer() }))
      .filter((entry) => entry.peer),
    close() {
      closed = true;
      [...subscriptions.keys()].forEach(drop);
      return closeSession(session);
    },
  };
}
