// Promises over Janus's library for the VideoRoom plugin: a session on a server with a token, a
// handle on the plugin whose requests wait for the event that answers them, and the offer or
// answer of a peer connection. No DOM, nothing about meetings.

const ANSWER_MS = 20000;

/** A failure with a name that devices.problemKey() understands. */
export function mediaError(name, message) {
  return Object.assign(new Error(message || name), { name });
}

/**
 * A Janus session on `server` with `token`; `onLost(message)` when it dies later (server gone,
 * token withdrawn). Rejects with an 'Unreachable' error when Janus cannot be reached.
 */
export function openSession(Janus, { server, token, iceServers, onLost }) {
  return new Promise((resolve, reject) => {
    let opened = false;
    const session = new Janus({
      server,
      token,
      iceServers: iceServers || [], // STUN/TURN only as the server says: no public server is asked by default
      success: () => { opened = true; resolve(session); },
      error: (cause) => {
        if (opened) onLost?.(String(cause));
        else reject(mediaError('Unreachable', String(cause)));
      },
    });
  });
}

/** A handle on the VideoRoom plugin of `session`; `events` gets every message the plugin sends. */
export function attachRoom(Janus, session, { events = () => {}, remoteTrack, iceState, cleanup } = {}) {
  return new Promise((resolve, reject) => {
    let room = null;
    session.attach({
      plugin: 'janus.plugin.videoroom',
      opaqueId: `lienthong-${Janus.randomString(12)}`,
      success: (handle) => { room = new RoomHandle(handle); resolve(room); },
      error: (cause) => reject(mediaError('Unreachable', String(cause))),
      onmessage: (message, jsep) => { room?.answer(message, jsep); events(message, jsep); },
      onremotetrack: (track, mid, on) => remoteTrack?.(track, mid, on),
      iceState: (state) => iceState?.(state),
      oncleanup: () => cleanup?.(),
    });
  });
}

class RoomHandle {
  constructor(handle) {
    this.handle = handle;
    this.waiting = [];
  }

  /** The answer to a request: the first plugin event of an expected kind, or an error. */
  answer(message, jsep) {
    const waiter = this.waiting.find((w) => message.error || w.expect(message));
    if (!waiter) return;
    this.waiting.splice(this.waiting.indexOf(waiter), 1);
    clearTimeout(waiter.timer);
    if (message.error) waiter.reject(mediaError('JanusRefused', `${message.error_code}: ${message.error}`));
    else waiter.resolve({ message, jsep });
  }

  /** Sends `message` (with `jsep`) and resolves with the event `expect(message)` accepts. */
  request(message, { jsep, expect }) {
    return new Promise((resolve, reject) => {
      const waiter = { expect, resolve, reject };
      waiter.timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(mediaError('Unreachable', `no answer to ${message.request}`));
      }, ANSWER_MS);
      this.waiting.push(waiter);
      this.handle.send({ message, jsep, error: (cause) => { clearTimeout(waiter.timer); reject(mediaError('Unreachable', String(cause))); } });
    });
  }

  /** An offer sending the given tracks (camera, microphone) and receiving nothing. */
  offer(tracks) {
    return new Promise((resolve, reject) => this.handle.createOffer({
      tracks: tracks.map((track) => ({ type: track.kind, capture: track, recv: false })),
      success: resolve,
      error: (cause) => reject(cause instanceof Error ? cause : mediaError('OfferFailed', String(cause))),
    }));
  }

  /** An answer to Janus's offer that only receives. */
  acceptOffer(jsep) {
    return new Promise((resolve, reject) => this.handle.createAnswer({
      jsep,
      tracks: [{ type: 'data' }],
      success: resolve,
      error: (cause) => reject(cause instanceof Error ? cause : mediaError('AnswerFailed', String(cause))),
    }));
  }

  remoteAnswer(jsep) {
    return new Promise((resolve, reject) => this.handle.handleRemoteJsep({ jsep, success: resolve, error: reject }));
  }

  /** The handle's RTCPeerConnection, when it has one. */
  peer() {
    return this.handle.webrtcStuff?.pc || null;
  }

  detach() {
    this.waiting.forEach((w) => { clearTimeout(w.timer); w.reject(mediaError('Closed')); });
    this.waiting = [];
    return new Promise((resolve) => {
      try {
        this.handle.detach({ success: resolve, error: resolve });
      } catch {
        resolve();
      }
    });
  }
}

/** Ends a session and everything on it, whatever state it is in. */
export function closeSession(session) {
  if (!session) return Promise.resolve();
  return new Promise((resolve) => {
    try {
      session.destroy({ success: resolve, error: resolve, cleanupHandles: true });
    } catch {
      resolve();
    }
  });
}
