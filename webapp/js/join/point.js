// The unit's own meeting point in a live meeting: its connection as the server sees it (this
// page's heartbeats make it ONLINE), its readiness, and for the unit's technician (or whoever
// runs the meeting) the form to record the equipment checks with READY or PROBLEM and a note.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { phase, pointOf } from '../live/live-state.js';
import { alertArea, clearAlert, showError, showSuccess } from '../ui/feedback.js';

export const CHECKS = ['camera', 'microphone', 'loudspeaker', 'display', 'network'];

function connectionBadge(connection) {
  const online = connection === 'ONLINE';
  return h('span', { class: `badge ${online ? 'live-badge-online' : 'live-badge-offline'}`, id: 'live-point-connection', 'data-connection': connection },
    online ? '● ' : '○ ', t(`join.point.connection.${online ? 'ONLINE' : 'OFFLINE'}`));
}

function readinessBadge(readiness) {
  const key = readiness || 'NONE';
  return h('span', { class: `badge live-badge-readiness-${key.toLowerCase()}`, id: 'live-point-readiness', 'data-readiness': key },
    { READY: '✓ ', PROBLEM: '⚠ ', NONE: '' }[key] || '', t(`join.point.readiness.${key}`));
}

/** The point panel of unit `unit` in meeting `meetingId`; `mayCheck` offers the readiness form. */
export function pointPanel({ meetingId, unit, mayCheck }) {
  const alert = alertArea();
  const facts = h('div', { id: 'live-point-facts' });
  const boxes = Object.fromEntries(CHECKS.map((name) => [name, h('input', { type: 'checkbox', id: `readiness-check-${name}`, name })]));
  const status = (value) => h('input', { type: 'radio', name: 'readiness', value, id: `readiness-${value.toLowerCase()}` });
  const ready = status('READY');
  const problem = status('PROBLEM');
  const note = h('textarea', { id: 'readiness-note', rows: 2, maxlength: 500 });
  const save = h('button', { type: 'submit', class: 'button button-primary', id: 'readiness-save' }, t('join.readiness.save'));
  const form = h('form', { class: 'form-stack live-readiness-form', id: 'readiness-form', novalidate: true },
    h('fieldset', { class: 'check-group' }, h('legend', {}, t('join.readiness.checks')),
      CHECKS.map((name) => h('span', { class: 'check' }, boxes[name], h('label', { for: boxes[name].id }, t(`join.check.${name}`))))),
    h('fieldset', { class: 'radio-group' }, h('legend', {}, t('join.readiness.result')),
      h('span', { class: 'radio' }, ready, h('label', { for: ready.id }, t('join.point.readiness.READY'))),
      h('span', { class: 'radio' }, problem, h('label', { for: problem.id }, t('join.point.readiness.PROBLEM')))),
    h('div', { class: 'field' }, h('label', { for: note.id }, t('join.readiness.note')), note),
    h('div', {}, save));
  const closedHint = h('p', { class: 'hint', id: 'readiness-closed' }, t('join.readiness.closed'));
  let current = null;
  let filledFrom; // the point as the form was last filled from it: typing is not overwritten by others' events
  let edited = false;
  form.addEventListener('input', () => { edited = true; });

  function fill(point) {
    const checks = point?.checks || {};
    // an unreported point starts with every box ticked: the usual case is that everything works
    CHECKS.forEach((name) => { boxes[name].checked = point?.readiness ? checks[name] === true : true; });
    ready.checked = point?.readiness !== 'PROBLEM';
    problem.checked = point?.readiness === 'PROBLEM';
    note.value = point?.note || '';
    edited = false;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    const point = pointOf(current, unit);
    if (!point) return;
    const body = {
      status: problem.checked ? 'PROBLEM' : 'READY',
      checks: Object.fromEntries(CHECKS.map((name) => [name, boxes[name].checked])),
      note: note.value.trim() || null,
    };
    save.disabled = true;
    save.textContent = t('common.saving');
    try {
      await api.put(`meetings/${meetingId}/points/${point.pointId}/readiness`, body);
      edited = false;
      showSuccess(alert, t('join.readiness.saved'));
    } catch (error) {
      showError(alert, error);
    } finally {
      save.disabled = false;
      save.textContent = t('join.readiness.save');
    }
  });

  function drawFacts(point) {
    if (!point) {
      replace(facts, h('p', { class: 'muted', id: 'live-no-point' }, t('join.point.none')));
      return;
    }
    const checks = CHECKS.filter((name) => name in (point.checks || {}));
    replace(facts, h('dl', { class: 'facts live-point-facts' },
      h('div', {}, h('dt', {}, t('join.point.connection')), h('dd', {}, connectionBadge(point.connection),
        point.lastSeen && h('span', { class: 'muted' }, ` ${t('join.point.lastSeen', { time: dayAndTime(point.lastSeen) })}`))),
      h('div', {}, h('dt', {}, t('join.point.readiness')), h('dd', {}, readinessBadge(point.readiness),
        point.checkedBy && h('span', { class: 'muted' }, ` ${t('join.point.checkedBy', { by: point.checkedBy, time: dayAndTime(point.checkedAt) })}`))),
      checks.length > 0 && h('div', {}, h('dt', {}, t('join.readiness.checks')), h('dd', {},
        h('ul', { class: 'live-checks', id: 'live-point-checks' }, checks.map((name) => h('li', { 'data-check': name, 'data-ok': String(point.checks[name]) },
          point.checks[name] ? '✓ ' : '✗ ', t(`join.check.${name}`), ' – ', t(point.checks[name] ? 'join.check.ok' : 'join.check.failed')))))),
      point.note && h('div', {}, h('dt', {}, t('join.readiness.note')), h('dd', { id: 'live-point-note' }, point.note))));
  }

  function update(state) {
    if (!state) return;
    const point = pointOf(state, unit);
    const open = ['READINESS', 'LIVE'].includes(phase(state));
    if (!current || pointOf(current, unit) !== point) drawFacts(point);
    current = state;
    if (!mayCheck || !point) { form.hidden = true; closedHint.hidden = true; return; }
    form.hidden = !open;
    closedHint.hidden = open;
    if (filledFrom === undefined || (!edited && filledFrom !== point)) { fill(point); filledFrom = point; }
  }

  const element = h('section', { class: 'panel live-panel', id: 'live-point', 'aria-labelledby': 'live-point-title' },
    h('h2', { class: 'panel-title', id: 'live-point-title' }, t('join.point.title')),
    facts, mayCheck && h('h3', { class: 'live-subtitle' }, t('join.readiness.title')), alert, form, closedHint);
  return { element, update };
}
