// Earlier imports, newest first as the server sends them.

import { h } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { dataTable } from '../ui/table.js';
import { statusBadge } from './job-view.js';

export function historyTable(jobs, onOpen) {
  return dataTable({
    caption: t('import.history'),
    emptyText: t('import.noHistory'),
    rows: jobs,
    columns: [
      { label: t('import.startedAt'), cell: (job) => formatDateTime(job.startedAt) },
      { label: t('import.file'), cell: (job) => job.fileName || '—' },
      { label: t('import.kind'), cell: (job) => t(`import.kind.${job.kind}`) },
      { label: t('import.statusLabel'), cell: (job) => statusBadge(job.status) },
      {
        label: t('import.result'),
        cell: (job) => (job.status === 'RUNNING'
          ? `${formatNumber(job.processed)} / ${formatNumber(job.total)}`
          : t('import.resultShort', {
            created: formatNumber(job.created), changed: formatNumber(job.changed), closed: formatNumber(job.closed),
            rejected: formatNumber(job.rejected),
          })),
      },
      { label: t('import.by'), cell: (job) => job.startedBy || '' },
      {
        label: t('common.actions'),
        className: 'actions',
        cell: (job) => h('button', {
          type: 'button', class: 'button button-small', onclick: () => onOpen(job.id),
          'aria-label': t('import.openNamed', { name: job.fileName || job.id }),
        }, t('import.open')),
      },
    ],
  });
}
