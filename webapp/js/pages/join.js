// Taking part in a live meeting from a unit's point (#/meetings/{id}/join): the meeting's
// facts, its phase, the connection, speaking, votes, the unit's point and delegates. While the
// page is open its heartbeats keep the unit's point ONLINE, which marks the unit present once
// the meeting is live; closing the page lets the point go offline.

import { SIGNED_OUT_EVENT, api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { delegatesPanel } from '../join/delegates.js';
import { meetingDetails } from '../join/details.js';
import { connectionIndicator } from '../join/indicator.js';
import { phaseBox } from '../join/phase.js';
import { pointPanel } from '../join/point.js';
import { speakingPanel } from '../join/speaking.js';
import { votesPanel } from '../join/votes.js';
import { connectLive } from '../live/connection.js';
import { mediaPanel } from '../media/media-panel.js';
import { managesHost } from '../meetings/roles.js';
import { longDay, timeRange, vietnamParts } from '../meetings/times.js';
import { currentUser, hasRole } from '../session.js';
import { loadInto, spinner } from '../ui/feedback.js';

/** Whether the person runs the meeting as the server counts it (chair, or an office of the host or above). */
async function runsMeeting(meeting, user) {
  if (hasRole('CHAIR') && (user.username === meeting.chair.username || user.unitCode === meeting.hostUnit)) return true;
  return managesHost(meeting.hostUnit, vietnamParts(meeting.start).day);
}

export function mount(container, { params }) {
  const id = Number(params[0]);
  const user = currentUser();
  const body = h('div', { class: 'join-page' });
  let live = null;
  let clock = null;
  let media = null;

  function render({ meeting, runs }) {
    const own = meeting.invitations.find((invitation) => invitation.unit === user.unitCode) || null;
    const unit = user.unitCode;
    // only a unit with a point in the meeting has something to keep online
    live = connectLive(id, { heartbeat: Boolean(own?.point) });
    live.on('status', (status) => {
      if (status === 'offline' && live.problem?.status === 401) window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT, { detail: { expired: true } }));
    });
    const phase = phaseBox();
    const speaking = speakingPanel({ live, unit });
    const votes = votesPanel({ live, unit });
    const point = pointPanel({ meetingId: id, unit, mayCheck: hasRole('TECHNICIAN') || runs });
    const delegates = delegatesPanel({ meetingId: id, unit, mayMark: runs });
    // camera and microphone for an invited unit; only a unit with a point has a media path to report
    media = own ? mediaPanel({ meetingId: id, report: Boolean(own.point) }) : null;
    const waiting = h('div', { id: 'live-waiting' }, spinner(t('join.waiting')));
    const panels = h('div', { class: 'join-grid', hidden: true },
      h('div', { class: 'join-column' }, speaking.element, votes.element),
      h('div', { class: 'join-column' }, point.element, delegates.element));
    live.on('state', (state) => {
      waiting.hidden = true;
      panels.hidden = false;
      [phase, speaking, votes, point, delegates, media].forEach((panel) => panel?.update(state));
    });
    // the connection changes what may be done (buttons), not the state
    live.on('status', () => { speaking.refresh(); votes.refresh(); });
    // late start and overrun depend on the clock as well as on events
    clock = setInterval(() => phase.update(live.state), 30000);
    const start = vietnamParts(meeting.start);
    return [
      h('div', { class: 'page-header' },
        h('div', {},
          h('p', { class: 'breadcrumbs-inline' }, h('a', { href: `#/meetings/${id}`, id: 'join-meeting-link' }, `‹ ${t('join.meetingLink')}`)),
          h('h1', { class: 'page-title', tabindex: '-1', id: 'join-title' }, meeting.title),
          h('p', { class: 'page-lead' }, `${longDay(start.day)}, ${timeRange(meeting.start, meeting.end)}`,
            ' · ', own ? h('span', { id: 'join-unit' }, own.unitName) : h('span', { id: 'join-unit' }, t('join.notInvited'))))),
      h('div', { class: 'join-bar', id: 'join-bar' }, connectionIndicator(live), phase.element),
      !own && h('div', { class: 'alert alert-info' }, h('p', {}, t('join.watchOnly'))),
      own && !own.point && h('div', { class: 'alert alert-info' }, h('p', {}, t('join.noPoint'))),
      waiting,
      media?.element,
      panels,
      meetingDetails(meeting),
    ];
  }

  loadInto(body, async () => {
    const meeting = await api.get(`meetings/${id}`);
    return { meeting, runs: await runsMeeting(meeting, user) };
  }, render);
  replace(container, body);
  return {
    unmount() {
      clearInterval(clock);
      media?.stop();
      live?.close();
    },
  };
}
