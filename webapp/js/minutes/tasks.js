// The tasks of the minutes' conclusions on the minutes page: every conclusion of the newest saved
// version with the tasks it gave, and for whoever writes the minutes "Giao nhiệm vụ" under each,
// change and delete on open tasks. Links to the conclusion notice and its PDF.

import { api, isAbort } from '../api.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { t } from '../i18n.js';
import { unitNames } from '../meetings/unit-names.js';
import { alertArea, showError, showSuccess, spinner } from '../ui/feedback.js';
import { plainText, taskCard } from '../tasks/task-card.js';
import { openTaskDialog } from '../tasks/task-dialogs.js';
import { formattedText } from './rich-text.js';

/** Downloads the conclusion notice of meeting `id` as PDF, errors into `alert`. */
export function noticePdfButton(id, alert) {
  return h('button', {
    type: 'button', class: 'button', id: 'conclusions-pdf',
    onclick: () => download(`meetings/${id}/conclusions.pdf`, `thong-bao-ket-luan-${id}.pdf`).catch((error) => showError(alert, error)),
  }, t('conclusions.pdf'));
}

/**
 * The panel of meeting `id`; `canAssign` when the person writes the minutes. Returns
 * { element, refresh(content) }: refresh after a save reloads only when the conclusions changed.
 */
export function conclusionTasks(id, { canAssign }) {
  const alert = alertArea();
  alert.id = 'conclusion-tasks-alert';
  const body = h('div', { id: 'conclusion-tasks-body' });
  const names = unitNames();
  let loadedFor = null; // the conclusions of the saved minutes it was loaded for, to reload only when they change

  const element = h('section', { class: 'panel', id: 'conclusion-tasks', 'aria-labelledby': 'conclusion-tasks-title' },
    h('div', { class: 'section-header' },
      h('h2', { class: 'panel-title', id: 'conclusion-tasks-title' }, t('tasks.ofMinutes')),
      h('div', { class: 'header-actions' },
        h('a', { class: 'button', href: `#/meetings/${id}/conclusions`, id: 'conclusions-link' }, t('conclusions.link')),
        noticePdfButton(id, alert))),
    canAssign && h('p', { class: 'muted' }, t('tasks.fromSaved')),
    alert,
    body);

  function changed(message) {
    showSuccess(alert, message);
    load();
  }

  function conclusionItem(conclusion) {
    const plain = plainText(conclusion.text);
    return h('li', { class: 'conclusion-tasks', 'data-conclusion': conclusion.n },
      formattedText(conclusion.text, { class: 'rich-text conclusion-tasks-text' }),
      conclusion.tasks.length > 0 && h('ul', { class: 'task-list' }, conclusion.tasks.map((task) => taskCard(task, {
        names, manage: canAssign, onChanged: changed, alert,
      }))),
      canAssign && h('button', {
        type: 'button', class: 'button button-small task-assign', 'data-conclusion': conclusion.n,
        onclick: () => openTaskDialog({
          meetingId: id,
          conclusion: { ...conclusion, plain },
          onSaved: (task) => changed(t('tasks.assigned', { title: task.title, unit: task.leadUnitName || task.leadUnit })),
        }),
      }, t('tasks.assignAction')));
  }

  function render(notice) {
    if (notice.conclusions.length === 0) return h('p', { class: 'empty' }, t('tasks.noConclusions'));
    return h('ol', { class: 'conclusion-list', id: 'conclusion-tasks-list' }, notice.conclusions.map(conclusionItem));
  }

  // a reload keeps what is shown until the new answer comes, so autosaves do not make it flicker
  async function load() {
    if (!body.hasChildNodes()) replace(body, spinner());
    try {
      replace(body, render(await api.get(`meetings/${id}/conclusions`)));
    } catch (error) {
      if (isAbort(error)) return;
      showError(alert, error, { retry: load });
    }
  }

  return {
    element,
    refresh(content) {
      const texts = JSON.stringify((content?.conclusions || []).map((c) => c.text));
      if (texts === loadedFor) return;
      loadedFor = texts;
      load();
    },
  };
}
