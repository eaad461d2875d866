// Booking a meeting, or changing one (#/meetings/new, #/meetings/{id}/edit). While the
// form is filled in, the server is asked (POST meetings/check) how many units the
// invitation reaches and what it would collide with, so conflicts are seen before saving.

import { api, isAbort } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { KINDS, conflictList, kindLabel } from '../meetings/labels.js';
import { placeFieldErrors } from '../meetings/problems.js';
import { rowEditor } from '../meetings/row-editor.js';
import { tierPicker } from '../meetings/tier-picker.js';
import { pointNames } from '../meetings/point-names.js';
import { plusDays, vietnamInstant, vietnamParts, vietnamToday } from '../meetings/times.js';
import { currentUser } from '../session.js';
import { alertArea, clearAlert, loadInto, showError } from '../ui/feedback.js';
import { clearFieldErrors, field, selectControl } from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';

const CHECK_DELAY_MS = 400;

export function mount(container, { params }) {
  const id = params[0] ? Number(params[0]) : null;
  const shell = h('div', {});
  replace(container, shell);
  if (!id) { build(shell, null); return {}; }
  loadInto(shell, () => api.get(`meetings/${id}`), (meeting) => {
    const holder = h('div', {});
    build(holder, meeting);
    return holder;
  });
  return {};
}

