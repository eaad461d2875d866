// The meeting points of one unit, as cards, with add/change/delete for the office staff.

import { api } from '../api.js';
import { h, uniqueId } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { deletePoint, openPointForm } from '../points/point-editing.js';
import { kindLabel } from '../points/point-labels.js';
import { canEditPoints } from '../session.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';

function fact(label, ...value) {
  const shown = value.filter((part) => part !== null && part !== undefined && part !== '');
  if (shown.length === 0) return null;
  return h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, shown));
}

function technician(point) {
  const parts = [
    point.technicianName && h('span', {}, point.technicianName),
    point.technicianPhone && h('a', { href: `tel:${point.technicianPhone.replace(/[^\d+]/g, '')}` }, point.technicianPhone),
    point.technicianEmail && h('a', { href: `mailto:${point.technicianEmail}` }, point.technicianEmail),
  ].filter(Boolean);
  return parts.length ? h('span', { class: 'contact' }, parts) : null;
}

function card(point, actions) {
  return h('article', { class: 'point-card', 'data-id': point.id },
    h('header', { class: 'point-card-header' },
      h('h4', {}, point.name),
      h('span', { class: `badge badge-kind badge-${String(point.kind).toLowerCase()}` }, kindLabel(point.kind)),
      point.isDefault && h('span', { class: 'badge badge-default' }, t('point.default'))),
    h('dl', { class: 'point-facts' },
      fact(t('point.room'), point.room),
      fact(t('point.address'), point.address),
      fact(t('point.seats'), point.seats === null || point.seats === undefined ? null : formatNumber(point.seats)),
      fact(t('point.sipAddress'), point.sipAddress && h('code', {}, point.sipAddress)),
      fact(t('point.h323Address'), point.h323Address && h('code', {}, point.h323Address)),
      fact(t('point.technician'), technician(point))),
    actions && h('footer', { class: 'point-card-actions' },
      h('button', { type: 'button', class: 'button button-small', 'aria-label': t('point.editNamed', { name: point.name }), onclick: () => actions.edit(point) }, t('common.edit')),
      h('button', { type: 'button', class: 'button button-small button-danger-quiet', 'aria-label': t('point.deleteNamed', { name: point.name }), onclick: () => actions.remove(point) }, t('common.delete'))));
}

/** The "meeting points" section of a unit's detail; loads itself and reloads after each change. */
export function unitPointsSection(unit, signal) {
  const titleId = uniqueId('points-title');
  const count = h('span', { class: 'count' });
  const alert = alertArea();
  const list = h('div', { id: 'unit-points', class: 'point-grid' });
  const editable = canEditPoints();

  const reload = () => loadInto(list,
    () => api.get(`units/${encodeURIComponent(unit.code)}/points`, {}, { signal }),
    (page) => {
      count.textContent = ` (${formatNumber(page.total)})`;
      return page.items.length
        ? page.items.map((point) => card(point, editable && actions))
        : h('p', { class: 'empty' }, t('point.noneForUnit'));
    });

  const afterConflict = (error) => {
    showError(alert, error, { details: [t('common.reloadedAfterConflict')] });
    reload();
  };
  const actions = {
    edit: (point) => openPointForm({
      point,
      onSaved: () => { showSuccess(alert, t('point.saved')); reload(); },
      onConflict: afterConflict,
    }),
    remove: async (point) => {
      try {
        if (await deletePoint(point)) {
          showSuccess(alert, t('point.deleted', { name: point.name }));
          heading.focus(); // the card that held the focus is gone
          reload();
        }
      } catch (error) {
        showError(alert, error);
      }
    },
  };

  const add = editable && h('button', {
    type: 'button', class: 'button button-primary',
    onclick: () => openPointForm({ unit, onSaved: () => { showSuccess(alert, t('point.saved')); reload(); } }),
  }, `+ ${t('point.add')}`);

  const heading = h('h3', { id: titleId, tabindex: '-1' }, t('directory.points'), count);
  reload();
  return h('section', { class: 'detail-section', 'aria-labelledby': titleId },
    h('div', { class: 'section-header' }, heading, add),
    alert,
    list);
}
