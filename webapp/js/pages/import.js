// Importing the official lists of administrative units and of their successions (mergers,
// splits). The server works through the file in the background; this page sends the file,
// then asks every half second how far it has got.

import { request, api } from '../api.js';
import { h, replace, uniqueId } from '../dom.js';
import { dateFromFileName, formatDate, isIsoDate } from '../format.js';
import { t } from '../i18n.js';
import { historyTable } from '../imports/history.js';
import { jobView } from '../imports/job-view.js';
import { confirmDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, loadInto, showError, spinner } from '../ui/feedback.js';
import { clearFieldErrors, field, selectControl, showFieldErrors } from '../ui/form.js';

const POLL_INTERVAL_MS = 500;
const KINDS = ['UNITS', 'SUCCESSIONS'];
const SCOPES = ['PROVINCES', 'FULL'];

const pause = (milliseconds) => new Promise((resolve) => { setTimeout(resolve, milliseconds); });

function scopeChoice(scope) {
  const id = uniqueId(`scope-${scope}`);
  return h('div', { class: 'radio' },
    h('input', { type: 'radio', name: 'scope', id, value: scope, checked: scope === 'PROVINCES', 'aria-describedby': `${id}-hint` }),
    h('label', { for: id }, t(`import.scope.${scope}`)),
    h('p', { class: 'hint', id: `${id}-hint` }, t(`import.scopeHint.${scope}`)));
}

export function mount(container) {
  const alert = alertArea();
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const jobArea = h('div', { id: 'import-job' });
  const history = h('div', {});
  let watching = null; // the job being followed; replaced when another one is opened
  let unmounted = false;

  const fileInput = h('input', { type: 'file', accept: '.csv,text/csv', required: true });
  const dateInput = h('input', { type: 'date', required: true });
  const dateNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('import.start'));

  fileInput.addEventListener('change', () => {
    const fromName = dateFromFileName(fileInput.files[0]?.name);
    if (fromName) {
      dateInput.value = fromName;
      dateNote.textContent = t('import.dateFromName', { date: formatDate(fromName) });
    } else {
      dateNote.textContent = '';
    }
  });

  const form = h('form', { class: 'panel form-grid', novalidate: true },
    h('div', { class: 'span-2' }, field({ label: t('import.file'), name: 'file', control: fileInput, required: true, hint: t('import.fileHint') })),
    field({ label: t('import.kind'), name: 'kind', control: selectControl('kind', KINDS.map((kind) => ({ value: kind, label: t(`import.kind.${kind}`) })), 'UNITS') }),
    h('div', {}, field({ label: t('import.validFrom'), name: 'validFrom', control: dateInput, required: true, hint: t('import.validFromHint') }), dateNote),
    h('fieldset', { class: 'span-2 radio-group', 'data-field': 'scope' },
      h('legend', {}, t('import.scope')),
      SCOPES.map(scopeChoice),
      h('p', { class: 'field-error', hidden: true })),
    h('div', { class: 'span-2 form-actions' }, submit));

  function validate() {
    const errors = {};
    if (!fileInput.files[0]) errors.file = [t('validation.fileRequired')];
    if (!isIsoDate(dateInput.value)) errors.validFrom = [t('validation.date')];
    return errors;
  }

  async function follow(id, { reveal = false } = {}) {
    const ticket = {};
    watching = ticket;
    const still = () => watching === ticket && !unmounted;
    replace(jobArea, spinner());
    while (still()) {
      let job;
      try {
        job = await api.get(`imports/${encodeURIComponent(id)}`);
      } catch (error) {
        if (!still()) return;
        const area = alertArea();
        replace(jobArea, area);
        showError(area, error, { retry: () => follow(id) });
        return;
      }
      if (!still()) return;
      replace(jobArea, h('div', { class: 'panel' }, jobView(job)));
      if (reveal) { jobArea.scrollIntoView({ block: 'nearest' }); reveal = false; }
      submit.disabled = job.status === 'RUNNING';
      if (job.status !== 'RUNNING') {
        announcer.textContent = t(`import.finished.${job.status}`, { rejected: job.rejected });
        loadHistory();
        return;
      }
      await pause(POLL_INTERVAL_MS);
    }
  }

  function open(id) {
    follow(id, { reveal: true });
  }

  function loadHistory() {
    return loadInto(history, () => api.get('imports'), (page) => {
      const newest = page.items[0];
      // coming back to the page while an import runs: show it without being asked
      if (newest?.status === 'RUNNING' && !watching) follow(newest.id);
      return historyTable(page.items, open);
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    const errors = validate();
    if (Object.keys(errors).length) { showFieldErrors(form, errors); return; }
    const file = fileInput.files[0];
    const scope = form.elements.scope.value;
    const validFrom = dateInput.value;
    if (scope === 'FULL' && !(await confirmDialog(t('import.fullConfirm', { date: formatDate(validFrom) }), { confirmLabel: t('import.start'), danger: true }))) return;

    submit.disabled = true;
    watching = null;
    replace(jobArea, spinner(t('import.uploading', { name: file.name })));
    jobArea.scrollIntoView({ block: 'nearest' });
    try {
      const job = await request('POST', 'imports', {
        query: { kind: form.elements.kind.value, validFrom, scope, fileName: file.name },
        body: file,
        contentType: 'text/csv',
      });
      announcer.textContent = t('import.started');
      follow(job.id, { reveal: true });
    } catch (error) {
      jobArea.replaceChildren();
      submit.disabled = false;
      showError(alert, error, { details: showFieldErrors(form, error.fieldErrors || {}) });
    }
  });

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('import.title')),
        h('p', { class: 'page-lead' }, t('import.lead')))),
    alert,
    form,
    announcer,
    jobArea,
    h('section', { class: 'panel', 'aria-labelledby': 'import-history-title' },
      h('h2', { class: 'panel-title', id: 'import-history-title' }, t('import.history')),
      history));

  loadHistory();
  return { unmount() { unmounted = true; } };
}
