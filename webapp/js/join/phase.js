// Where the live meeting stands (scheduled, readiness check, live, ended, cancelled), with
// a late start or an overrun said in words, and when it opened, started or ended.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { isLateStart, isOverrun, phase } from '../live/live-state.js';

function when(life) {
  switch (life.phase) {
    case 'SCHEDULED': return t('join.phase.opensAt', { time: dayAndTime(life.readinessOpensAt) });
    case 'READINESS': return t('join.phase.startsAt', { time: dayAndTime(life.scheduledStart) });
    case 'LIVE': return life.startedAt ? t('join.phase.startedAt', { time: dayAndTime(life.startedAt) }) : '';
    case 'ENDED': return life.endedAt ? t('join.phase.endedAt', { time: dayAndTime(life.endedAt) }) : '';
    default: return '';
  }
}

export function phaseBox() {
  const element = h('div', { class: 'live-phase', id: 'live-phase-box' });
  function update(state) {
    const current = phase(state);
    if (!current) return;
    const now = Date.now();
    replace(element,
      h('span', { class: `badge live-phase-${current.toLowerCase()}`, id: 'live-phase', 'data-phase': current }, t(`join.phase.${current}`)),
      isLateStart(state, now) && h('span', { class: 'badge live-badge-warn', id: 'live-late' }, `⏱ ${t('join.phase.late')}`),
      isOverrun(state, now) && h('span', { class: 'badge live-badge-warn', id: 'live-overrun' }, `⏱ ${t('join.phase.overrun')}`),
      h('span', { class: 'muted live-phase-when' }, when(state.lifecycle)));
  }
  return { element, update };
}
