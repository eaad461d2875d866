// The live socket of one meeting (/ws/meetings/{id}), kept open for as long as a page needs it.
// It signs in with the session's token, takes the snapshot, applies the numbered events in
// order (live-state.js) and, when a number is missing, the server asks to resync or the socket
// drops, reconnects by itself (with ?since=<last number>, so only the missed events come back;
// the server sends a fresh snapshot when it no longer has them). No DOM code.
//
// API (kept stable for the join page and the control-room wall):
//   const live = connectLive(meetingId, { heartbeat = true, token, lang, baseUrl, WebSocket })
//   live.status       'connecting' | 'online' | 'reconnecting' | 'offline'
//                     (offline: closed by close(), refused by the server, or down for 20 s; it
//                     keeps trying in the background unless closed or refused)
//   live.state        the live state (live-state.js), null until the first snapshot
//   live.seq          number of the last event applied, or null
//   live.problem      the server's problem (RFC 9457 members) when it refused the socket, else null
//   live.closed       true after close() or a refusal: it will not reconnect any more
//   live.on('status', (status) => ...)           every change of status
//   live.on('state',  (state, event) => ...)     after the snapshot (event.type 'snapshot') and each event
//   live.on('problem', (problem) => ...)         an error the server sent that answers no send()
//   live.on(...) returns a function that removes the listener
//   live.send(type, data) -> Promise: resolved with the ack's data, rejected with a LiveError
//                     (error.problem from the server, error.offline when the socket is not open,
//                     error.timeout without an answer)
//   live.reconnect()  drops the socket and opens a new one now
//   live.close()      closes for good (status 'offline')
// Heartbeats (which keep the caller's meeting point ONLINE) go every 5 s while open, from the
// first message on, and stop once the meeting has ended; pass heartbeat: false to only watch.

import { getToken } from '../api.js';
import { currentLanguage } from '../i18n.js';
import { fromSnapshot, phase, reduce } from './live-state.js';

export const HEARTBEAT_MS = 5000;
const ANSWER_TIMEOUT_MS = 15000;
const OFFLINE_AFTER_MS = 20000;
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000];
/** Close codes after which trying again cannot help: no valid token, not allowed, no such meeting. */
const REFUSED = new Set([4401, 4403, 4404]);
const RESYNC = 4000;

/** A send() that failed: refused by the server (problem), or no answer because the socket is not open. */
export class LiveError extends Error {
  constructor({ problem = null, offline = false, timeout = false }) {
    super(problem?.detail || problem?.title || (offline ? 'offline' : timeout ? 'timeout' : 'error'));
    this.name = 'LiveError';
    this.problem = problem || {};
    this.status = problem?.status || 0;
    this.offline = offline;
    this.timeout = timeout;
  }
}

export function connectLive(meetingId, options = {}) {
  return new LiveConnection(meetingId, options);
}

class LiveConnection {
  constructor(meetingId, options) {
    this.meetingId = meetingId;
    this.options = { heartbeat: true, ...options };
    this.status = 'connecting';
    this.state = null;
    this.seq = null;
    this.problem = null;
    this.listeners = { status: new Set(), state: new Set(), problem: new Set() };
    this.pending = new Map();
    this.nextRef = 1;
    this.attempt = 0;
    this.downSince = null;
    this.closed = false;
    this.socket = null;
    this.retryTimer = null;
    this.stopHeartbeatTicks = null;
    this.offlineTimer = null;
    this.wentOnline = () => { if (!this.closed && this.status !== 'online') this.reconnect(); };
    globalThis.addEventListener?.('online', this.wentOnline);
    this.open();
  }

  on(name, listener) {
    this.listeners[name].add(listener);
    return () => this.listeners[name].delete(listener);
  }

