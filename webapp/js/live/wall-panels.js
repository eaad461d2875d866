// The wall's smaller parts, each redrawn whole when its piece of the state changes (they are
// small): the phase with start and end, the counters per tier, the floor with the speaker queue.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { dayAndTime, timeRange } from '../meetings/times.js';
import { confirmDialog } from '../ui/dialog.js';
import { showError } from '../ui/feedback.js';

/** Late start and overrun as the clock says now (the snapshot's flags are as of its time). */
function lateness(lifecycle, now = Date.now()) {
  if (lifecycle.phase === 'READINESS' || lifecycle.phase === 'SCHEDULED') return now > Date.parse(lifecycle.scheduledStart) ? 'late' : null;
  if (lifecycle.phase === 'LIVE') {
    if (now > Date.parse(lifecycle.scheduledEnd)) return 'overrun';
    return lifecycle.lateStart ? 'startedLate' : null;
  }
  return null;
}

/** The phase badge and the start / end buttons (each asks first). */
export function phasePanel(meetingId, alert, { runs }) {
  const element = h('div', { class: 'wall-phase', id: 'wall-phase' });
  let current = null;

  async function step(action) {
    if (!await confirmDialog(t(`wall.${action}Confirm`), { confirmLabel: t(`wall.${action}`), danger: action === 'end' })) return;
    try {
      await api.post(`meetings/${meetingId}/live/${action}`);
    } catch (error) {
      showError(alert, error);
    }
  }

  function render(lifecycle = current) {
    current = lifecycle;
    const late = lateness(lifecycle);
    replace(element,
      h('span', { class: `badge phase phase-${lifecycle.phase.toLowerCase()}`, id: 'wall-phase-badge', 'data-phase': lifecycle.phase },
        t(`wall.phase.${lifecycle.phase}`)),
      late && h('span', { class: `badge phase-warning ${late}`, id: 'wall-lateness' }, '⚠ ', t(`wall.${late}`)),
      h('span', { class: 'muted wall-times' }, timeRange(lifecycle.scheduledStart, lifecycle.scheduledEnd),
        lifecycle.startedAt && ` · ${t('wall.startedAt', { time: dayAndTime(lifecycle.startedAt) })}`,
        lifecycle.endedAt && ` · ${t('wall.endedAt', { time: dayAndTime(lifecycle.endedAt) })}`),
      runs && ['SCHEDULED', 'READINESS'].includes(lifecycle.phase) && h('button', {
        type: 'button', class: 'button button-primary button-small', id: 'wall-start', onclick: () => step('start'),
      }, '▶ ', t('wall.start')),
      runs && lifecycle.phase === 'LIVE' && h('button', {
        type: 'button', class: 'button button-danger button-small', id: 'wall-end', onclick: () => step('end'),
      }, '■ ', t('wall.end')));
  }

  // late start and overrun come with the clock, not with an event
  const clock = setInterval(() => current && render(), 30_000);
  return { element, render, stop: () => clearInterval(clock) };
}

/** "Cấp xã 104/109 có mặt" per tier, then what still needs the office: not checked in, problems. */
export function countersPanel(tierLabel) {
  const element = h('div', { class: 'wall-counters', id: 'wall-counters', 'aria-live': 'off' });
  return {
    element,
    render(counts) {
      const unchecked = counts.reduce((sum, tier) => sum + tier.unchecked, 0);
      const problems = counts.reduce((sum, tier) => sum + tier.problems, 0);
      replace(element,
        counts.map((tier) => h('span', { class: 'counter', 'data-level': tier.level },
          h('strong', {}, tierLabel(tier.level)), ' ',
          // expected: the units that confirmed; before any answer only the present count says something
          h('span', { class: 'counter-present' }, tier.expected > 0
            ? t('wall.presentOf', { present: formatNumber(tier.present), expected: formatNumber(tier.expected) })
            : t('wall.present', { present: formatNumber(tier.present) })),
          h('span', { class: 'muted' }, ` · ${t('wall.onlineOf', { online: formatNumber(tier.online), invited: formatNumber(tier.invited) })}`))),
        h('span', { class: 'counter counter-unchecked', id: 'wall-unchecked' }, '? ', t('wall.unchecked', { n: formatNumber(unchecked) })),
        h('span', { class: `counter counter-problems${problems ? ' alarm' : ''}`, id: 'wall-problems' }, '! ', t('wall.problems', { n: formatNumber(problems) })));
    },
  };
}

/** Who has the floor, the queue of raised hands in order with their topics, and the buttons. */
export function floorPanel(meetingId, alert, { runs, nameOf }) {
  const element = h('section', { class: 'panel wall-floor', id: 'wall-floor', 'aria-labelledby': 'wall-floor-title' });

  async function call(work) {
    try {
      await work();
    } catch (error) {
      showError(alert, error);
    }
  }

  return {
    element,
    render({ floor, hands, lifecycle }) {
      const live = lifecycle.phase === 'LIVE';
      replace(element,
        h('h2', { class: 'panel-title', id: 'wall-floor-title' }, t('wall.floor')),
        floor
          ? h('div', { class: 'floor-now', id: 'wall-floor-now', 'data-unit': floor.unit },
            h('span', { 'aria-hidden': 'true' }, '▶ '), h('strong', {}, floor.unitName || nameOf(floor.unit)),
            h('span', { class: 'muted' }, ` · ${t('wall.since', { time: dayAndTime(floor.since) })}`),
            runs && live && h('button', {
              type: 'button', class: 'button button-small', id: 'wall-end-floor',
              onclick: () => call(() => api.delete(`meetings/${meetingId}/floor`)),
            }, t('wall.endFloor')))
          : h('p', { class: 'muted', id: 'wall-floor-now' }, t('wall.noFloor')),
        h('h3', { class: 'queue-title' }, t('wall.queue', { n: formatNumber(hands.length) })),
        hands.length === 0 ? h('p', { class: 'muted' }, t('wall.noHands'))
          : h('ol', { class: 'hand-queue', id: 'wall-queue' }, hands.map((hand) => h('li', { class: 'hand-item', 'data-unit': hand.unit },
            h('div', {}, h('span', { 'aria-hidden': 'true' }, '↑ '), h('strong', {}, nameOf(hand.unit)),
              hand.topic && h('div', { class: 'hand-topic' }, hand.topic),
              h('div', { class: 'muted' }, dayAndTime(hand.raisedAt))),
            runs && live && h('div', { class: 'hand-actions' },
              h('button', {
                type: 'button', class: 'button button-primary button-small grant-floor', 'data-unit': hand.unit,
                onclick: () => call(() => api.post(`meetings/${meetingId}/floor`, { unit: hand.unit })),
              }, t('wall.grant')),
              h('button', {
                type: 'button', class: 'button button-small lower-hand', 'data-unit': hand.unit,
                onclick: () => call(() => api.delete(`meetings/${meetingId}/hands/${encodeURIComponent(hand.unit)}`)),
              }, t('wall.lower')))))));
    },
  };
}
