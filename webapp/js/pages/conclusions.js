// The conclusion notice (thông báo kết luận) of a meeting: the meeting, who chaired it, the
// conclusions of the newest minutes (the signed text once there is one) and, under each, the
// tasks it gave with their lead and supporting units, deadline and progress.

import { api, isAbort } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { noticePdfButton } from '../minutes/tasks.js';
import { formattedText } from '../minutes/rich-text.js';
import { unitNames } from '../meetings/unit-names.js';
import { dayAndTime } from '../meetings/times.js';
import { alertArea, showError, spinner } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';
import { progressBar, taskStateBadge } from '../tasks/task-card.js';

export function mount(container, { params }) {
  const id = Number(params[0]);
  const alert = alertArea();
  const body = h('div', {});
  const names = unitNames();

  function tasksTable(conclusion) {
    return dataTable({
      caption: t('conclusions.tasksOf', { n: conclusion.n + 1 }),
      emptyText: t('conclusions.noTasks'),
      rows: conclusion.tasks,
      rowAttributes: (task) => ({ 'data-task': task.id, 'data-status': task.status, class: task.overdue ? 'overdue' : null }),
      columns: [
        { label: t('tasks.what'), cell: (task) => task.title },
        { label: t('tasks.leadUnit'), cell: (task) => task.leadUnitName || task.leadUnit },
        { label: t('tasks.supportingUnits'), cell: (task) => (task.supportingUnits.length === 0 ? t('tasks.noSupport') : task.supportingUnits.map((code, index) => [index > 0 && ', ', names.label(code)])) },
        { label: t('tasks.deadline'), cell: (task) => formatDate(task.deadline) },
        { label: t('tasks.progress'), cell: (task) => [taskStateBadge(task), progressBar(task)] },
      ],
    });
  }

  function render(notice) {
    return [
      h('div', { class: 'page-header' },
        h('div', {},
          h('p', { class: 'breadcrumbs-inline' }, h('a', { href: `#/meetings/${id}/minutes`, id: 'conclusions-back' }, `‹ ${t('minutes.title')}`)),
          h('h1', { class: 'page-title', tabindex: '-1' }, t('conclusions.title')),
          h('p', { class: 'page-lead' }, notice.title)),
        h('div', { class: 'header-actions' }, noticePdfButton(id, alert))),
      alert,
      h('section', { class: 'panel' },
        h('dl', { class: 'facts' },
          h('div', {}, h('dt', {}, t('conclusions.host')), h('dd', {}, notice.hostUnitName || notice.hostUnit)),
          h('div', {}, h('dt', {}, t('conclusions.when')), h('dd', {}, dayAndTime(notice.start))),
          h('div', {}, h('dt', {}, t('conclusions.chair')), h('dd', {}, notice.chair || '')),
          h('div', {}, h('dt', {}, t('minutes.status')), h('dd', { id: 'conclusions-minutes-status', 'data-status': notice.minutesStatus },
            t(`minutes.status.${notice.minutesStatus}`), notice.minutesVersion > 0 && ` · ${t('minutes.versionN', { n: notice.minutesVersion })}`)))),
      h('section', { class: 'panel', 'aria-labelledby': 'notice-conclusions-title' },
        h('h2', { class: 'panel-title', id: 'notice-conclusions-title' }, t('minutes.conclusions')),
        notice.conclusions.length === 0 ? h('p', { class: 'empty' }, t('tasks.noConclusions'))
          : h('ol', { class: 'conclusion-list', id: 'notice-conclusions' }, notice.conclusions.map((conclusion) => h('li', { class: 'notice-conclusion', 'data-conclusion': conclusion.n },
            formattedText(conclusion.text),
            tasksTable(conclusion))))),
    ];
  }

  async function load() {
    replace(body, spinner());
    try {
      replace(body, render(await api.get(`meetings/${id}/conclusions`)));
    } catch (error) {
      if (isAbort(error)) return;
      replace(body, alert);
      showError(alert, error, { retry: load });
    }
  }

  replace(container, body);
  load();
  return {};
}