  send(type, data = {}) {
    if (!this.socket || this.socket.readyState !== 1 || this.status !== 'online') {
      return Promise.reject(new LiveError({ offline: true }));
    }
    const ref = `r${this.nextRef++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(ref);
        reject(new LiveError({ timeout: true }));
      }, ANSWER_TIMEOUT_MS);
      this.pending.set(ref, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ ...data, type, ref }));
    });
  }

  reconnect() {
    if (this.closed) return;
    clearTimeout(this.retryTimer);
    this.drop();
    if (this.status === 'online') this.setStatus('reconnecting');
    this.open();
  }

  close() {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.offlineTimer);
    globalThis.removeEventListener?.('online', this.wentOnline);
    this.drop();
    this.setStatus('offline');
  }

  // --- inside ---

  open() {
    const Socket = this.options.WebSocket || globalThis.WebSocket;
    const socket = new Socket(this.url());
    this.socket = socket;
    socket.onmessage = (message) => { if (socket === this.socket) this.receive(message.data); };
    socket.onclose = (event) => { if (socket === this.socket) this.lost(event.code); };
    // an error is always followed by a close, which decides what happens next
    socket.onerror = () => {};
  }

  url() {
    const base = this.options.baseUrl || globalThis.document?.baseURI || globalThis.location?.href;
    const url = new URL(`ws/meetings/${encodeURIComponent(this.meetingId)}`, base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', this.options.token || getToken() || '');
    url.searchParams.set('lang', this.options.lang || currentLanguage());
    if (this.state !== null && this.seq !== null) url.searchParams.set('since', String(this.seq));
    return url.toString();
  }

  /** Forgets the current socket without reacting to its close (reconnect() and close() decide what follows). */
  drop() {
    const socket = this.socket;
    this.socket = null;
    this.stopHeartbeat();
    this.failPending();
    if (socket && socket.readyState <= 1) {
      try { socket.close(1000, 'client'); } catch { /* already closing */ }
    }
  }

  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    const { type, data } = message;
    if (type === 'ack' || (type === 'error' && data?.ref && this.pending.has(data.ref))) {
      this.answer(type, data);
      return;
    }
    if (type === 'error') {
      this.problem = data || {};
      this.emit('problem', this.problem);
      return;
    }
    if (type === 'resync') {
      // the server closes next (4000); lost() reconnects with since=<our last number>
      return;
    }
    if (type === 'snapshot') {
      this.state = fromSnapshot(data);
      this.seq = message.seq;
      this.arrived();
      this.emit('state', this.state, message);
      return;
    }
    if (type === 'replay') {
      if (this.state === null || data?.since !== this.seq) { this.restart(); return; }
      this.arrived();
      return;
    }
    if (typeof message.seq !== 'number') return;
    if (this.state === null) { this.restart(); return; }
    if (message.seq <= this.seq) return; // already applied (sent again after a replay)
    if (message.seq !== this.seq + 1) { this.reconnect(); return; } // a gap: ask for what is missing
    this.state = reduce(this.state, message);
    this.seq = message.seq;
    this.emit('state', this.state, message);
  }

  /** Something went wrong with the numbering beyond repair: start over with a fresh snapshot. */
  restart() {
    this.state = null;
    this.seq = null;
    this.reconnect();
  }

  /** The socket delivered its opening (snapshot or replay): online from now on. */
  arrived() {
    this.attempt = 0;
    this.downSince = null;
    this.problem = null;
    clearTimeout(this.offlineTimer);
    this.setStatus('online');
    this.startHeartbeat();
  }

  lost(code) {
    this.socket = null;
    this.stopHeartbeat();
    this.failPending();
    if (this.closed) return;
    if (REFUSED.has(code)) {
      this.closed = true;
      globalThis.removeEventListener?.('online', this.wentOnline);
      this.setStatus('offline');
      return;
    }
    if (this.downSince === null) {
      this.downSince = Date.now();
      clearTimeout(this.offlineTimer);
      this.offlineTimer = setTimeout(() => { if (!this.closed && this.status !== 'online') this.setStatus('offline'); },
        OFFLINE_AFTER_MS);
    }
    if (this.status === 'online') this.setStatus('reconnecting');
    // a resync is the server's request to come back at once; a drop waits longer each time
    const wait = code === RESYNC ? 0 : BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt += 1;
    const jitter = wait === 0 ? 0 : Math.random() * wait * 0.2;
    this.retryTimer = setTimeout(() => { if (!this.closed) this.open(); }, wait + jitter);
  }

  startHeartbeat() {
    this.stopHeartbeat();
    if (!this.options.heartbeat) return;
    const beat = () => {
      const over = ['ENDED', 'CANCELLED'].includes(phase(this.state));
      if (!over && this.socket?.readyState === 1) this.socket.send('{"type":"heartbeat"}');
    };
    beat();
    this.stopHeartbeatTicks = every(HEARTBEAT_MS, beat);
  }

  stopHeartbeat() {
    this.stopHeartbeatTicks?.();
    this.stopHeartbeatTicks = null;
  }

  answer(type, data) {
    const waiting = this.pending.get(data?.ref);
    if (!waiting) return;
    this.pending.delete(data.ref);
    clearTimeout(waiting.timer);
    if (type === 'ack') waiting.resolve(data);
    else waiting.reject(new LiveError({ problem: data }));
  }

  failPending() {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new LiveError({ offline: true }));
    }
    this.pending.clear();
  }

  setStatus(status) {
    if (status === this.status) return;
    this.status = status;
    this.emit('status', status);
  }

  emit(name, ...values) {
    for (const listener of [...this.listeners[name]]) {
      try {
        listener(...values);
      } catch (failure) {
        // one broken listener must not stop the others, nor the socket
        console.error(failure);
      }
    }
  }
}

/**
 * Calls `tick` every `ms` milliseconds until the returned function is called. The ticks come from a worker
 * where the browser has them: it slows the timers of a tab left in the background down to once a minute,
 * which would let the unit's point fall offline while its page is open behind another window.
 */
function every(ms, tick) {
  if (typeof Worker === 'function' && typeof Blob === 'function' && typeof URL.createObjectURL === 'function') {
    try {
      const url = URL.createObjectURL(new Blob([`setInterval(() => postMessage(0), ${Number(ms)});`], { type: 'text/javascript' }));
      const worker = new Worker(url);
      worker.onmessage = () => { URL.revokeObjectURL(url); tick(); };
      return () => { worker.terminate(); URL.revokeObjectURL(url); };
    } catch {
      // no workers here (or not from blob: addresses): plain timers below
    }
  }
  const timer = setInterval(tick, ms);
  return () => clearInterval(timer);
}
