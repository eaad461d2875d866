// The state of the search index, for administrators (who may rebuild it) and archivists (who
// may only look): how many documents it holds, how many changes wait to be indexed, and the
// progress of a rebuild, read again every second until the rebuild is done.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { hasText, t } from '../i18n.js';
import { alertArea, clearAlert, showError, showSuccess, spinner } from '../ui/feedback.js';

const POLL_MS = 1000;

function stateLabel(state) {
  const key = `archive.index.state.${state}`;
  return hasText(key) ? t(key) : String(state || '');
}

/** The rebuild's progress however the server nests it: { done, total } in `rebuild` or at the top. */
function progressOf(status) {
  const rebuild = status.rebuild || status.progress || status;
  const done = Number(rebuild.done ?? 0);
  const total = Number(rebuild.total ?? 0);
  return { done, total, running: Boolean(status.rebuilding ?? rebuild.running ?? /REBUILD/i.test(String(status.state || ''))) };
}

export function indexPanel({ canRebuild }) {
  const body = h('div', { id: 'archive-index-body' }, spinner());
  const alerts = alertArea();
  const rebuildButton = canRebuild && h('button', {
    type: 'button', class: 'button', id: 'archive-rebuild', onclick: () => rebuild(),
  }, t('archive.index.rebuild'));
  const element = h('section', { class: 'panel archive-index', id: 'archive-index', 'aria-labelledby': 'archive-index-title' },
    h('h2', { class: 'panel-title', id: 'archive-index-title' }, t('archive.index.title')),
    alerts, body, rebuildButton);
  let timer = null;
  let stopped = false;

  function render(status) {
    const { done, total, running } = progressOf(status);
    element.dataset.state = status.state || '';
    if (rebuildButton) rebuildButton.disabled = running;
    replace(body,
      h('dl', { class: 'count-box archive-index-facts' },
        h('div', {}, h('dt', {}, t('archive.index.state')), h('dd', { id: 'archive-index-state' }, stateLabel(status.state))),
        h('div', {}, h('dt', {}, t('archive.index.documents')), h('dd', { id: 'archive-index-documents' }, formatNumber(status.documents))),
        h('div', {}, h('dt', {}, t('archive.index.pending')), h('dd', { id: 'archive-index-pending' }, formatNumber(status.pendingChanges)))),
      running && h('div', { class: 'job-progress', id: 'archive-rebuild-progress' },
        h('progress', { max: total || 1, value: done, 'aria-label': t('archive.index.progress') }),
        h('p', { class: 'progress-text', role: 'status' },
          t('archive.index.progressText', { done: formatNumber(done), total: formatNumber(total) }))));
    return running;
  }

  async function refresh({ announceEnd = false } = {}) {
    clearTimeout(timer);
    if (stopped) return;
    try {
      const running = render(await api.get('archive/index'));
      if (running) timer = setTimeout(() => refresh({ announceEnd: true }), POLL_MS);
      else if (announceEnd) showSuccess(alerts, t('archive.index.rebuilt'));
    } catch (error) {
      showError(alerts, error, { retry: () => { clearAlert(alerts); refresh({ announceEnd }); } });
    }
  }

  async function rebuild() {
    clearAlert(alerts);
    rebuildButton.disabled = true;
    try {
      const answer = await api.post('archive/index/rebuild');
      if (answer && typeof answer === 'object' && 'state' in answer) render(answer);
      refresh({ announceEnd: true });
    } catch (error) {
      rebuildButton.disabled = false;
      showError(alerts, error);
    }
  }

  refresh();
  return { element, stop() { stopped = true; clearTimeout(timer); } };
}
