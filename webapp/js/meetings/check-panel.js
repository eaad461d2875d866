// The booking form's live check: how many units the invitation reaches and what the meeting
// would collide with, asked of the server (POST meetings/check) without saving anything.

import { api, isAbort } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { conflictList } from './labels.js';
import { pointNames } from './point-names.js';

/** Returns { element, run(body, changing), showConflicts(conflicts) }. */
export function checkPanel() {
  const names = pointNames();
  const status = h('p', { class: 'check-status', id: 'check-status', role: 'status' });
  const invitedCount = h('p', { class: 'invited-count', id: 'invited-count' });
  const conflictsBox = h('div', { id: 'conflicts', 'aria-live': 'polite' });
  const withoutPoint = h('p', { class: 'hint', id: 'without-point' });
  let controller = null;

  function showConflicts(conflicts) {
    if (conflicts.length === 0) { replace(conflictsBox); return; }
    const draw = () => replace(conflictsBox, h('div', { class: 'alert alert-error conflicts-alert', role: 'alert' },
      h('p', { class: 'alert-title' }, t('form.conflictsTitle', { n: conflicts.length })),
      conflictList(conflicts, names.name)));
    draw();
    names.load([...new Set(conflicts.filter((c) => c.kind === 'POINT' && c.unit).map((c) => c.unit))]).then(draw);
  }

  /** Checks `body` (a booking request); `changing` is the id of the meeting being changed, if any. */
  async function run(body, changing) {
    if (!body.hostUnit || !body.start || !body.end) { status.textContent = t('form.checkNeeds'); return; }
    if (!body.chair) { status.textContent = t('form.checkNeedsChair'); return; }
    // the title plays no part in conflicts; an untitled draft is still worth checking
    const checked = body.title ? body : { ...body, title: t('form.untitled') };
    controller?.abort();
    controller = new AbortController();
    status.textContent = t('form.checking');
    try {
      const result = await api.post('meetings/check', checked, { signal: controller.signal, query: { changing } });
      status.textContent = result.conflicts.length === 0 ? t('form.noConflicts') : '';
      invitedCount.textContent = result.occurrences > 1
        ? t('form.invitedSeries', { n: formatNumber(result.invited), occurrences: result.occurrences })
        : t('form.invited', { n: formatNumber(result.invited) });
      invitedCount.dataset.count = result.invited;
      withoutPoint.textContent = result.withoutPoint?.length
        ? t('form.withoutPoint', { n: result.withoutPoint.length, codes: result.withoutPoint.join(', ') }) : '';
      showConflicts(result.conflicts);
    } catch (error) {
      if (isAbort(error)) return;
      status.textContent = '';
      replace(conflictsBox, h('div', { class: 'alert alert-error', role: 'alert' },
        h('p', {}, error.userMessage),
        (error.problem.errors || []).length > 0 && h('ul', { class: 'alert-details' }, error.problem.errors.map((e) => h('li', {}, e.message)))));
    }
  }

  return {
    element: h('div', { class: 'panel check-panel', id: 'check-panel' },
      h('h2', { class: 'panel-title' }, t('form.checkTitle')),
      invitedCount, status, withoutPoint, conflictsBox),
    run,
    showConflicts,
  };
}
