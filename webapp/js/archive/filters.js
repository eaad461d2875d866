// The filters of the archive search (dates, host and invited unit, chair, kind, state) and the
// chips that show which are in force, each with a button that lifts it.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { KINDS, STATUSES, kindLabel, statusLabel } from '../meetings/labels.js';
import { numericDay } from '../meetings/times.js';
import { field, selectControl } from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';
import { MINUTES, activeFilters } from './search-state.js';

export function minutesLabel(value) {
  return value === 'NONE' ? t('archive.minutesFilter.NONE') : t(`minutes.status.${value}`);
}

/** Unit names already known on this page (from facets, results or the directory), by code. */
export function unitNameBook() {
  const names = new Map();
  return {
    remember(code, name) { if (code && name) names.set(String(code), name); },
    name(code) { return names.get(String(code)) || null; },
    async lookUp(code) {
      if (!names.has(code)) {
        try {
          names.set(code, (await api.get(`units/${encodeURIComponent(code)}`)).name);
        } catch {
          return null; // the code alone is shown
        }
      }
      return names.get(code);
    },
  };
}

function unitField(name, state, units, apply) {
  const picker = unitPicker({ placeholder: t('archive.anyUnit'), onChange: (unit) => apply({ [name]: unit?.code || '' }) });
  picker.input.id = `archive-${name}`;
  const show = (code) => {
    if (!code) { if (picker.value) picker.set(null); return; }
    if (picker.value?.code === code) return;
    picker.set({ code, name: units.name(code) || code });
    units.lookUp(code).then((unitName) => { if (unitName && picker.value?.code === code) picker.set({ code, name: unitName }); });
  };
  show(state[name]);
  return { element: field({ label: t(`archive.filter.${name}`), name, control: picker.element, input: picker.input }), show };
}

/** Returns { element, show(state) }; `apply(change)` sets filters (and goes back to the first page). */
export function filterForm(state, units, apply) {
  const change = (values) => apply({ ...values, page: 1 });
  const date = (name) => {
    const input = h('input', { type: 'date', id: `archive-${name}`, value: state[name] });
    input.addEventListener('change', () => change({ [name]: input.value }));
    return input;
  };
  const from = date('from');
  const to = date('to');
  const host = unitField('host', state, units, change);
  const unit = unitField('unit', state, units, change);
  const chair = h('input', { type: 'search', id: 'archive-chair', autocomplete: 'off', maxlength: 100, value: state.chair });
  chair.addEventListener('change', () => change({ chair: chair.value.trim() }));
  const choice = (name, values, label, all) => {
    const select = selectControl(name, [{ value: '', label: all }, ...values.map((value) => ({ value, label: label(value) }))], state[name]);
    select.id = `archive-${name}`;
    select.addEventListener('change', () => change({ [name]: select.value }));
    return select;
  };
  const kind = choice('kind', KINDS, kindLabel, t('archive.anyKind'));
  const status = choice('status', STATUSES, statusLabel, t('archive.anyStatus'));
  const minutes = choice('minutes', MINUTES, minutesLabel, t('archive.anyMinutes'));

  const element = h('form', {
    class: 'archive-filters', id: 'archive-filter-form', 'aria-label': t('archive.filters'),
    onsubmit: (event) => { event.preventDefault(); change({ chair: chair.value.trim() }); },
  },
  h('div', { class: 'archive-dates' },
    field({ label: t('archive.filter.from'), name: 'from', control: from }),
    field({ label: t('archive.filter.to'), name: 'to', control: to })),
  host.element, unit.element,
  field({ label: t('archive.filter.chair'), name: 'chair', control: chair }),
  field({ label: t('archive.filter.kind'), name: 'kind', control: kind }),
  field({ label: t('archive.filter.status'), name: 'status', control: status }),
  field({ label: t('archive.filter.minutes'), name: 'minutes', control: minutes }),
  h('button', {
    type: 'button', class: 'button button-small', id: 'archive-clear-filters',
    onclick: () => change(Object.fromEntries(activeFilters(state).map((name) => [name, '']))),
  }, t('archive.clearFilters')));

  return {
    element,
    show(next) {
      state = next;
      from.value = next.from;
      to.value = next.to;
      if (document.activeElement !== chair) chair.value = next.chair;
      kind.value = next.kind;
      status.value = next.status;
      minutes.value = next.minutes;
      host.show(next.host);
      unit.show(next.unit);
    },
  };
}

function chipValue(name, state, units) {
  if (name === 'from' || name === 'to') return numericDay(state[name]);
  if (name === 'host' || name === 'unit') return units.name(state[name]) || state[name];
  if (name === 'kind') return kindLabel(state.kind);
  if (name === 'status') return statusLabel(state.status);
  if (name === 'minutes') return minutesLabel(state.minutes);
  return state[name];
}

/** The filters in force as chips; each chip's button lifts its filter. */
export function filterChips(state, units, apply) {
  const names = activeFilters(state);
  if (names.length === 0) return h('div', { id: 'archive-chips', hidden: true });
  return h('ul', { class: 'filter-chips', id: 'archive-chips', 'aria-label': t('archive.activeFilters') },
    names.map((name) => {
      const text = `${t(`archive.filter.${name}`)}: ${chipValue(name, state, units)}`;
      return h('li', { class: 'filter-chip', 'data-filter': name },
        h('span', {}, text),
        h('button', {
          type: 'button', class: 'chip-remove', 'aria-label': t('archive.removeFilter', { filter: text }),
          onclick: () => apply({ [name]: '', page: 1 }),
        }, '×'));
    }));
}
