// The minutes (biên bản) of one meeting: its state and version, the editor for the host's
// office with autosave two seconds after the last keystroke, what to do when someone else saved
// in between, the versions compared and restored, and the chair's finalising, verification and
// amendments.

import { api, isAbort } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { historyPanel, showDiff } from '../minutes/history.js';
import { minutesEditor, minutesReading } from '../minutes/editor.js';
import { printsPanel } from '../minutes/prints.js';
import { conclusionTasks } from '../minutes/tasks.js';
import { managesHost } from '../meetings/roles.js';
import { dayAndTime, vietnamParts } from '../meetings/times.js';
import { hasRole } from '../session.js';
import { confirmDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, showError, showSuccess, spinner } from '../ui/feedback.js';

const AUTOSAVE_MS = 2000;
const LOCKED = ['FINAL', 'AMENDED'];

function fact(label, value, id) {
  return h('div', {}, h('dt', {}, label), h('dd', { id }, value));
}

export function mount(container, { params }) {
  const id = Number(params[0]);
  const alert = alertArea();
  alert.id = 'minutes-alert';
  const body = h('div', {});
  let meeting = null;
  let view = null; // the minutes as the server last gave them
  let canWrite = false;
  let editor = null;
  let tasks = null; // the conclusions' tasks, below the minutes
  let amending = false;
  let dirty = false; // typed text not yet saved
  let conflict = null; // the 409 problem while someone else's version stands between
  let saving = null;
  let saveAgain = false;
  const saveState = h('p', { class: 'save-state', id: 'save-state', 'aria-live': 'polite' });
  const conflictArea = h('div', { id: 'save-conflict-area' });
  const statusArea = h('div', {});
  const historyArea = h('div', {});
  const verifyArea = h('div', { id: 'verify-area', 'aria-live': 'polite' });

  const say = (message) => replace(alert, h('div', { class: 'alert alert-error', role: 'alert' }, h('p', {}, message)));
  const locked = () => LOCKED.includes(view.status);
  const isChair = () => hasRole('CHAIR');

  function setSaveState(state, at) {
    saveState.dataset.state = state;
    saveState.dataset.version = view.version;
    saveState.textContent = state === 'saved' ? t('minutes.savedAt', { time: vietnamParts(at).time })
      : t(`minutes.saveState.${state}`);
  }

  function statusPanel() {
    return h('div', { class: 'panel minutes-status-panel' },
      h('dl', { class: 'facts' },
        fact(t('minutes.status'), h('span', { class: `badge minutes-status status-${view.status.toLowerCase()}`, 'data-status': view.status }, t(`minutes.status.${view.status}`)), 'minutes-status'),
        fact(t('minutes.version'), view.version === 0 ? t('minutes.notSaved') : String(view.version), 'minutes-version'),
        view.author && fact(t('minutes.author'), view.author, 'minutes-author'),
        view.savedAt && fact(t('minutes.savedAtLabel'), dayAndTime(view.savedAt), 'minutes-saved-at'),
        view.sha256 && fact('SHA-256', h('code', { class: 'sha256' }, view.sha256), 'minutes-sha256')),
      h('div', { class: 'detail-section minutes-actions' },
        isChair() && view.status === 'DRAFT' && view.version > 0 && h('button', { type: 'button', class: 'button button-primary', id: 'minutes-finalize', onclick: finalize }, t('minutes.finalize')),
        locked() && h('button', { type: 'button', class: 'button', id: 'minutes-verify', onclick: verify }, t('minutes.verify')),
        isChair() && locked() && !amending && h('button', { type: 'button', class: 'button', id: 'minutes-amend', onclick: startAmendment }, t('minutes.amend')),
        h('button', { type: 'button', class: 'button', id: 'minutes-history-toggle', 'aria-expanded': historyArea.childElementCount > 0 ? 'true' : 'false', onclick: toggleHistory }, t('minutes.history'))),
      verifyArea);
  }

  function drawStatus() {
    replace(statusArea, statusPanel());
  }

  function toggleHistory() {
    if (historyArea.childElementCount > 0) { historyArea.replaceChildren(); drawStatus(); return; }
    const panel = historyPanel(id, {
      canRestore: canWrite && !locked(),
      onRestored: (restored) => { showSuccess(alert, t('minutes.restored', { n: restored.version })); load(); },
    });
    replace(historyArea, panel.element);
    drawStatus();
    panel.element.scrollIntoView({ block: 'start' });
  }

  const autosave = debounce(() => save(), AUTOSAVE_MS);

  function changed() {
    if (amending) return;
    dirty = true;
    if (conflict) return; // the conflict message stays until the person chooses
    setSaveState('unsaved');
    autosave();
  }

  /** Saves the typed text over the version it was started from; one save at a time. */
  function save() {
    if (!editor || amending || conflict) return saving;
    if (saving) { saveAgain = true; return saving; }
    if (!dirty) return null;
    dirty = false;
    setSaveState('saving');
    saving = api.put(`meetings/${id}/minutes`, { version: view.version, content: editor.collect() })
      .then((saved) => {
        view = saved;
        tasks?.refresh(saved.content);
        setSaveState(dirty ? 'unsaved' : 'saved', saved.savedAt);
        clearAlert(alert);
        drawStatus();
      })
      .catch((error) => {
        dirty = true; // the text is still only here
        if (error.conflict && error.problem.currentVersion !== undefined) {
          showConflict(error);
        } else {
          setSaveState('failed');
          showError(alert, error);
        }
      })
      .finally(() => {
        saving = null;
        if (saveAgain) { saveAgain = false; save(); }
      });
    return saving;
  }

  function showConflict(error) {
    conflict = error.problem;
    setSaveState('conflict');
    const base = view.version;
    const diffTarget = h('div', { class: 'diff-area' });
    replace(conflictArea, h('div', { class: 'alert alert-error', role: 'alert', id: 'save-conflict' },
      h('p', { class: 'alert-title' }, t('minutes.conflictTitle')),
      h('p', {}, error.userMessage),
      conflict.author && h('p', { id: 'conflict-author' }, t('minutes.conflictBy', {
        author: conflict.author, time: dayAndTime(conflict.savedAt), n: conflict.currentVersion,
      })),
      h('p', {}, t('minutes.conflictKept')),
      h('div', { class: 'conflict-actions' },
        h('button', { type: 'button', class: 'button button-danger-quiet', id: 'conflict-load', onclick: loadTheirs }, t('minutes.conflictLoad')),
        base > 0 && conflict.currentVersion > 0 && h('button', { type: 'button', class: 'button', id: 'conflict-diff', onclick: () => showDiff(diffTarget, id, base, conflict.currentVersion) }, t('minutes.conflictDiff')),
        h('button', { type: 'button', class: 'button button-primary', id: 'conflict-keep', onclick: keepMine }, t('minutes.conflictKeep'))),
      diffTarget));
    conflictArea.scrollIntoView({ block: 'nearest' });
  }

  async function loadTheirs() {
    if (!await confirmDialog(t('minutes.conflictLoadConfirm'), { confirmLabel: t('minutes.conflictLoad'), danger: true })) return;
    conflict = null;
    dirty = false;
    replace(conflictArea);
    load();
  }

  /** Saves the text on screen as the version after the other person's, which stays in the history. */
  function keepMine() {
    view = { ...view, version: conflict.currentVersion };
    conflict = null;
    replace(conflictArea);
    dirty = true;
    save();
  }

  async function finalize() {
    if (dirty || saving) { await saving; await save(); }
    if (dirty || conflict) { say(t('minutes.saveFirst')); return; }
    if (!await confirmDialog(t('minutes.finalizeConfirm', { n: view.version }), { confirmLabel: t('minutes.finalize') })) return;
    try {
      view = await api.post(`meetings/${id}/minutes/finalize`, undefined, { query: { version: view.version } });
      showSuccess(alert, t('minutes.finalized', { n: view.version }));
      render();
    } catch (error) {
      showError(alert, error);
    }
  }

  async function verify() {
    replace(verifyArea, h('p', { class: 'muted' }, t('common.loading')));
    try {
      const result = await api.get(`meetings/${id}/minutes/verify`);
      replace(verifyArea, h('div', {
        class: `alert ${result.valid ? 'alert-success' : 'alert-error'}`, id: 'verify-result', 'data-valid': String(result.valid), role: 'status',
      },
      h('p', { class: 'alert-title' }, result.valid ? t('minutes.valid') : t('minutes.invalid')),
      h('p', {}, t('minutes.verifiedHash', { n: result.version }), ' ', h('code', { class: 'sha256' }, result.sha256)),
      !result.valid && h('ul', {}, result.versions.filter((v) => !v.valid).map((v) => h('li', {}, t('minutes.invalidVersion', { n: v.n }))))));
    } catch (error) {
      showError(verifyArea, error);
    }
  }

  /** Takes the attendance from the roll call as a new version, after saving what was typed. */
  async function fromRollCall(button) {
    if (dirty || saving) { await saving; await save(); }
    if (dirty || conflict) { say(t('minutes.saveFirstRollCall')); return; }
    if (!await confirmDialog(t('minutes.fromRollCallConfirm'), { confirmLabel: t('minutes.fromRollCall') })) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      view = await api.post(`meetings/${id}/minutes/attendance/from-roll-call`, undefined, { query: { version: view.version } });
      showSuccess(alert, t('minutes.fromRollCallDone', { n: view.version }));
      render();
    } catch (error) {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      if (error.conflict && error.problem.currentVersion !== undefined) showConflict(error);
      else showError(alert, error);
    }
  }

  function startAmendment() {
    amending = true;
    render();
  }

  async function submitAmendment(reasonInput, reasonError) {
    const reason = reasonInput.value.trim();
    if (!reason) { reasonError.hidden = false; reasonInput.setAttribute('aria-invalid', 'true'); reasonInput.focus(); return; }
    if (!await confirmDialog(t('minutes.amendConfirm'), { confirmLabel: t('minutes.amendSubmit') })) return;
    try {
      view = await api.post(`meetings/${id}/minutes/amendments`, { reason, content: editor.collect() });
      amending = false;
      showSuccess(alert, t('minutes.amended', { n: view.version }));
      render();
    } catch (error) {
      showError(alert, error);
    }
  }

  function amendmentForm() {
    const reasonInput = h('textarea', { id: 'amend-reason', rows: 3, maxlength: 1000, required: true });
    const reasonError = h('p', { class: 'field-error', hidden: true }, t('minutes.amendReasonRequired'));
    return h('section', { class: 'panel', id: 'amendment-form' },
      h('h2', { class: 'panel-title' }, t('minutes.amendTitle')),
      h('p', { class: 'muted' }, t('minutes.amendLead')),
      h('div', { class: 'field' }, h('label', { for: 'amend-reason' }, t('minutes.amendReason')), reasonInput, reasonError),
      h('div', { class: 'form-actions conflict-actions' },
        h('button', { type: 'button', class: 'button', id: 'amend-cancel', onclick: () => { amending = false; render(); } }, t('common.cancel')),
        h('button', { type: 'button', class: 'button button-primary', id: 'amend-submit', onclick: () => submitAmendment(reasonInput, reasonError) }, t('minutes.amendSubmit'))));
  }

  function render() {
    const writing = (canWrite && !locked()) || (amending && isChair() && locked());
    editor = writing ? minutesEditor(view.content, {
      onChange: changed,
      onFromRollCall: view.rollCall && !amending && !locked() ? fromRollCall : null,
    }) : null;
    drawStatus();
    if (editor && !amending) setSaveState(view.version === 0 ? 'template' : 'saved', view.savedAt);
    replace(body,
      h('div', { class: 'page-header' },
        h('div', {},
          h('p', { class: 'breadcrumbs-inline' }, h('a', { href: `#/meetings/${id}`, id: 'minutes-back' }, `‹ ${meeting.title}`)),
          h('h1', { class: 'page-title', tabindex: '-1' }, t('minutes.title')),
          h('p', { class: 'page-lead' }, `${meeting.title} · ${dayAndTime(meeting.start)}`)),
        editor && !amending && saveState),
      statusArea,
      locked() && !amending && printsPanel(id, { canUpload: canWrite }),
      conflictArea,
      amending && amendmentForm(),
      historyArea,
      editor ? editor.element : minutesReading(view.content),
      tasks.element);
    tasks.refresh(view.content);
  }

  async function load() {
    replace(body, spinner());
    try {
      meeting = await api.get(`meetings/${id}`);
      const [current, manages] = await Promise.all([
        api.get(`meetings/${id}/minutes`),
        managesHost(meeting.hostUnit, vietnamParts(meeting.start).day),
      ]);
      view = current;
      canWrite = manages;
      tasks = conclusionTasks(id, { canAssign: manages });
      historyArea.replaceChildren();
      replace(verifyArea);
      render();
    } catch (error) {
      if (isAbort(error)) return;
      const area = alertArea();
      replace(body, area);
      showError(area, error, { retry: load });
    }
  }

  // leaving the page or the browser with typed text: save it now rather than two seconds later
  const beforeUnload = (event) => {
    if (!dirty && !saving) return;
    save();
    event.preventDefault();
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', beforeUnload);

  replace(container, alert, body);
  load();
  return {
    unmount() {
      window.removeEventListener('beforeunload', beforeUnload);
      if (dirty && !conflict) save();
    },
  };
}
