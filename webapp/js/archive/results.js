// One found meeting per card: its title links to the meeting (and to its minutes where there
// are any), then its day in Vietnam, host unit, kind and state, and the passage that matched
// with the searched words highlighted.

import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { hasText, t } from '../i18n.js';
import { kindLabel, statusBadge } from '../meetings/labels.js';
import { numericDay, vietnamParts } from '../meetings/times.js';
import { snippet } from './snippet.js';

function minutesBadge(status) {
  const key = `minutes.status.${status}`;
  return h('span', { class: `badge minutes-${String(status).toLowerCase()}`, 'data-minutes': status },
    t('archive.minutes', { status: hasText(key) ? t(key) : status }));
}

function resultCard(item) {
  const meeting = `#/meetings/${encodeURIComponent(item.meetingId)}`;
  return h('li', { class: 'archive-result', 'data-meeting': item.meetingId },
    h('h3', { class: 'archive-result-title' }, h('a', { href: meeting, class: 'archive-result-link' }, item.title)),
    h('p', { class: 'archive-result-meta' },
      item.start && h('time', { datetime: item.start }, numericDay(vietnamParts(item.start).day)),
      item.hostUnitName || item.hostUnitCode ? h('span', { class: 'archive-host' }, item.hostUnitName || item.hostUnitCode) : null,
      item.chairName && h('span', {}, t('archive.chairedBy', { name: item.chairName }))),
    h('p', { class: 'archive-result-badges' },
      item.kind && h('span', { class: 'badge' }, kindLabel(item.kind)),
      item.status && statusBadge(item.status),
      item.confidential && h('span', { class: 'badge badge-confidential' }, t('meeting.confidential')),
      item.minutesStatus && minutesBadge(item.minutesStatus)),
    item.snippet && snippet(item.snippet),
    item.minutesStatus && h('p', { class: 'archive-result-links' },
      h('a', { href: `${meeting}/minutes`, class: 'archive-minutes-link' }, t('archive.openMinutes'))));
}

/** "Tìm thấy 12 kết quả (0,04 giây)", or "Tìm thấy hơn 10.000 kết quả" while the rest are not counted. */
export function summary(total, seconds, exact = true) {
  return h('p', { class: 'archive-summary', id: 'archive-summary', 'data-total': total, 'data-exact': String(exact) },
    t(exact ? 'archive.found' : 'archive.foundMore', { total: formatNumber(total) }),
    seconds !== null && h('span', { class: 'muted' }, ` ${t('archive.took', { seconds: formatNumber(Math.round(seconds * 1000) / 1000) })}`));
}

export function resultList(items, searched) {
  if (items.length === 0) {
    return h('div', { class: 'archive-empty', id: 'archive-empty' },
      h('p', { class: 'empty' }, t(searched ? 'archive.noResults' : 'archive.nothingYet')),
      searched && h('p', { class: 'hint' }, t('archive.noResultsHint')));
  }
  return h('ol', { class: 'archive-results', id: 'archive-list' }, items.map(resultCard));
}
