// Sending the point's camera and microphone into the meeting's room: a Janus session of its own,
// made from a fresh join answer, joined as publisher with the unit's code as display (the pages
// map feeds to units by it) and the feed id the server chose when it gave one. Stopping leaves the
// room, so the others see the feed go.

import { attachRoom, closeSession, mediaError, openSession } from './janus-rooms.js';

/**
 * Publishes clones of `stream`'s tracks with the credentials of `answer`; `onEnd(reason)` when it
 * ends without stop(): 'kicked' (the server removed it), 'lost' (the session died) or 'failed'.
 */
export async function publish(Janus, answer, stream, { onEnd, iceState }) {
  // audio first, video second: relay bridges describe a relayed stream in that order (mid 0 and mid 1)
  const audioFirst = (track) => (track.kind === 'audio' ? 0 : 1);
  const live = stream.getTracks().filter((track) => track.readyState === 'live');
  const tracks = live.sort((a, b) => audioFirst(a) - audioFirst(b)).map((track) => {
    const copy = track.clone(); // Janus stops what it sends when it hangs up; the preview goes on
    copy.enabled = track.enabled;
    return copy;
  });
  if (tracks.length === 0) throw mediaError('NotFoundError');
  const silence = tracks[0].kind === 'audio' ? null : silentAudio();
  if (silence) tracks.unshift(silence.track);
  let ended = false;
  let session = null;
  const end = (reason) => {
    if (ended) return;
    ended = true;
    closeSession(session);
    silence?.close();
    onEnd?.(reason);
  };
  session = await openSession(Janus, { server: answer.server, token: answer.token, iceServers: answer.iceServers, onLost: () => end('lost') });
  try {
    const room = await attachRoom(Janus, session, {
      events: (message) => {
        if (message.videoroom === 'event' && message.leaving === 'ok' && message.reason === 'kicked') end('kicked');
        if (message.videoroom === 'destroyed') end('lost');
      },
      iceState: (state) => {
        iceState?.(state);
        if (state === 'failed') end('failed');
      },
    });
    const join = { request: 'join', ptype: 'publisher', room: answer.room, pin: answer.pin, token: answer.token, display: answer.unit };
    if (answer.feed != null) join.id = answer.feed;
    const { message: joined } = await room.request(join, { expect: (m) => m.videoroom === 'joined' });
    const offer = await room.offer(tracks);
    const { jsep } = await room.request({ request: 'configure', audio: true, video: true },
      { jsep: offer, expect: (m) => m.videoroom === 'event' && m.configured === 'ok' });
    await room.remoteAnswer(jsep);
    return {
      feed: joined.id,
      peer: () => room.peer(),
      setEnabled(kind, on) { tracks.filter((track) => track.kind === kind).forEach((track) => { track.enabled = on; }); },
      stop() {
        ended = true;
        tracks.forEach((track) => track.stop());
        silence?.close();
        return room.request({ request: 'leave' }, { expect: (m) => m.leaving !== undefined || m.videoroom === 'event' })
          .catch(() => {}).finally(() => closeSession(session));
      },
    };
  } catch (error) {
    ended = true;
    tracks.forEach((track) => track.stop());
    silence?.close();
    closeSession(session);
    throw error;
  }
}

/**
 * A silent audio track for a point that has a camera but no microphone, sent first so that its
 * video keeps mid 1, where a relay bridge expects the video of a relayed stream.
 */
function silentAudio() {
  const context = new AudioContext();
  const track = context.createMediaStreamDestination().stream.getAudioTracks()[0];
  return { track, close: () => { track.stop(); context.close().catch(() => {}); } };
}
