// The unit's delegates in the roll call of a live meeting. The unit is marked present by itself
// when its point is online while the meeting is live; whether each delegate is there is the
// word of whoever runs the meeting (the server refuses it to the unit), so the unit reads it
// here and only those who run the meeting get the buttons.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { phase, unitLine } from '../live/live-state.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';

function stateBadge(state, id) {
  const key = state || 'NONE';
  return h('span', { class: `badge live-attendance-${key.toLowerCase()}`, id, 'data-state': key }, t(`join.attendance.${key}`));
}

/** The delegates panel of unit `unit` in meeting `meetingId`; `mayMark` offers check-in buttons. */
export function delegatesPanel({ meetingId, unit, mayMark }) {
  const alert = alertArea();
  const body = h('div', { id: 'live-delegate-list' });
  let current = null;

  async function mark(ordinal, state, button) {
    clearAlert(alert);
    button.disabled = true;
    try {
      await api.put(`meetings/${meetingId}/attendance/${encodeURIComponent(unit)}/delegates/${ordinal}`, { state });
    } catch (error) {
      showError(alert, error);
    } finally {
      button.disabled = false;
    }
  }

  function draw(state) {
    const line = unitLine(state, unit);
    if (!line) { replace(body, h('p', { class: 'muted' }, t('join.delegates.notInvited'))); return; }
    const open = !['SCHEDULED', 'CANCELLED'].includes(phase(state));
    replace(body,
      h('p', {}, t('join.delegates.unitState'), ' ', stateBadge(line.state, 'live-unit-attendance'),
        line.reason && h('span', { class: 'muted' }, ` ${line.reason}`),
        line.representedBy && h('span', { class: 'muted' }, ` ${t('join.attendance.by', { name: line.representedBy })}`)),
      line.delegates.length === 0
        ? h('p', { class: 'empty' }, t('join.delegates.none'))
        : h('ul', { class: 'live-delegates' }, line.delegates.map((person) => h('li', { 'data-ordinal': person.ordinal, 'data-state': person.state || 'NONE' },
          h('span', { class: 'live-delegate-name' }, person.name),
          stateBadge(person.state),
          person.representedBy && h('span', { class: 'muted' }, ` ${t('join.attendance.by', { name: person.representedBy })}`),
          person.reason && h('span', { class: 'muted' }, ` ${person.reason}`),
          mayMark && open && h('span', { class: 'live-delegate-actions' },
            ['PRESENT_ONLINE', 'ABSENT'].map((given) => h('button', {
              type: 'button', class: 'button button-small', 'data-mark': given,
              'aria-pressed': String(person.state === given),
              onclick: (event) => mark(person.ordinal, given, event.currentTarget),
            }, t(`join.delegates.mark.${given}`))))))),
      !mayMark && h('p', { class: 'hint', id: 'live-delegates-readonly' }, t('join.delegates.readOnly')));
  }

  function update(state) {
    if (!state) return;
    const changed = !current || unitLine(current, unit) !== unitLine(state, unit) || phase(current) !== phase(state);
    current = state;
    if (changed) draw(state);
  }

  const element = h('section', { class: 'panel live-panel', id: 'live-delegates', 'aria-labelledby': 'live-delegates-title' },
    h('h2', { class: 'panel-title', id: 'live-delegates-title' }, t('join.delegates.title')), alert, body);
  return { element, update };
}
