// One task of a conclusion as a card: what, by when (and how many days late), which unit leads
// and which support, how far it is (a progress bar), its history of reports, and the actions the
// person may take: report and close for the lead unit, change and delete for the host's office.

import { api } from '../api.js';
import { h } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { sanitized } from '../minutes/rich-text.js';
import { vietnamToday } from '../meetings/times.js';
import { currentUser, hasRole } from '../session.js';
import { confirmDialog } from '../ui/dialog.js';
import { loadInto, showError } from '../ui/feedback.js';
import { openDoneDialog, openReportDialog, openTaskDialog } from './task-dialogs.js';

const DAY_MS = 24 * 3600 * 1000;

/** The text of stored formatted text, for one line of a card or a dialog. */
export function plainText(html) {
  const holder = document.createElement('div');
  holder.append(sanitized(html));
  return holder.textContent.trim();
}

/** Whole days from `deadline` to today in Vietnam (positive when late). */
export function daysLate(deadline) {
  return Math.round((Date.parse(`${vietnamToday()}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / DAY_MS);
}

/** The state of a task as a badge: done, overdue by n days, or open. */
export function taskStateBadge(task) {
  if (task.status === 'DONE') return h('span', { class: 'badge task-state task-done', 'data-state': 'done' }, t('tasks.state.done'));
  if (task.overdue) {
    const days = Math.max(1, daysLate(task.deadline));
    return h('span', { class: 'badge task-state task-overdue', 'data-state': 'overdue' },
      days === 1 ? t('tasks.state.overdueOne') : t('tasks.state.overdue', { days: formatNumber(days) }));
  }
  return h('span', { class: 'badge task-state task-open', 'data-state': 'open' }, t('tasks.state.open'));
}

export function progressBar(task) {
  return h('div', { class: 'task-progress' },
    h('progress', { max: 100, value: task.progress, 'aria-label': t('tasks.progressOf', { title: task.title }) }),
    h('span', { class: 'task-percent' }, `${task.progress} %`));
}

/** Whether the signed-in person reports on `task` and closes it: the lead unit's clerk or office. */
export function leadsTask(task) {
  return currentUser()?.unitCode === task.leadUnit && hasRole('CLERK', 'SECRETARIAT', 'ADMIN');
}

function historyList(task) {
  const notes = task.progressNotes || [];
  return h('div', { class: 'task-history-body' },
    h('p', { class: 'muted' }, t('tasks.assignedBy', { who: task.assignedBy, at: formatDateTime(task.assignedAt) })),
    notes.length === 0 ? h('p', { class: 'empty' }, t('tasks.noReports'))
      : h('ol', { class: 'task-notes' }, notes.map((note) => h('li', { class: 'task-note' },
        h('span', { class: 'task-note-when' }, formatDateTime(note.at)),
        h('span', { class: 'task-note-who' }, `${note.author} (${note.authorUnit})`),
        h('strong', { class: 'task-note-percent' }, `${note.percent} %`),
        note.note && h('span', { class: 'task-note-text' }, note.note)))));
}

/**
 * A card for `task`. Options: `names` (unitNames() of the page) for the supporting units,
 * `showMeeting` and `showConclusion` on lists that mix meetings, `manage` when the person's
 * office gives out the meeting's tasks (change, delete), `viewedUnit` to say whether that unit
 * leads or supports, `onChanged(message)` after any change, `alert` for errors.
 */
export function taskCard(task, { names, showMeeting = false, showConclusion = false, manage = false, viewedUnit = null, onChanged, alert }) {
  const history = h('div', { class: 'task-history', id: `task-history-${task.id}`, hidden: true });
  const historyButton = h('button', {
    type: 'button', class: 'button button-small task-history-toggle', 'aria-expanded': 'false', 'aria-controls': history.id,
    onclick: () => {
      const open = history.hidden;
      history.hidden = !open;
      historyButton.setAttribute('aria-expanded', String(open));
      if (open) loadInto(history, () => api.get(`tasks/${task.id}`), historyList);
    },
  }, t('tasks.history'));
  const open = task.status === 'OPEN';
  const role = viewedUnit && (viewedUnit === task.leadUnit ? 'lead' : 'support');

  async function remove() {
    if (!await confirmDialog(t('tasks.deleteConfirm', { title: task.title }), { confirmLabel: t('common.delete'), danger: true })) return;
    try {
      await api.delete(`tasks/${task.id}`);
      onChanged(t('tasks.deleted', { title: task.title }));
    } catch (error) {
      showError(alert, error);
    }
  }

  const actions = [
    open && leadsTask(task) && h('button', {
      type: 'button', class: 'button button-primary button-small task-report', 'data-task': task.id,
      onclick: () => openReportDialog(task, { onSaved: () => onChanged(t('tasks.reported', { title: task.title })) }),
    }, t('tasks.report')),
    open && leadsTask(task) && h('button', {
      type: 'button', class: 'button button-small task-done-button', 'data-task': task.id,
      onclick: () => openDoneDialog(task, { onSaved: () => onChanged(t('tasks.closed', { title: task.title })) }),
    }, t('tasks.markDone')),
    open && manage && h('button', {
      type: 'button', class: 'button button-small task-edit', 'data-task': task.id,
      onclick: () => openTaskDialog({ meetingId: task.meetingId, task, onSaved: () => onChanged(t('tasks.changed', { title: task.title })) }),
    }, t('common.edit')),
    open && manage && h('button', { type: 'button', class: 'button button-small button-danger-quiet task-delete', 'data-task': task.id, onclick: remove }, t('common.delete')),
    historyButton,
  ];

  const supporters = task.supportingUnits.length === 0 ? t('tasks.noSupport')
    : task.supportingUnits.map((code, index) => [index > 0 && ', ', names.label(code)]);
  return h('li', { class: `task-card${task.overdue ? ' overdue' : ''}${task.status === 'DONE' ? ' done' : ''}`, 'data-task': task.id, 'data-status': task.status, 'data-overdue': String(task.overdue) },
    h('div', { class: 'task-head' },
      h('h3', { class: 'task-title' }, task.title),
      h('div', { class: 'task-badges' }, role && h('span', { class: `badge task-role-${role}` }, t(`tasks.role.${role}`)), taskStateBadge(task))),
    h('dl', { class: 'task-facts' },
      showMeeting && h('div', { class: 'task-wide' }, h('dt', {}, t('tasks.meeting')), h('dd', {}, h('a', { href: `#/meetings/${task.meetingId}`, class: 'task-meeting' }, task.meetingTitle))),
      showConclusion && h('div', { class: 'task-wide task-conclusion' }, h('dt', {}, t('tasks.conclusion', { n: task.conclusion + 1 })), h('dd', {}, plainText(task.conclusionText))),
      h('div', {}, h('dt', {}, t('tasks.deadline')), h('dd', { class: 'task-deadline' }, formatDate(task.deadline))),
      h('div', {}, h('dt', {}, t('tasks.leadUnit')), h('dd', { class: 'task-lead' }, task.leadUnitName || task.leadUnit)),
      h('div', {}, h('dt', {}, t('tasks.supportingUnits')), h('dd', { class: 'task-support' }, supporters)),
      task.status === 'DONE' && h('div', { class: 'task-done-facts' }, h('dt', {}, t('tasks.doneAt')), h('dd', {}, formatDateTime(task.doneAt), task.doneNote && ` · ${task.doneNote}`))),
    progressBar(task),
    h('div', { class: 'task-actions' }, actions),
    history);
}
