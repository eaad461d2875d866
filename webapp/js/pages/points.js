// All meeting points of the province: filter by text, kind of connection and unit, page
// through them, and (office staff) add, change or delete them.

import { api } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { unitHref } from '../directory/links.js';
import { deletePoint, openPointForm } from '../points/point-editing.js';
import { POINT_KINDS, dialAddress, kindLabel } from '../points/point-labels.js';
import { canEditPoints } from '../session.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';
import { field, selectControl } from '../ui/form.js';
import { pager } from '../ui/pager.js';
import { dataTable } from '../ui/table.js';
import { unitPicker } from '../ui/unit-picker.js';

const PAGE_SIZE = 20;

export function mount(container) {
  const editable = canEditPoints();
  const filters = { q: '', kind: '', unit: '', offset: 0 };
  const alert = alertArea();
  const results = h('div', { class: 'results' });
  let controller = null;

  const textInput = h('input', { type: 'search', autocomplete: 'off' });
  const kindSelect = selectControl('kind', [{ value: '', label: t('points.allKinds') },
    ...POINT_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))], '');
  const picker = unitPicker({
    placeholder: t('points.anyUnit'),
    onChange: (unit) => { filters.unit = unit?.code || ''; filters.offset = 0; reload(); },
  });

  textInput.addEventListener('input', debounce(() => { filters.q = textInput.value.trim(); filters.offset = 0; reload(); }, 300));
  kindSelect.addEventListener('change', () => { filters.kind = kindSelect.value; filters.offset = 0; reload(); });

  const afterSave = () => { showSuccess(alert, t('point.saved')); reload(); };
  const afterConflict = (error) => { showError(alert, error, { details: [t('common.reloadedAfterConflict')] }); reload(); };

  async function remove(point) {
    try {
      if (await deletePoint(point)) {
        showSuccess(alert, t('point.deleted', { name: point.name }));
        container.querySelector('h1').focus(); // the row that held the focus is gone
        reload();
      }
    } catch (error) {
      showError(alert, error);
    }
  }

  const columns = [
    { label: t('point.name'), cell: (p) => [p.name, p.isDefault && h('span', { class: 'badge badge-default' }, t('point.default'))] },
    { label: t('point.unit'), cell: (p) => h('a', { href: unitHref(p.unitCode) }, p.unitName || p.unitCode) },
    { label: t('point.room'), cell: (p) => p.room || '' },
    { label: t('point.seats'), className: 'numeric', cell: (p) => (p.seats ?? '') === '' ? '' : formatNumber(p.seats) },
    { label: t('point.kind'), cell: (p) => kindLabel(p.kind) },
    { label: t('points.dialAddress'), cell: (p) => dialAddress(p) && h('code', {}, dialAddress(p)) },
    { label: t('point.technician'), cell: (p) => [p.technicianName, p.technicianPhone && h('div', {}, h('a', { href: `tel:${p.technicianPhone.replace(/[^\d+]/g, '')}` }, p.technicianPhone))] },
  ];
  if (editable) {
    columns.push({
      label: t('common.actions'),
      className: 'actions',
      cell: (p) => [
        h('button', { type: 'button', class: 'button button-small', 'aria-label': t('point.editNamed', { name: p.name }), onclick: () => openPointForm({ point: p, onSaved: afterSave, onConflict: afterConflict }) }, t('common.edit')),
        h('button', { type: 'button', class: 'button button-small button-danger-quiet', 'aria-label': t('point.deleteNamed', { name: p.name }), onclick: () => remove(p) }, t('common.delete')),
      ],
    });
  }

  function reload() {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    return loadInto(results,
      () => api.get('points', { q: filters.q, kind: filters.kind, unit: filters.unit, limit: PAGE_SIZE, offset: filters.offset }, { signal }),
      (page) => [
        dataTable({ columns, rows: page.items, caption: t('points.title'), emptyText: t('points.none') }),
        pager({ total: page.total, limit: PAGE_SIZE, offset: filters.offset, onChange: (offset) => { filters.offset = offset; reload(); } }),
      ]);
  }

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('points.title')),
        h('p', { class: 'page-lead' }, t('points.lead'))),
      editable && h('button', { type: 'button', class: 'button button-primary', onclick: () => openPointForm({ onSaved: afterSave }) }, `+ ${t('point.add')}`)),
    h('form', { class: 'panel filters', role: 'search', 'aria-label': t('points.filters'), onsubmit: (event) => event.preventDefault() },
      field({ label: t('points.text'), name: 'q', control: textInput, hint: t('points.textHint') }),
      field({ label: t('point.kind'), name: 'kind', control: kindSelect }),
      field({ label: t('point.unit'), name: 'unit', control: picker.element, input: picker.input })),
    alert,
    h('div', { class: 'panel' }, results));

  reload();
  return { unmount: () => controller?.abort() };
}
