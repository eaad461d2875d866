// What locked minutes give on paper: the minutes and the conclusion notice as PDFs, and the
// signed scans of the minutes (PDF or image), uploaded by the host's office with a progress bar.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { documentKind, formatSize, uploadControl } from '../meetings/documents.js';
import { alertArea, showError, spinner } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

/** The printouts panel of meeting `meetingId`'s locked minutes; `canUpload` offers the signed-scan upload. */
export function printsPanel(meetingId, { canUpload }) {
  const alert = alertArea();
  const list = h('div', { id: 'signed-list' });
  const signedPath = `meetings/${meetingId}/minutes/signed`;
  const save = (path, fallback) => download(path, fallback).catch((error) => showError(alert, error));

  async function reload() {
    replace(list, spinner());
    try {
      const scans = await api.get(signedPath);
      replace(list, dataTable({
        caption: t('signed.title'),
        emptyText: t('signed.none'),
        rows: scans,
        rowAttributes: (doc) => ({ 'data-document': doc.id }),
        columns: [
          { label: t('documents.name'), cell: (doc) => h('button', { type: 'button', class: 'link-button', 'data-download': doc.id, onclick: () => save(`meetings/${meetingId}/documents/${doc.id}`, doc.name) }, doc.name) },
          { label: t('documents.kind'), cell: documentKind },
          { label: t('documents.size'), className: 'numeric', cell: (doc) => formatSize(doc.size) },
          { label: t('documents.uploaded'), cell: (doc) => [formatDateTime(doc.uploadedAt), h('div', { class: 'muted' }, doc.uploadedBy)] },
        ],
      }));
    } catch (error) {
      replace(list);
      showError(alert, error, { retry: reload });
    }
  }

  reload();
  return h('section', { class: 'panel', id: 'minutes-prints', 'aria-labelledby': 'minutes-prints-title' },
    h('h2', { class: 'panel-title', id: 'minutes-prints-title' }, t('prints.title')),
    alert,
    h('div', { class: 'detail-section minutes-actions' },
      h('button', { type: 'button', class: 'button', id: 'minutes-pdf', onclick: () => save(`meetings/${meetingId}/minutes.pdf`, `bien-ban-${meetingId}.pdf`) }, t('prints.minutesPdf')),
      h('button', { type: 'button', class: 'button', id: 'conclusions-pdf', onclick: () => save(`meetings/${meetingId}/conclusions.pdf`, `thong-bao-ket-luan-${meetingId}.pdf`) }, t('prints.noticePdf'))),
    h('p', { class: 'hint' }, t('prints.hint')),
    h('h3', {}, t('signed.title')),
    list,
    canUpload && uploadControl({
      ids: 'signed', path: signedPath, label: t('signed.upload'), hint: t('signed.allowed'),
      accept: '.pdf,.png,.jpg,.jpeg', accepts: (type) => SCAN_TYPES.includes(type),
      wrongType: (name) => t('signed.wrongType', { name }), alert, onUploaded: reload,
    }));
}
