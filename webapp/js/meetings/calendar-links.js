// Secret links a unit gives to Outlook, Thunderbird or a phone to follow its meetings. The
// address is shown once, when made (the server keeps only a hash of its secret).

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { confirmDialog } from '../ui/dialog.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

export function calendarLinksSection(unitCode) {
  const alert = alertArea();
  const list = h('div', { id: 'calendar-link-list' });
  const fresh = h('div', { id: 'calendar-link-new' });

  function reload() {
    return loadInto(list, () => api.get('calendar-links', { unit: unitCode }), (links) => dataTable({
      caption: t('links.title'),
      emptyText: t('links.none'),
      rows: links,
      rowAttributes: (link) => ({ 'data-link': link.id }),
      columns: [
        { label: t('links.created'), cell: (link) => [formatDateTime(link.createdAt), h('div', { class: 'muted' }, link.createdBy)] },
        { label: t('common.actions'), className: 'actions', cell: (link) => h('button', { type: 'button', class: 'button button-small button-danger-quiet', 'data-revoke': link.id, onclick: () => revoke(link) }, t('links.revoke')) },
      ],
    }));
  }

  async function revoke(link) {
    if (!await confirmDialog(t('links.confirmRevoke'), { confirmLabel: t('links.revoke'), danger: true })) return;
    try {
      await api.delete(`calendar-links/${link.id}`);
      showSuccess(alert, t('links.revoked'));
      replace(fresh);
      reload();
    } catch (error) {
      showError(alert, error);
    }
  }

  async function create() {
    try {
      const link = await api.post('calendar-links', { unit: unitCode });
      const input = h('input', { type: 'text', readonly: true, id: 'calendar-link-url', value: link.url });
      const copy = h('button', {
        type: 'button', class: 'button', id: 'calendar-link-copy',
        onclick: async () => {
          input.select();
          try { await navigator.clipboard.writeText(link.url); copy.textContent = t('links.copied'); } catch { document.execCommand('copy'); }
        },
      }, t('links.copy'));
      replace(fresh, h('div', { class: 'alert alert-success' }, h('p', {}, t('links.madeOnce')), h('div', { class: 'inline-controls' }, input, copy)));
      reload();
    } catch (error) {
      showError(alert, error);
    }
  }

  reload();
  return h('section', { class: 'panel', id: 'calendar-links', 'aria-labelledby': 'calendar-links-title' },
    h('div', { class: 'section-header' },
      h('h2', { class: 'panel-title', id: 'calendar-links-title' }, t('links.title')),
      h('button', { type: 'button', class: 'button button-small', id: 'calendar-link-create', onclick: create }, `+ ${t('links.create')}`)),
    h('p', { class: 'hint' }, t('links.lead')),
    alert, fresh, list);
}
