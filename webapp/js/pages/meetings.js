// The meeting calendar: a week of hour columns or a month grid (an agenda list on phones),
// with previous/next/today and filters by unit and state. The address keeps the view, the
// day shown and the filters (#/meetings?view=week&date=2031-01-06&status=APPROVED).

import { h, isNarrowScreen, replace } from '../dom.js';
import { t } from '../i18n.js';
import { STATUSES, statusLabel } from '../meetings/labels.js';
import { allMeetings } from '../meetings/meeting-list.js';
import { agendaView, monthView, weekView } from '../meetings/calendar-views.js';
import {
  firstOfMonth, lastOfMonth, mondayOf, monthName, numericDay, plusDays, plusMonths, vietnamToday,
} from '../meetings/times.js';
import { canBook } from '../meetings/roles.js';
import { loadInto } from '../ui/feedback.js';
import { field, selectControl } from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';

function readState(query) {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(query.date || '') ? query.date : vietnamToday();
  return { view: query.view === 'month' ? 'month' : 'week', date, unit: query.unit || '', status: STATUSES.includes(query.status) ? query.status : '' };
}

function address(state) {
  const query = new URLSearchParams(Object.entries(state).filter(([, value]) => value));
  return `#/meetings?${query}`;
}

export function mount(container, { query }) {
  let state = readState(query);
  let controller = null;
  const results = h('div', { class: 'calendar-results', id: 'calendar-results' });
  const title = h('h2', { class: 'calendar-range', id: 'calendar-range', 'aria-live': 'polite' });
  const go = (change) => { location.hash = address({ ...state, ...change }); };

  const statusSelect = selectControl('status', [{ value: '', label: t('calendar.allStatuses') },
    ...STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))], state.status);
  statusSelect.id = 'calendar-status';
  statusSelect.addEventListener('change', () => go({ status: statusSelect.value }));
  const picker = unitPicker({
    placeholder: t('calendar.anyUnit'),
    value: state.unit ? { code: state.unit, name: state.unit } : null,
    onChange: (unit) => go({ unit: unit?.code || '' }),
  });
  picker.input.id = 'calendar-unit';

  const viewButton = (view) => h('button', {
    type: 'button', class: 'button', id: `calendar-view-${view}`, 'data-view': view, onclick: () => go({ view }),
  }, t(`calendar.${view}`));
  const weekButton = viewButton('week');
  const monthButton = viewButton('month');

  const step = (direction) => (state.view === 'month' ? plusMonths(state.date, direction) : plusDays(state.date, 7 * direction));

  function range() {
    if (state.view === 'month') return { from: firstOfMonth(state.date), to: lastOfMonth(state.date) };
    const from = mondayOf(state.date);
    return { from, to: plusDays(from, 6) };
  }

  function render() {
    const { from, to } = range();
    for (const button of [weekButton, monthButton]) button.setAttribute('aria-pressed', String(button.dataset.view === state.view));
    title.textContent = state.view === 'month' ? monthName(from) : `${numericDay(from)} – ${numericDay(to)}`;
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const today = vietnamToday();
    loadInto(results, () => allMeetings({ from, to, unit: state.unit, status: state.status }, signal), (meetings) => {
      if (isNarrowScreen()) return agendaView(meetings);
      return state.view === 'month' ? monthView(from, to, meetings, today) : weekView(from, meetings, today);
    });
  }

  const narrow = window.matchMedia('(max-width: 760px)');
  const redraw = () => render();
  narrow.addEventListener('change', redraw);

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('calendar.title')),
        h('p', { class: 'page-lead' }, t('calendar.lead'))),
      canBook() && h('a', { class: 'button button-primary', id: 'calendar-new', href: '#/meetings/new' }, `+ ${t('nav.book')}`)),
    h('div', { class: 'panel calendar-panel' },
      h('div', { class: 'calendar-toolbar' },
        h('div', { class: 'calendar-nav' },
          h('button', { type: 'button', class: 'button', id: 'calendar-prev', 'aria-label': t('calendar.previous'), onclick: () => go({ date: step(-1) }) }, '‹'),
          h('button', { type: 'button', class: 'button', id: 'calendar-today', onclick: () => go({ date: vietnamToday() }) }, t('calendar.today')),
          h('button', { type: 'button', class: 'button', id: 'calendar-next', 'aria-label': t('calendar.next'), onclick: () => go({ date: step(1) }) }, '›'),
          title),
        h('div', { class: 'calendar-views', role: 'group', 'aria-label': t('calendar.viewChoice') }, weekButton, monthButton)),
      h('form', { class: 'filters calendar-filters', role: 'search', onsubmit: (event) => event.preventDefault() },
        field({ label: t('calendar.unit'), name: 'unit', control: picker.element, input: picker.input }),
        field({ label: t('calendar.status'), name: 'status', control: statusSelect })),
      h('ul', { class: 'status-legend', 'aria-label': t('calendar.legend') },
        STATUSES.map((status) => h('li', { class: `legend-item status-${status.toLowerCase()}` }, statusLabel(status)))),
      results));

  render();
  return {
    update({ query: next }) {
      state = readState(next);
      statusSelect.value = state.status;
      if (!state.unit && picker.value) picker.set(null);
      render();
    },
    unmount() {
      controller?.abort();
      narrow.removeEventListener('change', redraw);
    },
  };
}
