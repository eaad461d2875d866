// The versions of the minutes: who saved what and when, two of them compared side by side
// (the old text with its deletions, the new one with its insertions) and an old one restored.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { confirmDialog } from '../ui/dialog.js';
import { alertArea, loadInto, showError } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

/** The compared text as two columns; `diff` is the answer of GET .../minutes/diff. */
export function diffColumns(diff) {
  const side = (id, title, keep, mark, tag) => h('div', { class: 'diff-side', id },
    h('h3', {}, title),
    h('pre', { class: 'diff-text' }, diff.segments.filter((s) => s.op === 'EQUAL' || s.op === keep)
      .map((s) => (s.op === 'EQUAL' ? s.text : h(tag, { class: mark }, s.text)))));
  return h('div', { class: 'minutes-diff', id: 'minutes-diff', 'data-from': diff.from, 'data-to': diff.to },
    h('p', { class: 'muted', id: 'diff-summary' }, t('minutes.diffSummary', {
      inserted: formatNumber(diff.inserted), deleted: formatNumber(diff.deleted),
    })),
    h('div', { class: 'diff-columns' },
      side('diff-old', t('minutes.versionN', { n: diff.from }), 'DELETE', 'diff-delete', 'del'),
      side('diff-new', t('minutes.versionN', { n: diff.to }), 'INSERT', 'diff-insert', 'ins')));
}

/** Loads and shows the differences of versions `from` and `to` into `target`. */
export function showDiff(target, meetingId, from, to) {
  return loadInto(target, () => api.get(`meetings/${meetingId}/minutes/diff`, { from, to }), diffColumns);
}

/**
 * The history panel. `canRestore` when the person may write the minutes and they are not locked;
 * `onRestored(view)` after a restore.
 */
export function historyPanel(meetingId, { canRestore, onRestored }) {
  const alert = alertArea();
  const list = h('div', {});
  const diffTarget = h('div', { class: 'diff-area' });
  const panel = h('section', { class: 'panel minutes-history', id: 'minutes-history', 'aria-labelledby': 'minutes-history-title' },
    h('h2', { class: 'panel-title', id: 'minutes-history-title' }, t('minutes.history')), alert, list, diffTarget);

  function compare() {
    const chosen = [...list.querySelectorAll('input[name="compare"]:checked')].map((box) => Number(box.value)).sort((a, b) => a - b);
    if (chosen.length !== 2) {
      replace(alert, h('div', { class: 'alert alert-error', role: 'alert' }, h('p', {}, t('minutes.pickTwo'))));
      return;
    }
    alert.replaceChildren();
    showDiff(diffTarget, meetingId, chosen[0], chosen[1]);
  }

  async function restore(n) {
    if (!await confirmDialog(t('minutes.restoreConfirm', { n }), { confirmLabel: t('minutes.restore') })) return;
    try {
      const view = await api.post(`meetings/${meetingId}/minutes/versions/${n}/restore`);
      onRestored(view);
    } catch (error) {
      showError(alert, error);
    }
  }

  function render(versions) {
    if (versions.length === 0) return h('p', { class: 'empty' }, t('minutes.noVersions'));
    const limitChoice = (event) => {
      const checked = list.querySelectorAll('input[name="compare"]:checked');
      if (checked.length > 2) event.target.checked = false;
    };
    return [
      dataTable({
        caption: t('minutes.history'),
        emptyText: '',
        rows: [...versions].reverse(),
        rowAttributes: (v) => ({ 'data-n': v.n, 'data-kind': v.kind }),
        columns: [
          { label: t('minutes.compare'), className: 'narrow', cell: (v) => h('input', { type: 'checkbox', name: 'compare', value: v.n, 'aria-label': t('minutes.compareVersion', { n: v.n }), onchange: limitChoice }) },
          { label: '#', className: 'narrow', cell: (v) => v.n },
          { label: t('minutes.kind'), cell: (v) => [t(`minutes.kind.${v.kind}`), v.basedOn && h('span', { class: 'muted' }, ` (${t('minutes.basedOn', { n: v.basedOn })})`)] },
          { label: t('minutes.author'), cell: (v) => [v.author, v.authorUnit && h('span', { class: 'muted' }, ` (${v.authorUnit})`)] },
          { label: t('minutes.savedAt'), cell: (v) => dayAndTime(v.savedAt) },
          { label: t('minutes.reason'), cell: (v) => v.reason || '' },
          { label: t('minutes.locked'), cell: (v) => (v.locked ? h('span', { class: 'badge badge-locked', title: v.sha256 }, t('minutes.lockedYes')) : '') },
          { label: '', cell: (v) => canRestore && h('button', { type: 'button', class: 'button button-small restore-version', 'data-n': v.n, onclick: () => restore(v.n) }, t('minutes.restore')) },
        ],
      }),
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'button', id: 'compare-versions', onclick: compare }, t('minutes.compareChosen'))),
    ];
  }

  const reload = () => { replace(diffTarget); return loadInto(list, () => api.get(`meetings/${meetingId}/minutes/versions`), render); };
  reload();
  return { element: panel, reload };
}
