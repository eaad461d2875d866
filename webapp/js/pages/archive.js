// The archive search: one box for the words (with or without diacritics, "quotes" for a
// phrase), filters and facets beside the results, highlighted passages in each result, and
// the search kept in the address (see archive/search-state.js). On a phone the filters fold
// away behind one button. Administrators and archivists also see the state of the index.

import { api, isAbort } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { facetPanel } from '../archive/facets.js';
import { filterChips, filterForm, unitNameBook } from '../archive/filters.js';
import { indexPanel } from '../archive/index-panel.js';
import { resultList, summary } from '../archive/results.js';
import {
  MAX_DEPTH, PAGE_SIZE, SORTS, activeFilters, address, readState, searchQuery, shownSort,
} from '../archive/search-state.js';
import { alertArea, clearAlert, showError, spinner } from '../ui/feedback.js';
import { selectControl } from '../ui/form.js';
import { pager } from '../ui/pager.js';

export function mount(container, { query }) {
  let state = readState(query);
  let controller = null;
  const units = unitNameBook();

  const go = (change, { replaceHistory = false } = {}) => {
    const next = address({ ...state, ...change });
    if (next === location.hash) { search(); return; }
    if (replaceHistory) location.replace(next); else location.hash = next;
  };

  const box = h('input', {
    type: 'search', id: 'archive-q', name: 'q', autocomplete: 'off', spellcheck: 'false', maxlength: 200,
    value: state.q, placeholder: t('archive.placeholder'), 'aria-describedby': 'archive-q-hint',
  });
  // while typing, the address follows without filling the history with every word
  box.addEventListener('input', debounce(() => {
    if (box.value.trim() !== state.q) go({ q: box.value.trim(), page: 1 }, { replaceHistory: true });
  }, 500));
  const sort = selectControl('sort', SORTS.map((value) => ({ value, label: t(`archive.sort.${value}`) })), shownSort(state));
  sort.id = 'archive-sort';
  sort.addEventListener('change', () => go({ sort: sort.value, page: 1 }));

  const side = h('aside', { class: 'archive-side', id: 'archive-side', 'aria-label': t('archive.filters') });
  const toggle = h('button', {
    type: 'button', class: 'button archive-filters-toggle', id: 'archive-filters-toggle',
    'aria-expanded': 'false', 'aria-controls': 'archive-side',
    onclick: () => {
      const open = !side.classList.contains('open');
      side.classList.toggle('open', open);
      toggle.setAttribute('aria-expanded', String(open));
    },
  }, t('archive.filtersButton'));

  const filters = filterForm(state, units, (change) => go(change));
  const facets = h('div', { class: 'panel archive-facets-panel' }, h('h2', { class: 'panel-title' }, t('archive.facets')),
    h('div', { id: 'archive-facets' }));
  replace(side,
    h('div', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('archive.filters')), filters.element),
    facets);

  const chips = h('div', { class: 'archive-chips-area' });
  const progress = h('div', { class: 'archive-progress', id: 'archive-progress', hidden: true }, spinner(t('archive.searching')));
  const alerts = alertArea();
  const results = h('div', { class: 'archive-results-area', id: 'archive-results' });
  // one short sentence for screen readers after each search, not the whole list
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const paging = h('div', {});
  const index = hasRole('ADMIN', 'ARCHIVIST') ? indexPanel({ canManage: hasRole('ADMIN') }) : null;

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('archive.title')),
        h('p', { class: 'page-lead' }, t('archive.lead')))),
    h('form', {
      class: 'panel archive-search', role: 'search', id: 'archive-search',
      onsubmit: (event) => { event.preventDefault(); go({ q: box.value.trim(), page: 1 }); },
    },
    h('label', { for: 'archive-q', class: 'archive-q-label' }, t('archive.query')),
    h('div', { class: 'archive-q-row' },
      box,
      h('button', { type: 'submit', class: 'button button-primary', id: 'archive-submit' }, t('archive.search'))),
    h('p', { class: 'hint', id: 'archive-q-hint' }, t('archive.queryHint')),
    h('div', { class: 'archive-tools' },
      h('label', { class: 'archive-sort' }, h('span', {}, t('archive.sortBy')), sort),
      toggle)),
    h('div', { class: 'archive-layout' },
      side,
      h('section', { class: 'archive-main', 'aria-label': t('archive.results') },
        h('div', { class: 'panel' }, chips, progress, alerts, announce, results, paging),
        index?.element)));

  function showFacets(answer, shown) {
    for (const bucket of answer.facets?.host || []) units.remember(bucket.value, bucket.label);
    replace(facets.querySelector('#archive-facets'), facetPanel(answer.facets, shown, (change) => go(change)));
  }

  // Beyond 10,000 results the list comes first and the server stops counting; the exact number and the facets
  // follow from a second request while the list can already be read.
  async function countAll(shown, seconds, signal) {
    const area = facets.querySelector('#archive-facets');
    replace(area, spinner(t('archive.counting')));
    try {
      const counted = await api.get('archive/facets', searchQuery(shown), { signal });
      if (signal.aborted) return;
      results.querySelector('#archive-summary')?.replaceWith(summary(counted.total, seconds, true));
      announce.textContent = t('archive.found', { total: formatNumber(counted.total) });
      showFacets(counted, shown);
    } catch (error) {
      if (isAbort(error)) return;
      replace(area, h('p', { class: 'hint' }, t('archive.countFailed')));
    }
  }

  async function search() {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const shown = state;
    replace(chips, filterChips(shown, units, (change) => go(change)));
    const filterCount = activeFilters(shown).length;
    toggle.textContent = filterCount ? `${t('archive.filtersButton')} (${filterCount})` : t('archive.filtersButton');
    clearAlert(alerts);
    progress.hidden = false;
    delete results.dataset.search; // says which search the results answer once they do
    results.setAttribute('aria-busy', 'true');
    results.classList.add('stale');
    const started = performance.now();
    try {
      const answer = await api.get('archive/search', searchQuery(shown), { signal });
      const seconds = (performance.now() - started) / 1000;
      for (const item of answer.items) units.remember(item.hostUnitCode, item.hostUnitName);
      announce.textContent = t(answer.totalExact ? 'archive.found' : 'archive.foundMore', { total: formatNumber(answer.total) });
      replace(results, summary(answer.total, seconds, answer.totalExact),
        resultList(answer.items, Boolean(shown.q) || answer.total === 0));
      replace(paging, answer.total > 0 && pager({
        total: Math.min(answer.total, MAX_DEPTH),
        limit: PAGE_SIZE,
        offset: (shown.page - 1) * PAGE_SIZE,
        onChange: (offset) => { go({ page: offset / PAGE_SIZE + 1 }); container.querySelector('h1')?.scrollIntoView(); },
      }));
      if (answer.facets) {
        showFacets(answer, shown);
      } else {
        countAll(shown, seconds, signal);
      }
      replace(chips, filterChips(shown, units, (change) => go(change))); // now with unit names
    } catch (error) {
      if (isAbort(error)) return;
      replace(results);
      replace(paging);
      showError(alerts, error, { retry: search });
    } finally {
      if (!signal.aborted) {
        results.dataset.search = address(shown);
        progress.hidden = true;
        results.removeAttribute('aria-busy');
        results.classList.remove('stale');
      }
    }
  }

  search();
  return {
    update({ query: next }) {
      state = readState(next);
      if (document.activeElement !== box) box.value = state.q;
      sort.value = shownSort(state);
      filters.show(state);
      search();
    },
    unmount() {
      controller?.abort();
      index?.stop();
    },
  };
}
