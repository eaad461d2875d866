// Names of meeting states, kinds and answers, and conflicts told as sentences.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { numericDay, timeRange, vietnamParts } from './times.js';

export const STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'];
export const KINDS = ['CONFERENCE', 'MEETING', 'WORKING_SESSION'];

export function statusLabel(status) {
  return t(`meeting.status.${status}`);
}

export function statusBadge(status) {
  return h('span', { class: `badge status-${String(status).toLowerCase()}`, 'data-status': status }, statusLabel(status));
}

export function kindLabel(kind) {
  return t(`meeting.kind.${kind}`);
}

export function rsvpLabel(rsvp) {
  return t(`rsvp.${rsvp}`);
}

export function rsvpBadge(rsvp) {
  return h('span', { class: `badge rsvp-${String(rsvp).toLowerCase()}`, 'data-rsvp': rsvp }, rsvpLabel(rsvp));
}

export function levelLabel(level) {
  return t(`meeting.tier.${level}`);
}

/**
 * One conflict as a sentence: "Điểm cầu X của Xã Y đã có cuộc họp «Z» 08:00–10:00 ngày 06/01/2031".
 * `pointName(id)` gives a point's name where it is known.
 */
export function describeConflict(conflict, pointName = () => null) {
  const other = conflict.title ? `«${conflict.title}»` : t('conflict.hiddenMeeting');
  const when = conflict.start && conflict.end
    ? t('conflict.when', { time: timeRange(conflict.start, conflict.end), day: numericDay(vietnamParts(conflict.start).day) })
    : '';
  const values = {
    point: pointName(conflict.point) || t('conflict.pointN', { id: conflict.point }),
    unit: conflict.unitName || conflict.unit || '',
    other,
    when,
  };
  const sentence = t(`conflict.${conflict.kind}`, values);
  const occurrence = conflict.date && conflict.occurrence
    ? t('conflict.occurrence', { n: conflict.occurrence, day: numericDay(conflict.date) }) : '';
  return occurrence ? `${occurrence}: ${sentence}` : sentence;
}

/** The list of conflicts, each naming the other meeting with a link to it. */
export function conflictList(conflicts, pointName, id = 'conflict-list') {
  return h('ul', { class: 'conflict-list', id },
    conflicts.map((conflict) => h('li', {
      class: 'conflict', 'data-kind': conflict.kind, 'data-unit': conflict.unit || '', 'data-meeting': conflict.meetingId || '',
    }, describeConflict(conflict, pointName),
    conflict.meetingId && conflict.title && [' ', h('a', { href: `#/meetings/${conflict.meetingId}` }, t('conflict.open'))])));
}
