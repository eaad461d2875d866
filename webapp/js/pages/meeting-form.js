// Booking a meeting, or changing one (#/meetings/new, #/meetings/{id}/edit). While the
// form is filled in, the server is asked (POST meetings/check) how many units the
// invitation reaches and what it would collide with, so conflicts are seen before saving.

import { api } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { chairFields, recurrenceFields } from '../meetings/booking-fields.js';
import { checkPanel } from '../meetings/check-panel.js';
import { KINDS, kindLabel } from '../meetings/labels.js';
import { placeFieldErrors } from '../meetings/problems.js';
import { rowEditor } from '../meetings/row-editor.js';
import { tierPicker } from '../meetings/tier-picker.js';
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

  const chair = chairFields(meeting?.chair, () => scheduleCheck());

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

  const recurrence = editing ? null : recurrenceFields(() => scheduleCheck());
  const tiers = tierPicker({ onChange: () => scheduleCheck() });

  const check = checkPanel();

  function request() {
    const body = {
      title: title.value.trim(),
      kind: kind.value,
      hostUnit: hostPicker.value?.code || null,
      hostPoint: hostPoint.value ? Number(hostPoint.value) : null,
      chair: chair.value(),
      start: date.value && startTime.value ? vietnamInstant(date.value, startTime.value) : null,
      end: date.value && endTime.value ? vietnamInstant(date.value, endTime.value) : null,
      agenda: agenda.value(),
      confidential: confidential.checked,
      invite: tiers.value(),
    };
    if (editing) body.version = meeting.version;
    else body.recurrence = recurrence.value();
    return body;
  }

  const scheduleCheck = debounce(() => check.run(request(), editing ? meeting.id : undefined), CHECK_DELAY_MS);

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

  // a stored meeting knows whom it invites, not how they were picked: they come back as single picks
  let storedInvitationsShown = !editing;
  function reloadTiers() {
    tiers.load(hostPicker.value?.code, date.value).then(() => {
      if (storedInvitationsShown) return;
      storedInvitationsShown = true;
      tiers.set(meeting.invitations.map((invitation) => invitation.unit));
      scheduleCheck();
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
        check.showConflicts(error.problem.conflicts);
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
          recurrence?.element,
          h('h2', { class: 'form-section span-2' }, t('form.chair')),
          chair.element,
          h('h2', { class: 'form-section span-2' }, t('form.agenda')),
          h('div', { class: 'span-2', 'data-field': 'agenda' },
            h('label', { class: 'visually-hidden', for: 'agenda-add' }, t('form.agenda')),
            agenda.element, agendaTotal, h('p', { class: 'field-error', hidden: true })))),
      h('div', { class: 'form-side' },
        check.element,
        h('div', { class: 'panel', 'data-field': 'invite' },
          h('h2', { class: 'panel-title', id: 'invite-title' }, t('form.invite')),
          // where a problem with the invitation is announced (showFieldErrors looks for the field's label)
          h('label', { class: 'visually-hidden', for: 'tier-picker' }, t('form.invite')),
          tiers.element,
          h('p', { class: 'field-error', hidden: true })))),
    alert,
    h('div', { class: 'form-actions sticky-actions' },
      h('a', { class: 'button', href: editing ? `#/meetings/${meeting.id}` : '#/meetings' }, t('common.cancel')),
      save));

  for (const control of [title, kind, date, startTime, endTime, confidential, hostPoint]) {
    control.addEventListener('input', scheduleCheck);
    control.addEventListener('change', scheduleCheck);
  }
  date.addEventListener('change', () => reloadTiers());
  startTime.addEventListener('input', showAgendaTotal);
  endTime.addEventListener('input', showAgendaTotal);

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, editing ? t('form.editTitle') : t('form.newTitle')),
        h('p', { class: 'page-lead' }, t('form.lead')))),
    form);
  showAgendaTotal();
  loadPoints();
  reloadTiers();
  if (!editing) scheduleCheck(); // a change is checked once its invitations are back in the tree
}
