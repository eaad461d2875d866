// The forms of a task: giving a conclusion's task to units (or changing it), a progress report of
// the lead unit (percent and note) and closing the task with a note. Each saves through the API,
// keeps the dialog open with the server's messages beside their fields when it refuses, and
// disables its button while the request runs.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { placeFieldErrors } from '../meetings/problems.js';
import { unitNames } from '../meetings/unit-names.js';
import { openDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import { field } from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';

/**
 * A form in a dialog: `fields` inside, `submit(form)` returns the request's promise; the dialog
 * closes and `onSaved(result)` runs once the server took it.
 */
function formDialog({ id, title, fields, saveLabel, submit, onSaved }) {
  const alert = alertArea();
  alert.id = `${id}-alert`;
  const form = h('form', { class: 'form-stack', id, novalidate: true }, fields, alert);
  const save = h('button', { type: 'submit', class: 'button button-primary', id: `${id}-save`, form: id }, saveLabel);
  const dialog = openDialog({
    title,
    body: form,
    footer: [h('button', { type: 'button', class: 'button', id: `${id}-cancel`, onclick: () => dialog.close() }, t('common.cancel')), save],
    wide: true,
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    save.disabled = true;
    save.textContent = t('common.saving');
    try {
      const result = await submit(form);
      dialog.close();
      onSaved(result);
    } catch (error) {
      showError(alert, error, { details: placeFieldErrors(form, error) });
    } finally {
      save.disabled = false;
      save.textContent = saveLabel;
    }
  });
  return { dialog, form };
}

/** Chosen supporting units shown as removable chips, with a unit picker to add more. */
function supportingUnits(codes) {
  const names = unitNames();
  const chosen = [...codes];
  const list = h('ul', { class: 'chip-list', id: 'task-support-list' });
  function draw() {
    list.replaceChildren(...chosen.map((code) => h('li', { class: 'chip', 'data-unit': code }, names.label(code),
      h('button', {
        type: 'button', class: 'icon-button chip-remove', 'aria-label': t('tasks.removeSupport', { unit: code }),
        onclick: () => { chosen.splice(chosen.indexOf(code), 1); draw(); },
      }, '×'))));
  }
  const picker = unitPicker({
    placeholder: t('tasks.addSupport'),
    onChange: (unit) => {
      if (!unit) return;
      if (!chosen.includes(unit.code)) chosen.push(unit.code);
      picker.set(null);
      draw();
    },
  });
  picker.input.id = 'task-support';
  draw();
  return { element: h('div', { class: 'support-picker' }, list, picker.element), picker, value: () => [...chosen] };
}

/**
 * Giving conclusion `conclusion` ({ n, text }) of meeting `meetingId` a task, or changing `task`
 * when it is given. `onSaved(task)` afterwards.
 */
export function openTaskDialog({ meetingId, conclusion, task = null, onSaved }) {
  const title = h('textarea', { name: 'title', rows: 3, maxlength: 500, id: 'task-title' }, task?.title || '');
  const deadline = h('input', { type: 'date', name: 'deadline', id: 'task-deadline', value: task?.deadline || '' });
  const lead = unitPicker({ value: task ? { code: task.leadUnit, name: task.leadUnitName } : null });
  lead.input.id = 'task-lead';
  const support = supportingUnits(task?.supportingUnits || []);
  const fields = [
    conclusion && h('div', { class: 'task-conclusion-quote' }, h('p', { class: 'muted' }, t('tasks.ofConclusion', { n: conclusion.n + 1 })), h('p', {}, conclusion.plain)),
    field({ label: t('tasks.what'), name: 'title', required: true, control: title }),
    field({ label: t('tasks.deadline'), name: 'deadline', required: true, control: deadline, hint: t('tasks.deadlineHint') }),
    field({ label: t('tasks.leadUnit'), name: 'leadUnit', required: true, control: lead.element, input: lead.input }),
    field({ label: t('tasks.supportingUnits'), name: 'supportingUnits', control: support.element, input: support.picker.input, hint: t('tasks.supportHint') }),
  ];
  formDialog({
    id: 'task-form',
    title: task ? t('tasks.editTitle') : t('tasks.assignTitle'),
    fields,
    saveLabel: task ? t('common.save') : t('tasks.assign'),
    submit: () => {
      const body = {
        title: title.value.trim(),
        deadline: deadline.value || null,
        leadUnit: lead.value?.code || null,
        supportingUnits: support.value(),
      };
      return task
        ? api.put(`tasks/${task.id}`, { ...body, version: task.version })
        : api.post(`meetings/${meetingId}/tasks`, { ...body, conclusion: conclusion.n });
    },
    onSaved,
  });
  title.focus();
}

/** The lead unit's progress report on `task`: how far (percent) and what was done. */
export function openReportDialog(task, { onSaved }) {
  const percent = h('input', { type: 'number', name: 'percent', id: 'report-percent', min: 0, max: 100, step: 1, value: String(task.progress ?? 0), inputmode: 'numeric' });
  const note = h('textarea', { name: 'note', id: 'report-note', rows: 4, maxlength: 1000 });
  formDialog({
    id: 'report-form',
    title: t('tasks.reportTitle', { title: task.title }),
    fields: [
      field({ label: t('tasks.percent'), name: 'percent', required: true, control: percent, hint: t('tasks.percentHint') }),
      field({ label: t('tasks.note'), name: 'note', control: note }),
    ],
    saveLabel: t('tasks.sendReport'),
    submit: () => api.post(`tasks/${task.id}/progress`, {
      percent: percent.value === '' ? null : Number(percent.value),
      note: note.value.trim() || null,
    }),
    onSaved,
  });
  percent.focus();
}

/** Closing `task`, once, with a note on what was done. */
export function openDoneDialog(task, { onSaved }) {
  const note = h('textarea', { name: 'note', id: 'done-note', rows: 4, maxlength: 1000 });
  formDialog({
    id: 'done-form',
    title: t('tasks.doneTitle', { title: task.title }),
    fields: [
      h('p', { class: 'muted' }, t('tasks.doneLead')),
      field({ label: t('tasks.doneNote'), name: 'note', control: note }),
    ],
    saveLabel: t('tasks.markDone'),
    submit: () => api.post(`tasks/${task.id}/done`, { note: note.value.trim() || null }),
    onSaved,
  });
  note.focus();
}
