// One import job: a progress bar while it runs, then its counts and the lines it rejected.

import { h } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { dataTable } from '../ui/table.js';

// A national list can reject thousands of lines; the first ones show what is wrong with the file.
const REJECTED_SHOWN = 500;

export function statusBadge(status) {
  return h('span', { class: `badge badge-status-${String(status).toLowerCase()}` }, t(`import.status.${status}`));
}

function progress(job) {
  const known = job.total > 0;
  const percent = known ? Math.floor((job.processed / job.total) * 100) : 0;
  return h('div', { class: 'job-progress' },
    h('progress', {
      id: 'import-progress', max: known ? job.total : null, value: known ? job.processed : null,
      'aria-label': t('import.progressLabel'),
    }),
    h('p', { class: 'progress-text' }, known
      ? t('import.progressText', { processed: formatNumber(job.processed), total: formatNumber(job.total), percent })
      : t('import.reading')));
}

function counts(job) {
  const item = (key, value, tone) => h('div', { class: `count-box ${tone || ''}` },
    h('dt', {}, t(`import.count.${key}`)), h('dd', {}, formatNumber(value)));
  return h('dl', { class: 'counts' },
    item('total', job.total),
    item('created', job.created, 'tone-good'),
    item('changed', job.changed, 'tone-info'),
    item('closed', job.closed, 'tone-warn'),
    item('unchanged', job.unchanged),
    item('rejected', job.rejected, job.rejected > 0 ? 'tone-bad' : ''));
}

function rejectedLines(job) {
  const errors = job.errors || [];
  if (errors.length === 0) return null;
  return h('section', { class: 'detail-section' },
    h('h4', {}, t('import.rejectedTitle', { count: formatNumber(errors.length) })),
    errors.length > REJECTED_SHOWN && h('p', { class: 'hint' }, t('import.rejectedPartial', { shown: formatNumber(REJECTED_SHOWN), total: formatNumber(errors.length) })),
    dataTable({
      columns: [
        { label: t('import.line'), className: 'numeric narrow', cell: (error) => error.line ?? '—' },
        { label: t('import.reason'), cell: (error) => error.reason },
      ],
      rows: errors.slice(0, REJECTED_SHOWN),
      caption: t('import.rejectedTitle', { count: errors.length }),
    }));
}

export function jobView(job) {
  const running = job.status === 'RUNNING';
  return h('div', { class: 'job-view', 'data-status': job.status },
    h('div', { class: 'job-heading' },
      h('h3', {}, job.fileName || t('import.noFileName')),
      statusBadge(job.status)),
    h('p', { class: 'muted' }, t('import.startedBy', {
      user: job.startedBy || '—',
      at: formatDateTime(job.startedAt),
    }), job.finishedAt && ` · ${t('import.finishedAt', { at: formatDateTime(job.finishedAt) })}`),
    job.status === 'FAILED' && job.failure && h('p', { class: 'alert alert-error', role: 'alert' }, job.failure),
    running ? progress(job) : counts(job),
    !running && rejectedLines(job));
}
