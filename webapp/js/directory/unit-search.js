// The search box above the tree: finds units of every level by name or code, with or
// without diacritics (the server folds them), valid on the chosen date.

import { api, isAbort } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { alertArea, showError, spinner } from '../ui/feedback.js';
import { unitHref } from './links.js';

const RESULT_LIMIT = 50;

function result(unit, at) {
  const meta = [
    unit.type,
    t('unit.levelN', { level: unit.level }),
    unit.parentCode ? t('unit.parentCode', { code: unit.parentCode }) : t('unit.noParent'),
  ].filter(Boolean).join(' · ');
  return h('li', {},
    h('a', { class: 'unit-result', 'data-code': unit.code, href: unitHref(unit.code, at) },
      h('span', { class: 'unit-result-name' }, unit.name),
      h('span', { class: 'unit-result-meta' }, `${meta} · ${t('unit.codeN', { code: unit.code })}`)));
}

function moveFocus(results, step) {
  const links = [...results.querySelectorAll('.unit-result')];
  const index = links.indexOf(document.activeElement);
  links[Math.min(Math.max(index + step, 0), links.length - 1)]?.focus();
}

export function unitSearch({ at }) {
  let currentAt = at;
  let controller = null;
  const input = h('input', {
    id: 'unit-search', type: 'search', autocomplete: 'off', spellcheck: 'false',
    placeholder: t('directory.searchPlaceholder'), 'aria-controls': 'unit-results',
  });
  const results = h('div', { id: 'unit-results', class: 'unit-results', 'aria-live': 'polite' });

  async function run() {
    controller?.abort();
    const text = input.value.trim();
    if (!text) { results.replaceChildren(); return; }
    controller = new AbortController();
    replace(results, spinner(t('directory.searching')));
    try {
      const page = await api.get('units', { q: text, at: currentAt, limit: RESULT_LIMIT }, { signal: controller.signal });
      replace(results,
        h('p', { class: 'result-count' }, page.total > page.items.length
          ? t('directory.resultsPartial', { shown: formatNumber(page.items.length), total: formatNumber(page.total) })
          : t('directory.resultsCount', { count: formatNumber(page.total) })),
        page.items.length > 0 && h('ul', { class: 'result-list' }, page.items.map((unit) => result(unit, currentAt))));
    } catch (error) {
      if (isAbort(error)) return;
      const area = alertArea();
      replace(results, area);
      showError(area, error, { retry: run });
    }
  }

  input.addEventListener('input', debounce(run, 250));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); moveFocus(results, 1); }
    if (event.key === 'Escape') { input.value = ''; run(); }
  });
  results.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') { event.preventDefault(); moveFocus(results, 1); }
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (document.activeElement === results.querySelector('.unit-result')) input.focus();
      else moveFocus(results, -1);
    }
  });

  const element = h('div', { class: 'unit-search', role: 'search' },
    h('label', { for: 'unit-search' }, t('directory.search')),
    input,
    h('p', { class: 'hint' }, t('directory.searchHint')),
    results);

  return {
    element,
    setAt(newAt) { currentAt = newAt; run(); },
    stop() { controller?.abort(); },
  };
}
