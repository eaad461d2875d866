// The approval queue of the province's office: meetings submitted by offices below it, with
// approve and reject (with a reason). Approving checks the conflicts again; a 409 lists them.

import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { actionButtons, runAction } from '../meetings/actions.js';
import { conflictList, kindLabel } from '../meetings/labels.js';
import { allMeetings } from '../meetings/meeting-list.js';
import { pointNames } from '../meetings/point-names.js';
import { unitNames } from '../meetings/unit-names.js';
import { dayAndTime, timeRange } from '../meetings/times.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

export function mount(container) {
  const alert = alertArea();
  alert.id = 'approvals-alert';
  const results = h('div', { id: 'approval-queue' });
  const names = pointNames();
  const hosts = unitNames();

  async function act(meeting, action) {
    try {
      const changed = await runAction(action, meeting.id);
      if (!changed) return;
      showSuccess(alert, t(`action.${action}Named`, { title: meeting.title }));
      reload();
    } catch (error) {
      showError(alert, error);
      const conflicts = error.problem?.conflicts;
      if (conflicts) {
        const units = [...new Set(conflicts.map((c) => c.unit).filter(Boolean))];
        const box = alert.querySelector('.alert');
        box.append(conflictList(conflicts, names.name, 'approval-conflicts'));
        names.load(units).then(() => box.querySelector('#approval-conflicts')?.replaceWith(conflictList(conflicts, names.name, 'approval-conflicts')));
      }
    }
  }

  function reload() {
    return loadInto(results, () => allMeetings({ status: 'SUBMITTED' }), (meetings) => dataTable({
      caption: t('approvals.title'),
      emptyText: t('approvals.none'),
      rows: meetings,
      rowAttributes: (m) => ({ 'data-meeting': m.id }),
      columns: [
        { label: t('meeting.time'), cell: (m) => [dayAndTime(m.start).slice(0, 10), h('div', {}, timeRange(m.start, m.end))] },
        { label: t('form.title'), cell: (m) => [h('a', { href: `#/meetings/${m.id}` }, m.title), h('div', { class: 'muted' }, kindLabel(m.kind))] },
        { label: t('form.hostUnit'), cell: (m) => hosts.label(m.hostUnit) },
        { label: t('form.chair'), cell: (m) => m.chairName || '' },
        { label: t('approvals.invited'), className: 'numeric', cell: (m) => formatNumber(m.invited) },
        { label: t('common.actions'), className: 'actions', cell: (m) => actionButtons(m, ['approve', 'reject'], (action) => act(m, action), { suffix: `-${m.id}` }) },
      ],
    }));
  }

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('approvals.title')),
        h('p', { class: 'page-lead' }, t('approvals.lead')))),
    alert,
    h('div', { class: 'panel' }, results));
  reload();
  return {};
}
