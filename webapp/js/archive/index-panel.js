// The state of the search index, for administrators (who may rebuild it, or pause and resume
// its updates) and archivists (who may only look): how many documents it holds, how many
// changes wait to be indexed, and a rebuild's progress, read again every second until done.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { hasText, t } from '../i18n.js';
import { alertArea, clearAlert, showError, showSuccess, spinner } from '../ui/feedback.js';

const POLL_MS = 1000;

function stateLabel(state) {
  const key = `archive.index.state.${state}`;
  return hasText(key) ? t(key) : String(state || '');
}

function fact(label, id, value) {
  return h('div', {}, h('dt', {}, label), h('dd', { id }, value));
}

export function indexPanel({ canManage }) {
  const body = h('div', { id: 'archive-index-body' }, spinner());
  const alerts = alertArea();
  const button = (id, text, action) => canManage && h('button', { type: 'button', class: 'button', id, onclick: action }, text);
  const rebuildButton = button('archive-rebuild', t('archive.index.rebuild'), () => act('archive/index/rebuild'));
  const pauseButton = button('archive-pause', t('archive.index.pause'), () => act('archive/index/pause'));
  const resumeButton = button('archive-resume', t('archive.index.resume'), () => act('archive/index/resume'));
  const element = h('section', { class: 'panel archive-index', id: 'archive-index', 'aria-labelledby': 'archive-index-title' },
    h('h2', { class: 'panel-title', id: 'archive-index-title' }, t('archive.index.title')),
    alerts, body,
    canManage && h('div', { class: 'archive-index-actions' }, rebuildButton, pauseButton, resumeButton));
  let timer = null;
  let stopped = false;
  let watching = false; // a rebuild started here: say when it ends

  function render(status) {
    const rebuild = status.rebuild || {};
    const running = rebuild.state === 'RUNNING';
    element.dataset.state = status.state || '';
    if (canManage) {
      rebuildButton.disabled = running;
      pauseButton.hidden = status.state === 'PAUSED';
      resumeButton.hidden = status.state !== 'PAUSED';
    }
    const failure = rebuild.state === 'FAILED' ? rebuild.failure : status.lastFailure;
    replace(body,
      h('dl', { class: 'count-box archive-index-facts' },
        fact(t('archive.index.state'), 'archive-index-state', stateLabel(status.state)),
        fact(t('archive.index.documents'), 'archive-index-documents', formatNumber(status.documents)),
        fact(t('archive.index.pending'), 'archive-index-pending', formatNumber(status.pendingChanges))),
      running && h('div', { class: 'job-progress', id: 'archive-rebuild-progress' },
        h('progress', { max: rebuild.total || 1, value: rebuild.done || 0, 'aria-label': t('archive.index.progress') }),
        h('p', { class: 'progress-text', role: 'status' },
          t('archive.index.progressText', { done: formatNumber(rebuild.done), total: formatNumber(rebuild.total) }))),
      !running && rebuild.finishedAt && h('p', { class: 'hint', id: 'archive-rebuild-last' },
        t(`archive.index.last.${rebuild.state === 'FAILED' ? 'failed' : 'done'}`, { time: formatDateTime(rebuild.finishedAt) })),
      failure && h('p', { class: 'field-error', id: 'archive-index-failure' }, failure));
    return { running, failed: rebuild.state === 'FAILED' };
  }

  async function refresh() {
    clearTimeout(timer);
    if (stopped) return;
    try {
      const { running, failed } = render(await api.get('archive/index'));
      if (running) timer = setTimeout(refresh, POLL_MS);
      else if (watching) {
        watching = false;
        if (failed) replace(alerts, h('div', { class: 'alert alert-error', role: 'alert' }, h('p', {}, t('archive.index.rebuildFailed'))));
        else showSuccess(alerts, t('archive.index.rebuilt'));
      }
    } catch (error) {
      showError(alerts, error, { retry: () => { clearAlert(alerts); refresh(); } });
    }
  }

  async function act(path) {
    clearAlert(alerts);
    try {
      render(await api.post(path));
      watching = path.endsWith('rebuild');
      refresh();
    } catch (error) {
      showError(alerts, error);
      refresh();
    }
  }

  refresh();
  return { element, stop() { stopped = true; clearTimeout(timer); } };
}
