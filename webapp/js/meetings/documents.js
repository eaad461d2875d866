// The documents of a meeting: list, upload (with a progress bar), download and delete.
// Uploads go as the raw file with its type (POST meetings/{id}/documents?name=...), through
// XMLHttpRequest because fetch cannot report upload progress.

import { ApiError, api, getToken } from '../api.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { formatDateTime, formatNumber } from '../format.js';
import { currentLanguage, t } from '../i18n.js';
import { confirmDialog } from '../ui/dialog.js';
import { alertArea, showError, showSuccess, spinner } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const ALLOWED = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};
const BY_EXTENSION = { pdf: 'application/pdf', docx: Object.keys(ALLOWED)[1], xlsx: Object.keys(ALLOWED)[2], png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The type to send for a file, or null when it is not one of the allowed kinds. */
export function documentType(file) {
  if (ALLOWED[file.type]) return file.type;
  const extension = file.name.split('.').pop().toLowerCase();
  return file.type === '' || file.type === 'application/octet-stream' ? BY_EXTENSION[extension] || null : null;
}

export function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Sends `file` as the raw body of POST api/`path`?name=…, reporting the share sent to `onProgress`. */
export function uploadFile(path, file, type, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const url = new URL(`api/${path}`, document.baseURI);
    url.searchParams.set('name', file.name);
    xhr.open('POST', url);
    xhr.setRequestHeader('Authorization', `Bearer ${getToken()}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader('Content-Type', type);
    xhr.upload.onprogress = (event) => { if (event.lengthComputable) onProgress(event.loaded / event.total); };
    xhr.onerror = () => reject(new ApiError({ network: true }));
    xhr.onload = () => {
      let body = null;
      try { body = xhr.responseText ? JSON.parse(xhr.responseText) : null; } catch { body = { detail: xhr.responseText }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError({ status: xhr.status, problem: body }));
    };
    xhr.send(file);
  });
}

/**
 * A file picker that uploads the chosen file to api/`path` with a progress bar. Files of another type than
 * `accepts(type)` allows, or over the size limit, are refused before sending; `wrongType(name)` says why.
 * `ids` names the input and progress elements (e.g. 'document' gives #document-file, #document-progress).
 */
export function uploadControl({ ids, path, label, hint, accept, accepts, wrongType, alert, onUploaded }) {
  const progress = h('progress', { id: `${ids}-progress`, max: 100, value: 0, hidden: true });
  const progressText = h('span', { class: 'progress-text', id: `${ids}-progress-text` });
  const fileInput = h('input', { type: 'file', id: `${ids}-file`, accept });
  const refuse = (status, detail) => { showError(alert, new ApiError({ status, problem: { detail } })); fileInput.value = ''; };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    if (!file) return;
    const type = documentType(file);
    if (!type || !accepts(type)) { refuse(415, wrongType(file.name)); return; }
    if (file.size > MAX_DOCUMENT_BYTES) { refuse(413, t('documents.tooLarge', { name: file.name, size: formatSize(file.size) })); return; }
    progress.hidden = false;
    progress.value = 0;
    fileInput.disabled = true;
    try {
      await uploadFile(path, file, type, (share) => {
        progress.value = Math.round(share * 100);
        progressText.textContent = `${progress.value}%`;
      });
      showSuccess(alert, t('documents.uploadedOk', { name: file.name }));
      onUploaded();
    } catch (error) {
      showError(alert, error);
    } finally {
      progress.hidden = true;
      progressText.textContent = '';
      fileInput.disabled = false;
      fileInput.value = '';
    }
  });
  return h('div', { class: 'document-upload' },
    h('label', { for: `${ids}-file` }, label),
    fileInput,
    h('p', { class: 'hint' }, hint),
    h('div', { class: 'job-progress' }, progress, progressText));
}

/** What a document is (a paper of the meeting or a signed scan of its minutes) and whether its text was read. */
export function documentKind(doc) {
  return [
    h('span', { 'data-purpose': doc.purpose }, t(`documents.purpose.${doc.purpose || 'DOCUMENT'}`)),
    doc.textStatus && h('div', { class: 'muted', 'data-text-status': doc.textStatus }, t(`documents.text.${doc.textStatus}`)),
  ];
}

/** The documents section of meeting `meeting`; `editable` offers upload and delete. */
export function documentsSection(meeting, { editable }) {
  const alert = alertArea();
  const list = h('div', { id: 'document-list' });
  const base = `meetings/${meeting.id}/documents`;

  async function reload() {
    replace(list, spinner());
    try {
      const documents = await api.get(base);
      replace(list, dataTable({
        caption: t('documents.title'),
        emptyText: t('documents.none'),
        rows: documents,
        rowAttributes: (doc) => ({ 'data-document': doc.id }),
        columns: [
          { label: t('documents.name'), cell: (doc) => h('button', { type: 'button', class: 'link-button', 'data-download': doc.id, onclick: () => download(`${base}/${doc.id}`, doc.name).catch((error) => showError(alert, error)) }, doc.name) },
          { label: t('documents.kind'), cell: documentKind },
          { label: t('documents.size'), className: 'numeric', cell: (doc) => formatSize(doc.size) },
          { label: t('documents.uploaded'), cell: (doc) => [formatDateTime(doc.uploadedAt), h('div', { class: 'muted' }, doc.uploadedBy)] },
          editable && {
            label: t('common.actions'), className: 'actions',
            cell: (doc) => h('button', { type: 'button', class: 'button button-small button-danger-quiet', 'data-delete': doc.id, onclick: () => remove(doc) }, t('common.delete')),
          },
        ].filter(Boolean),
      }));
    } catch (error) {
      if (error.status === 404) { replace(list, h('p', { class: 'muted' }, t('documents.unavailable'))); return; }
      replace(list);
      showError(alert, error, { retry: reload });
    }
  }

  async function remove(doc) {
    if (!await confirmDialog(t('documents.confirmDelete', { name: doc.name }), { confirmLabel: t('common.delete'), danger: true })) return;
    try {
      await api.delete(`${base}/${doc.id}`);
      showSuccess(alert, t('documents.deleted', { name: doc.name }));
      reload();
    } catch (error) {
      showError(alert, error);
    }
  }

  reload();
  return h('section', { class: 'panel', id: 'documents', 'aria-labelledby': 'documents-title' },
    h('h2', { class: 'panel-title', id: 'documents-title' }, t('documents.title')),
    alert,
    list,
    editable && uploadControl({
      ids: 'document', path: base, label: t('documents.upload'), hint: t('documents.allowed'),
      accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg', accepts: () => true,
      wrongType: (name) => t('documents.wrongType', { name }), alert, onUploaded: reload,
    }));
}