function build(container, meeting) {
  const editing = Boolean(meeting);
  const user = currentUser();
  const alert = alertArea();
  alert.id = 'form-alert';
  const names = pointNames();
  let checkController = null;

  const title = h('input', { type: 'text', id: 'meeting-title', maxlength: 300, value: meeting?.title || '' });
  const kind = selectControl('kind', KINDS.map((k) => ({ value: k, label: kindLabel(k) })), meeting?.kind || 'CONFERENCE');
  kind.id = 'meeting-kind';
  const hostPicker = unitPicker({
    value: meeting ? { code: meeting.hostUnit, name: meeting.hostUnitName } : user?.unitCode ? { code: user.unitCode, name: user.unitName || user.unitCode } : null,
    onChange: () => { loadPoints(); tiers.reset(); reloadTiers(); scheduleCheck(); },
  });
  hostPicker.input.id = 'meeting-host';
  const hostPoint = h('select', { id: 'meeting-host-point', name: 'hostPoint' });

  const start = meeting ? vietnamParts(meeting.start) : null;
  const end = meeting ? vietnamParts(meeting.end) : null;
  const date = h('input', { type: 'date', id: 'meeting-date', name: 'date', value: start?.day || plusDays(vietnamToday(), 1) });
  const startTime = h('input', { type: 'time', id: 'meeting-start', name: 'start', value: start?.time || '08:00', step: 300 });
  const endTime = h('input', { type: 'time', id: 'meeting-end', name: 'end', value: end?.time || '10:00', step: 300 });

  const chairHasAccount = Boolean(meeting?.chair?.username);
  const chairMode = (value, label) => {
    const input = h('input', { type: 'radio', name: 'chair-mode', value, id: `chair-mode-${value}`, checked: (value === 'account') === chairHasAccount });
    input.addEventListener('change', () => { showChairFields(); scheduleCheck(); });
    return h('span', { class: 'radio' }, input, h('label', { for: input.id }, label));
  };
  const chairUsername = h('input', { type: 'text', id: 'chair-username', autocomplete: 'off', spellcheck: 'false', value: meeting?.chair?.username || '' });
  const chairName = h('input', { type: 'text', id: 'chair-name', value: chairHasAccount ? '' : meeting?.chair?.name || '' });
  const chairPosition = h('input', { type: 'text', id: 'chair-position', value: chairHasAccount ? '' : meeting?.chair?.position || '' });
  const accountFields = h('div', { class: 'chair-fields' },
    field({ label: t('form.chairUsername'), name: 'chairUsername', control: chairUsername, hint: t('form.chairUsernameHint') }));
  const personFields = h('div', { class: 'chair-fields form-grid' },
    field({ label: t('form.chairName'), name: 'chairName', control: chairName }),
    field({ label: t('form.chairPosition'), name: 'chairPosition', control: chairPosition }));
  const chairMode0 = () => container.querySelector('input[name="chair-mode"]:checked')?.value || 'person';
  function showChairFields() {
    accountFields.hidden = chairMode0() !== 'account';
    personFields.hidden = chairMode0() === 'account';
  }

  const agenda = rowEditor({
    prefix: 'agenda',
    addLabel: t('form.agendaAdd'),
    columns: [
      { name: 'title', label: t('form.agendaTitle') },
      { name: 'presenter', label: t('form.agendaPresenter') },
      { name: 'minutes', label: t('form.agendaMinutes'), type: 'number', attributes: { min: 1, max: 720, step: 5, inputmode: 'numeric' } },
    ],
    initial: meeting?.agenda?.length ? meeting.agenda : [{}],
    onChange: () => showAgendaTotal(),
  });
  const agendaTotal = h('p', { class: 'hint', id: 'agenda-total' });
  function showAgendaTotal() {
    const total = agenda.value().reduce((sum, item) => sum + (item.minutes || 0), 0);
    const [sh, sm] = startTime.value.split(':').map(Number);
    const [eh, em] = endTime.value.split(':').map(Number);
    const length = eh * 60 + em - (sh * 60 + sm);
    agendaTotal.textContent = t('form.agendaTotal', { total, length: Number.isFinite(length) ? length : '?' });
    agendaTotal.classList.toggle('warn', Number.isFinite(length) && total > length);
  }

  const confidential = h('input', { type: 'checkbox', id: 'meeting-confidential', checked: Boolean(meeting?.confidential) });

  const freq = selectControl('freq', [
    { value: '', label: t('form.repeatNone') }, { value: 'DAILY', label: t('form.repeatDaily') },
    { value: 'WEEKLY', label: t('form.repeatWeekly') }, { value: 'MONTHLY', label: t('form.repeatMonthly') }], '');
  freq.id = 'recurrence-freq';
  const endMode = selectControl('endMode', [{ value: 'count', label: t('form.repeatCount') }, { value: 'until', label: t('form.repeatUntil') }], 'count');
  endMode.id = 'recurrence-end-mode';
  const count = h('input', { type: 'number', id: 'recurrence-count', min: 1, max: 100, value: 4 });
  const until = h('input', { type: 'date', id: 'recurrence-until' });
  const repeatDetails = h('div', { class: 'inline-controls repeat-details' }, endMode, count, until);
  function showRepeat() {
    repeatDetails.hidden = !freq.value;
    count.hidden = endMode.value !== 'count';
    until.hidden = endMode.value !== 'until';
  }

  const tiers = tierPicker({ onChange: () => scheduleCheck() });

  const checkStatus = h('p', { class: 'check-status', id: 'check-status', role: 'status' });
  const invitedCount = h('p', { class: 'invited-count', id: 'invited-count' });
  const conflictsBox = h('div', { id: 'conflicts', 'aria-live': 'polite' });
  const withoutPoint = h('p', { class: 'hint', id: 'without-point' });

  function request() {
    const chair = chairMode0() === 'account'
      ? chairUsername.value.trim() || null
      : (chairName.value.trim() ? { name: chairName.value.trim(), position: chairPosition.value.trim() || null } : null);
    const body = {
      title: title.value.trim(),
      kind: kind.value,
      hostUnit: hostPicker.value?.code || null,
      hostPoint: hostPoint.value ? Number(hostPoint.value) : null,
      chair,
      start: date.value && startTime.value ? vietnamInstant(date.value, startTime.value) : null,
      end: date.value && endTime.value ? vietnamInstant(date.value, endTime.value) : null,
      agenda: agenda.value(),
      confidential: confidential.checked,
      invite: tiers.value(),
    };
    if (editing) body.version = meeting.version;
    else if (freq.value) {
      body.recurrence = endMode.value === 'count'
        ? { freq: freq.value, count: count.value ? Number(count.value) : null }
        : { freq: freq.value, until: until.value || null };
    }
    return body;
  }

  function showConflicts(conflicts) {
    if (conflicts.length === 0) { replace(conflictsBox); return; }
    const units = [...new Set(conflicts.filter((c) => c.kind === 'POINT' && c.unit).map((c) => c.unit))];
    const draw = () => replace(conflictsBox, h('div', { class: 'alert alert-error conflicts-alert', role: 'alert' },
      h('p', { class: 'alert-title' }, t('form.conflictsTitle', { n: conflicts.length })),
      conflictList(conflicts, names.name)));
    draw();
    names.load(units).then(draw);
  }

  async function runCheck() {
    const body = request();
    if (!body.hostUnit || !body.start || !body.end) { checkStatus.textContent = t('form.checkNeeds'); return; }
    if (!body.chair) { checkStatus.textContent = t('form.checkNeedsChair'); return; }
    if (!body.title) body.title = t('form.untitled');
    checkController?.abort();
    checkController = new AbortController();
    checkStatus.textContent = t('form.checking');
    try {
      const result = await api.post('meetings/check', body, { signal: checkController.signal, query: editing ? { changing: meeting.id } : undefined });
      checkStatus.textContent = result.conflicts.length === 0 ? t('form.noConflicts') : '';
      invitedCount.textContent = result.occurrences > 1
        ? t('form.invitedSeries', { n: formatNumber(result.invited), occurrences: result.occurrences })
        : t('form.invited', { n: formatNumber(result.invited) });
      invitedCount.dataset.count = result.invited;
      withoutPoint.textContent = result.withoutPoint?.length ? t('form.withoutPoint', { n: result.withoutPoint.length, codes: result.withoutPoint.join(', ') }) : '';
      showConflicts(result.conflicts);
    } catch (error) {
      if (isAbort(error)) return;
      checkStatus.textContent = '';
      replace(conflictsBox, h('div', { class: 'alert alert-error', role: 'alert' },
        h('p', {}, error.userMessage),
        (error.problem.errors || []).length > 0 && h('ul', { class: 'alert-details' }, error.problem.errors.map((e) => h('li', {}, e.message)))));
    }
  }
  const scheduleCheck = debounce(runCheck, CHECK_DELAY_MS);

  async function loadPoints() {
    const code = hostPicker.value?.code;
    const keep = hostPoint.value || (meeting ? String(meeting.hostPoint) : '');
    replace(hostPoint, h('option', { value: '' }, t('form.defaultPoint')));
    if (!code) return;
    try {
      const page = await api.get(`units/${encodeURIComponent(code)}/points`);
      for (const point of page.items) hostPoint.append(h('option', { value: point.id, selected: String(point.id) === keep }, point.name + (point.isDefault ? ` (${t('point.default')})` : '')));
    } catch (error) {
      showError(alert, error);
    }
  }

  function reloadTiers() {
    tiers.load(hostPicker.value?.code, date.value).then(() => {
      if (editing && !reloadTiers.done) { tiers.set(meeting.invitations.map((i) => i.unit)); reloadTiers.done = true; scheduleCheck(); }
    });
  }

  const save = h('button', { type: 'submit', class: 'button button-primary', id: 'meeting-save' }, editing ? t('common.save') : t('form.saveDraft'));

  async function submit(event) {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    save.disabled = true;
    save.textContent = t('common.saving');
    try {
      const saved = editing ? await api.put(`meetings/${meeting.id}`, request()) : await api.post('meetings', request());
      location.hash = `#/meetings/${saved.id}?saved=1`;
    } catch (error) {
      if (error.conflict && error.problem.conflicts) {
        showError(alert, error);
        showConflicts(error.problem.conflicts);
      } else if (error.conflict && editing) {
        showError(alert, error, { details: [t('form.stale')] });
        alert.querySelector('.alert').append(h('button', { type: 'button', class: 'button', id: 'meeting-reload', onclick: () => location.reload() }, t('form.reload')));
      } else {
        const unplaced = placeFieldErrors(form, error);
        showError(alert, error, { details: unplaced });
      }
    } finally {
      save.disabled = false;
      save.textContent = editing ? t('common.save') : t('form.saveDraft');
    }
  }

  const form = h('form', { class: 'meeting-form', id: 'meeting-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'form-columns' },
      h('div', { class: 'panel form-main' },
        h('div', { class: 'form-grid' },
          h('div', { class: 'span-2' }, field({ label: t('form.title'), name: 'title', control: title, required: true })),
          field({ label: t('form.kind'), name: 'kind', control: kind }),
          h('div', { class: 'field-check' }, h('span', { class: 'check' }, confidential, h('label', { for: 'meeting-confidential' }, t('form.confidential')))),
          field({ label: t('form.hostUnit'), name: 'hostUnit', control: hostPicker.element, input: hostPicker.input, required: true }),
          field({ label: t('form.hostPoint'), name: 'hostPoint', control: hostPoint }),
          h('h2', { class: 'form-section span-2' }, t('form.when')),
          h('div', { class: 'span-2 when-row' },
            field({ label: t('form.date'), name: 'date', control: date, required: true }),
            field({ label: t('form.start'), name: 'start', control: startTime, required: true }),
            field({ label: t('form.end'), name: 'end', control: endTime, required: true })),
          !editing && h('div', { class: 'span-2', 'data-field': 'recurrence' },
            h('label', { for: 'recurrence-freq' }, t('form.repeat')),
            h('div', { class: 'inline-controls' }, freq, repeatDetails),
            h('p', { class: 'field-error', hidden: true })),
          h('h2', { class: 'form-section span-2' }, t('form.chair')),
          h('div', { class: 'span-2', 'data-field': 'chair' },
            h('div', { class: 'chair-modes', role: 'radiogroup', 'aria-label': t('form.chair') },
              chairMode('person', t('form.chairPerson')), chairMode('account', t('form.chairAccount'))),
            accountFields, personFields,
            h('p', { class: 'field-error', hidden: true })),
          h('h2', { class: 'form-section span-2' }, t('form.agenda')),
          h('div', { class: 'span-2', 'data-field': 'agenda' },
            h('label', { class: 'visually-hidden', for: 'agenda-add' }, t('form.agenda')),
            agenda.element, agendaTotal, h('p', { class: 'field-error', hidden: true })))),
      h('div', { class: 'form-side' },
        h('div', { class: 'panel check-panel', id: 'check-panel' },
          h('h2', { class: 'panel-title' }, t('form.checkTitle')),
          invitedCount, checkStatus, withoutPoint, conflictsBox),
        h('div', { class: 'panel', 'data-field': 'invite' },
          h('h2', { class: 'panel-title', id: 'invite-title' }, t('form.invite')),
          tiers.element,
          h('p', { class: 'field-error', hidden: true })))),
    alert,
    h('div', { class: 'form-actions sticky-actions' },
      h('a', { class: 'button', href: editing ? `#/meetings/${meeting.id}` : '#/meetings' }, t('common.cancel')),
      save));

  for (const control of [title, kind, date, startTime, endTime, chairUsername, chairName, chairPosition, confidential, freq, endMode, count, until, hostPoint]) {
    control.addEventListener('input', scheduleCheck);
    control.addEventListener('change', scheduleCheck);
  }
  date.addEventListener('change', () => reloadTiers());
  startTime.addEventListener('input', showAgendaTotal);
  endTime.addEventListener('input', showAgendaTotal);
  freq.addEventListener('change', showRepeat);
  endMode.addEventListener('change', showRepeat);

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, editing ? t('form.editTitle') : t('form.newTitle')),
        h('p', { class: 'page-lead' }, t('form.lead')))),
    form);
  showChairFields();
  showRepeat();
  showAgendaTotal();
  loadPoints();
  reloadTiers();
  scheduleCheck();
}
