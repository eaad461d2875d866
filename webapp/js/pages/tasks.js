// The task board: the tasks conclusions gave a unit to lead or support, open, overdue (with the
// days late) or done, soonest deadline first. The lead unit reports progress and closes a task
// here. Offices (the provincial secretariat above all) choose any unit they follow, or all, and
// see how many overdue tasks each unit has.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { unitNames } from '../meetings/unit-names.js';
import { canBook, isProvincialOffice } from '../meetings/roles.js';
import { currentUser } from '../session.js';
import { alertArea, clearAlert, loadInto, showSuccess } from '../ui/feedback.js';
import { pager } from '../ui/pager.js';
import { dataTable } from '../ui/table.js';
import { unitPicker } from '../ui/unit-picker.js';
import { taskCard } from '../tasks/task-card.js';

const PAGE_SIZE = 20;
const FILTERS = {
  OPEN: { status: 'OPEN' },
  OVERDUE: { overdue: 'true' },
  DONE: { status: 'DONE' },
  ALL: {},
};

export function mount(container, { query }) {
  const user = currentUser();
  const office = canBook(); // offices follow the units below them; the provincial one every unit
  const state = {
    filter: query.filter in FILTERS ? query.filter : 'OPEN',
    unit: office ? null : user?.unitCode,
    offset: 0,
  };
  const alert = alertArea();
  alert.id = 'tasks-alert';
  const results = h('div', { id: 'task-board-list' });
  const countsArea = h('div', { id: 'overdue-counts-body' });
  const names = unitNames();
  const lead = h('p', { class: 'page-lead', id: 'tasks-lead' });

  function describe() {
    const unit = state.unit ? picker?.value?.name || user?.unitName || state.unit : !isProvincialOffice() && user?.unitName;
    lead.textContent = unit ? t('tasks.boardLead', { unit }) : t('tasks.boardLeadAll');
  }

  const filterButtons = Object.keys(FILTERS).map((filter) => h('button', {
    type: 'button', class: 'button', id: `task-filter-${filter.toLowerCase()}`, 'data-filter': filter, 'aria-pressed': String(filter === state.filter),
    onclick: () => {
      state.filter = filter;
      state.offset = 0;
      clearAlert(alert);
      filterButtons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.filter === filter)));
      reload();
    },
  }, t(`tasks.filter.${filter}`)));

  const picker = office ? unitPicker({
    placeholder: t('tasks.allUnits'),
    onChange: (unit) => { state.unit = unit?.code || null; state.offset = 0; clearAlert(alert); describe(); reload(); },
  }) : null;
  if (picker) picker.input.id = 'task-unit';

  function showUnit(unit) {
    picker.set(unit);
    state.unit = unit.code;
    state.offset = 0;
    state.filter = 'OVERDUE';
    filterButtons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.filter === 'OVERDUE')));
    describe();
    reload();
    results.scrollIntoView({ block: 'start' });
  }

  function changed(message) {
    showSuccess(alert, message);
    reload();
    if (office) loadCounts();
  }

  function reload() {
    const params = { ...FILTERS[state.filter], unit: state.unit, offset: state.offset, limit: PAGE_SIZE };
    return loadInto(results, () => api.get('tasks', params), (page) => [
      page.items.length === 0 ? h('p', { class: 'empty' }, t(`tasks.none.${state.filter}`))
        : h('ul', { class: 'task-list', id: 'task-board' }, page.items.map((task) => taskCard(task, {
          names, showMeeting: true, showConclusion: true, viewedUnit: state.unit || (isProvincialOffice() ? null : user?.unitCode), onChanged: changed, alert,
        }))),
      pager({ total: page.total, limit: PAGE_SIZE, offset: state.offset, onChange: (offset) => { state.offset = offset; clearAlert(alert); reload(); } }),
    ]);
  }

  function loadCounts() {
    return loadInto(countsArea, () => api.get('tasks/overdue-by-unit'), (counts) => dataTable({
      caption: t('tasks.overdueByUnit'),
      emptyText: t('tasks.noOverdue'),
      rows: counts,
      rowAttributes: (count) => ({ 'data-unit': count.unit }),
      columns: [
        {
          label: t('tasks.unit'),
          cell: (count) => h('button', {
            type: 'button', class: 'link-button overdue-unit', 'data-unit': count.unit,
            onclick: () => showUnit({ code: count.unit, name: count.unitName }),
          }, `${count.unitName} (${count.unit})`),
        },
        { label: t('tasks.overdueLeading'), className: 'numeric', cell: (count) => h('span', { class: 'overdue-leading' }, formatNumber(count.leading)) },
        { label: t('tasks.overdueSupporting'), className: 'numeric', cell: (count) => formatNumber(count.supporting) },
      ],
    }));
  }

  describe();
  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('tasks.title')),
        lead)),
    alert,
    office && h('details', { class: 'panel overdue-counts', id: 'overdue-counts', open: true },
      h('summary', { class: 'panel-title' }, t('tasks.overdueByUnit')),
      h('p', { class: 'muted' }, t('tasks.overdueByUnitLead')),
      countsArea),
    h('section', { class: 'panel', 'aria-labelledby': 'task-board-title' },
      h('h2', { class: 'visually-hidden', id: 'task-board-title' }, t('tasks.title')),
      h('div', { class: 'task-filters' },
        office && h('div', { class: 'field task-unit-filter' }, h('label', { for: 'task-unit' }, t('tasks.unit')), picker.element),
        h('div', { class: 'inbox-filters', role: 'group', 'aria-label': t('tasks.filterLabel') }, filterButtons)),
      results));
  reload();
  if (office) loadCounts();
  return {};
}
