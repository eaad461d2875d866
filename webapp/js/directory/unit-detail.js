// The right-hand panel: one unit with its place in the hierarchy, its history of mergers
// and splits, its subordinate units and its meeting points.

import { api, isAbort } from '../api.js';
import { h, replace, uniqueId } from '../dom.js';
import { formatDate, formatNumber, formatValidity, todayIso } from '../format.js';
import { t } from '../i18n.js';
import { alertArea, loadInto, showError, spinner } from '../ui/feedback.js';
import { predecessorHref, successorHref, unitHref } from './links.js';
import { unitPointsSection } from './point-cards.js';

function breadcrumbs(unit, at) {
  return h('nav', { class: 'breadcrumbs', 'aria-label': t('directory.path') },
    h('ol', {},
      (unit.path || []).map((step) => h('li', {}, h('a', { href: unitHref(step.code, at), 'data-code': step.code }, step.name))),
      h('li', {}, h('span', { 'aria-current': 'page' }, unit.name))));
}

function facts(unit) {
  const row = (label, value) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));
  const parent = (unit.path || []).at(-1);
  return h('dl', { class: 'facts' },
    row(t('unit.code'), h('code', {}, unit.code)),
    row(t('unit.type'), unit.type || '—'),
    row(t('unit.level'), t('unit.levelN', { level: unit.level })),
    row(t('unit.validity'), formatValidity(unit.validFrom, unit.validTo)),
    row(t('unit.parent'), parent ? `${parent.name} (${parent.code})` : t('unit.noParent')));
}

function changeList(links, hrefOf, emptyText) {
  if (!links?.length) return h('p', { class: 'empty' }, emptyText);
  return h('ul', { class: 'link-list' }, links.map((link) => h('li', {},
    h('a', { href: hrefOf(link), 'data-code': link.code }, `${link.name} (${link.code})`),
    link.date && h('span', { class: 'muted' }, ` — ${t('directory.changedOn', { date: formatDate(link.date) })}`))));
}

function changes(unit) {
  const titleId = uniqueId('changes-title');
  return h('section', { class: 'detail-section', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, t('directory.changes')),
    h('div', { class: 'two-columns' },
      h('div', {}, h('h4', {}, t('directory.predecessors')), changeList(unit.predecessors, predecessorHref, t('directory.noPredecessors'))),
      h('div', {}, h('h4', {}, t('directory.successors')), changeList(unit.successors, successorHref, t('directory.noSuccessors')))));
}

function children(unit, at, signal) {
  const titleId = uniqueId('children-title');
  const count = h('span', { class: 'count' });
  const list = h('div', { id: 'unit-children' });
  loadInto(list,
    () => api.get(`units/${encodeURIComponent(unit.code)}/children`, { at }, { signal }),
    (page) => {
      count.textContent = ` (${formatNumber(page.total)})`;
      if (page.items.length === 0) return h('p', { class: 'empty' }, t('directory.noChildren'));
      return h('ul', { class: 'child-list' }, page.items.map((child) => h('li', {},
        h('a', { class: 'unit-child', 'data-code': child.code, href: unitHref(child.code, at) },
          h('span', {}, child.name), h('span', { class: 'muted' }, ` ${child.type || ''} · ${child.code}`)))));
    });
  return h('section', { class: 'detail-section', 'aria-labelledby': titleId },
    h('h3', { id: titleId }, t('directory.children'), count), list);
}

function render(unit, at, signal) {
  const ended = unit.validTo && unit.validTo < todayIso();
  return [
    breadcrumbs(unit, at),
    h('div', { class: 'detail-heading' },
      h('h2', { id: 'unit-detail-name', tabindex: '-1' }, unit.name),
      h('p', { class: 'unit-subtitle' },
        [unit.type, t('unit.levelN', { level: unit.level })].filter(Boolean).join(' · '),
        ended && h('span', { class: 'badge badge-ended' }, t('unit.ended')))),
    facts(unit),
    changes(unit),
    children(unit, at, signal),
    unitPointsSection(unit, signal),
  ];
}

/** Controls the panel #unit-detail. show() resolves to the unit, or null when it could not be loaded. */
export function unitDetail(panel) {
  let controller = null;

  return {
    empty() {
      controller?.abort();
      replace(panel, h('div', { class: 'detail-empty' }, h('p', {}, t('directory.choose'))));
    },
    async show(code, at) {
      controller?.abort();
      controller = new AbortController();
      const { signal } = controller;
      replace(panel, spinner(t('directory.loadingUnit')));
      try {
        const unit = await api.get(`units/${encodeURIComponent(code)}`, { at }, { signal });
        replace(panel, render(unit, at, signal));
        return unit;
      } catch (error) {
        if (isAbort(error)) return null;
        const area = alertArea();
        replace(panel, area);
        showError(area, error, { retry: () => this.show(code, at) });
        return null;
      }
    },
    stop() { controller?.abort(); },
  };
}
