// Change log (administrators only): who changed which record, when, and what it looked
// like before and after. Filter by kind of record and by person; open a row to compare.

import { api } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { formatDateTime } from '../format.js';
import { hasText, t } from '../i18n.js';
import { changeDiff } from '../audit/change-diff.js';
import { loadInto } from '../ui/feedback.js';
import { field } from '../ui/form.js';
import { pager } from '../ui/pager.js';

const PAGE_SIZE = 25;

/** Known codes are translated; anything newer from the server is shown as it comes. */
function translated(prefix, code) {
  return hasText(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/** The meeting and unit an entry concerns, when it names them (the acts of a live meeting do). */
function concerning(entry) {
  const what = entry.after || entry.before;
  if (!what || typeof what !== 'object' || !what.meeting) return null;
  return h('div', { class: 'muted audit-concerning' }, [what.meeting, what.unitName || what.unit].filter(Boolean).join(' · '));
}

export function mount(container) {
  const filters = { entityType: '', actor: '', offset: 0 };
  const results = h('div', {});
  const typeSuggestions = h('datalist', { id: 'audit-entity-types' });
  const seenTypes = new Set();
  let controller = null;

  const headers = [t('audit.at'), t('audit.actor'), t('audit.action'), t('audit.entity'), t('audit.entityId'), t('audit.details')];

  function rows(entry) {
    const detailId = `audit-detail-${entry.id}`;
    const detail = h('tr', { id: detailId, class: 'detail-row', hidden: true },
      h('td', { colspan: headers.length }, h('div', { class: 'diff-wrap' }, changeDiff(entry.before, entry.after))));
    const toggle = h('button', {
      type: 'button', class: 'button button-small', 'aria-expanded': 'false', 'aria-controls': detailId,
      onclick: () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? t('audit.hide') : t('audit.show');
        detail.hidden = !open;
      },
    }, t('audit.show'));
    const cell = (index, ...content) => h('td', { 'data-label': headers[index] }, h('div', { class: 'cell' }, content));
    return [
      h('tr', {},
        cell(0, formatDateTime(entry.at)),
        cell(1, entry.actor, entry.actorUnit && h('div', { class: 'muted' }, entry.actorUnit)),
        cell(2, h('span', { class: `badge badge-action-${String(entry.action).toLowerCase()}` }, translated('audit.actionName', entry.action))),
        cell(3, translated('audit.entityName', entry.entityType), concerning(entry)),
        cell(4, h('code', {}, entry.entityId ?? '')),
        h('td', { class: 'actions', 'data-label': headers[5] }, h('div', { class: 'cell' }, toggle))),
      detail,
    ];
  }

  function table(page) {
    for (const entry of page.items) {
      if (entry.entityType && !seenTypes.has(entry.entityType)) {
        seenTypes.add(entry.entityType);
        typeSuggestions.append(h('option', { value: entry.entityType }, translated('audit.entityName', entry.entityType)));
      }
    }
    if (page.items.length === 0) return h('p', { class: 'empty' }, t('audit.noResults'));
    return h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table audit-table' },
        h('caption', { class: 'visually-hidden' }, t('audit.title')),
        h('thead', {}, h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, page.items.map(rows))));
  }

  function reload() {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    return loadInto(results,
      () => api.get('audit', { entityType: filters.entityType, actor: filters.actor, limit: PAGE_SIZE, offset: filters.offset }, { signal }),
      (page) => [
        table(page),
        pager({ total: page.total, limit: PAGE_SIZE, offset: filters.offset, onChange: (offset) => { filters.offset = offset; reload(); } }),
      ]);
  }

  const filterInput = (name) => {
    const input = h('input', { type: 'search', autocomplete: 'off', list: name === 'entityType' ? 'audit-entity-types' : null });
    input.addEventListener('input', debounce(() => { filters[name] = input.value.trim(); filters.offset = 0; reload(); }, 300));
    return input;
  };

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('audit.title')),
        h('p', { class: 'page-lead' }, t('audit.lead')))),
    h('form', { class: 'panel filters', role: 'search', 'aria-label': t('audit.filters'), onsubmit: (event) => event.preventDefault() },
      field({ label: t('audit.entity'), name: 'entityType', control: filterInput('entityType'), hint: t('audit.entityHint') }),
      field({ label: t('audit.actor'), name: 'actor', control: filterInput('actor'), hint: t('audit.actorHint') }),
      typeSuggestions),
    h('div', { class: 'panel' }, results));

  reload();
  return { unmount: () => controller?.abort() };
}
