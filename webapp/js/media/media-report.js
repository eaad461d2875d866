// What the point's media path is like, told to the server (PUT media/state) only when it changes:
// CONNECTED, RECONNECTING or FAILED, with the share of packets lost on the way in (from getStats)
// when there is something to count, looked at every few seconds while the page is in the room.
// Also the figures a page shows for its streams.

import { api } from '../api.js';

/** A new report only when the state changes or the loss moves by this many points. */
const LOSS_STEP = 2;
const REPORT_MS = 5000;
const REPORTED = { connected: 'CONNECTED', reconnecting: 'RECONNECTING', failed: 'FAILED' };

/** Reporter for meeting `meetingId`; report(state, loss) sends what is new, and nothing else. */
export function mediaReporter(meetingId) {
  let last = null;
  return {
    async report(state, packetLoss) {
      const loss = packetLoss == null ? null : Math.round(packetLoss * 100) / 100;
      const same = last && last.state === state
        && (loss == null || (last.packetLoss != null && Math.abs(last.packetLoss - loss) < LOSS_STEP));
      if (same) return;
      last = { state, packetLoss: loss ?? last?.packetLoss ?? null };
      try {
        await api.put(`meetings/${meetingId}/media/state`, loss == null ? { state } : { state, packetLoss: Math.min(100, loss) });
      } catch {
        last = null; // told next time
      }
    },
  };
}

/**
 * Looks at `media` (its status and stats()) every few seconds while `inRoom()`, and gives `reporter`
 * the state and the loss on the way in since the look before.
 */
export function regularReports(reporter, media, inRoom) {
  let last = null;
  let timer = 0;
  async function reportNow() {
    if (!inRoom()) return;
    const now = await media.stats();
    const total = now.feeds.reduce((sum, f) => ({ packetsReceived: sum.packetsReceived + f.packetsReceived, packetsLost: sum.packetsLost + f.packetsLost }),
      { packetsReceived: 0, packetsLost: 0 });
    const loss = lossBetween(last, total);
    last = total;
    const state = REPORTED[media.status];
    if (state) reporter.report(state, loss);
  }
  return {
    start() { timer = setInterval(() => reportNow().catch(() => {}), REPORT_MS); },
    stop() { clearInterval(timer); },
  };
}

/** The figures of one peer connection: what it receives (video frames, audio energy, losses) and sends. */
export async function peerFigures(peer) {
  const figures = {
    framesDecoded: 0, totalAudioEnergy: 0, packetsReceived: 0, packetsLost: 0,
    packetsSent: 0, bytesSent: 0, framesEncoded: 0, connection: peer?.connectionState || 'new',
  };
  if (!peer?.getStats) return figures;
  const report = await peer.getStats();
  report.forEach((entry) => {
    if (entry.type === 'inbound-rtp') {
      figures.packetsReceived += entry.packetsReceived || 0;
      figures.packetsLost += Math.max(0, entry.packetsLost || 0);
      if (entry.kind === 'video') figures.framesDecoded += entry.framesDecoded || 0;
      if (entry.kind === 'audio') figures.totalAudioEnergy += entry.totalAudioEnergy || 0;
    } else if (entry.type === 'outbound-rtp') {
      figures.packetsSent += entry.packetsSent || 0;
      figures.bytesSent += entry.bytesSent || 0;
      if (entry.kind === 'video') figures.framesEncoded += entry.framesEncoded || 0;
    }
  });
  return figures;
}

/** Percent of packets lost between two readings of the same connections, or null without traffic. */
export function lossBetween(before, now) {
  const received = now.packetsReceived - (before?.packetsReceived || 0);
  const lost = now.packetsLost - (before?.packetsLost || 0);
  if (received + lost <= 0) return null;
  return (100 * Math.max(0, lost)) / (received + Math.max(0, lost));
}
