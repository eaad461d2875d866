// When the point sends: its camera and microphone go out exactly while the live state allows it
// (media-rules.js), each time with a fresh join answer, since the server has the last word and gives
// a feed id of its own when it has one. A point the server removed from the room (kicked) stays a
// viewer until the reason to send has passed; one whose sending ended otherwise tries again.

import { api } from '../api.js';
import { shouldPublish } from './media-rules.js';
import { publish } from './publisher.js';

/**
 * The sending of `media`'s point (its unit and live state; publishing is kept there), for meeting
 * `meetingId`. `status` is the page's mediaStatus; `isStopped()` whether the page left the video;
 * `reconcileSoon()` looks again at what to send after a while.
 */
export function pointPublishing({ meetingId, media, localStream, status, isStopped, changed, reconcileSoon }) {
  let publisher = null;
  let publishingNow = false; // a publish under way
  let kicked = false; // removed by the server: not again until the reason to publish has passed

  async function start(Janus) {
    publishingNow = true;
    try {
      const answer = await api.post(`meetings/${meetingId}/media/join`, {});
      if (!answer.available || !answer.publish || isStopped()) return;
      const stream = await localStream();
      const started = await publish(Janus, answer, stream, {
        onEnd: (reason) => ended(started, reason),
        iceState: status.publisherIce,
      });
      if (isStopped() || !shouldPublish(media.live, media.unit)) { started.stop(); return; }
      publisher = started;
      media.publishing = true;
      changed();
    } catch (error) {
      status.problem(error);
    } finally {
      publishingNow = false;
    }
  }

  function ended(which, reason) {
    if (publisher !== which && publisher !== null) return;
    publisher = null;
    media.publishing = false;
    status.forgetPublisher();
    if (reason === 'kicked') kicked = true; // stays in the room as a viewer
    changed();
    if (reason !== 'kicked') reconcileSoon();
  }

  function stop() {
    const was = publisher;
    publisher = null;
    media.publishing = false;
    status.forgetPublisher();
    was?.stop();
    changed();
  }

  return {
    /** Starts or stops sending as `want` says, through `Janus`. */
    follow(want, Janus) {
      if (!want) kicked = false;
      if (want && !kicked && !publisher && !publishingNow) start(Janus);
      if (!want && publisher) stop();
    },
    stop,
    /** The server sent the point out of the room. */
    kicked() { kicked = true; },
    sending: () => publisher !== null,
    setEnabled: (kind, on) => publisher?.setEnabled(kind, on),
    peer: () => publisher?.peer(),
  };
}
