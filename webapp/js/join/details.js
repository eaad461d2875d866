// What a unit joining a meeting needs to have at hand: time, host, chair, agenda and the
// documents to download.

import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { documentsSection } from '../meetings/documents.js';
import { longDay, timeRange, vietnamParts } from '../meetings/times.js';

function fact(label, value, id) {
  return h('div', {}, h('dt', {}, label), h('dd', { id }, value));
}

export function meetingDetails(meeting) {
  const chair = [meeting.chair.name, meeting.chair.position].filter(Boolean).join(', ');
  return h('div', { class: 'join-details', id: 'join-details' },
    h('section', { class: 'panel', 'aria-labelledby': 'join-facts-title' },
      h('h2', { class: 'panel-title', id: 'join-facts-title' }, t('join.details')),
      h('dl', { class: 'facts' },
        fact(t('meeting.time'), `${longDay(vietnamParts(meeting.start).day)}, ${timeRange(meeting.start, meeting.end)}`, 'join-time'),
        fact(t('form.hostUnit'), meeting.hostUnitName, 'join-host'),
        fact(t('form.chair'), chair, 'join-chair')),
      h('h3', { class: 'live-subtitle' }, t('meeting.agenda')),
      meeting.agenda.length === 0
        ? h('p', { class: 'empty' }, t('meeting.noAgenda'))
        : h('ol', { class: 'join-agenda', id: 'join-agenda' }, meeting.agenda.map((item) => h('li', {},
          h('span', {}, item.title),
          (item.presenter || item.minutes) && h('span', { class: 'muted' },
            ` – ${[item.presenter, item.minutes && t('join.minutes', { n: formatNumber(item.minutes) })].filter(Boolean).join(', ')}`))))),
    documentsSection(meeting, { editable: false }));
}
