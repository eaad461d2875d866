// A unit's inbox: the meetings it is invited to, each with its time, host, deadline and the
// unit's answer, which can be given or changed until the deadline. Notices about changes
// come first; the unit's calendar links (for Outlook and phones) are kept at the bottom.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { calendarLinksSection } from '../meetings/calendar-links.js';
import { kindLabel, rsvpBadge, statusBadge } from '../meetings/labels.js';
import { notificationsPanel, refreshUnreadBadge } from '../meetings/notifications.js';
import { openRsvpDialog } from '../meetings/rsvp-dialog.js';
import { unitNames } from '../meetings/unit-names.js';
import { answersInvitations } from '../meetings/roles.js';
import { dayAndTime, longDay, timeRange, vietnamParts } from '../meetings/times.js';
import { currentUser } from '../session.js';
import { alertArea, loadInto, showSuccess } from '../ui/feedback.js';
import { pager } from '../ui/pager.js';

const PAGE_SIZE = 50;
const FILTERS = ['PENDING', 'ANSWERED', 'ALL'];

export function mount(container, { query }) {
  const user = currentUser();
  const state = { status: FILTERS.includes(query.status) ? query.status : 'PENDING', offset: 0 };
  const alert = alertArea();
  alert.id = 'inbox-alert';
  const results = h('div', { id: 'inbox-list' });
  const hosts = unitNames();

  const filterButtons = FILTERS.map((filter) => h('button', {
    type: 'button', class: 'button', id: `inbox-filter-${filter.toLowerCase()}`, 'aria-pressed': String(filter === state.status),
    onclick: () => { state.status = filter; state.offset = 0; filterButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.id.endsWith(filter.toLowerCase())))); reload(); },
  }, t(`inbox.filter.${filter}`)));

  function card(item) {
    const start = vietnamParts(item.start);
    const host = item.unit === item.hostUnit;
    return h('li', { class: `inbox-item${item.rsvp === 'PENDING' ? ' pending' : ''}`, 'data-meeting': item.meeting, 'data-rsvp': item.rsvp },
      h('div', { class: 'inbox-when' },
        h('span', { class: 'inbox-day' }, longDay(start.day)),
        h('span', { class: 'inbox-time' }, timeRange(item.start, item.end))),
      h('div', { class: 'inbox-what' },
        h('h2', { class: 'inbox-title' }, h('a', { href: `#/meetings/${item.meeting}` }, item.title)),
        h('p', { class: 'muted' }, `${kindLabel(item.kind)} · ${t('inbox.host')} `, hosts.label(item.hostUnit),
          ` · ${t('inbox.deadline', { deadline: dayAndTime(item.answerDeadline) })}`),
        h('p', {}, statusBadge(item.status), ' ', host ? h('span', { class: 'badge' }, t('meeting.host')) : rsvpBadge(item.rsvp),
          item.rsvp === 'DECLINED' && item.reason && h('span', { class: 'muted' }, ` ${item.reason}`))),
      h('div', { class: 'inbox-actions' },
        item.status === 'APPROVED' && item.rsvp !== 'DECLINED' && h('a', { class: 'button button-primary', id: `join-${item.meeting}`, 'data-join': item.meeting, href: `#/meetings/${item.meeting}/join` }, t('join.link')),
        // the host holds the meeting and does not answer its own invitation
        !answersInvitations() || host ? null
        : item.answerable
          ? h('button', {
            type: 'button', class: `button ${item.rsvp === 'PENDING' ? 'button-primary' : ''}`, id: `answer-${item.meeting}`, 'data-answer': item.meeting,
            onclick: () => openRsvpDialog(item, { onSaved: () => { showSuccess(alert, t('inbox.answered', { title: item.title })); reload(); } }),
          }, item.rsvp === 'PENDING' ? t('inbox.answer') : t('inbox.change'))
          : h('span', { class: 'muted' }, t('inbox.closed'))));
  }

  function reload() {
    return loadInto(results, () => api.get('inbox', { status: state.status, offset: state.offset, limit: PAGE_SIZE }), (page) => [
      page.items.length === 0 ? h('p', { class: 'empty' }, t(`inbox.none.${state.status}`)) : h('ul', { class: 'inbox' }, page.items.map(card)),
      pager({ total: page.total, limit: PAGE_SIZE, offset: state.offset, onChange: (offset) => { state.offset = offset; reload(); } }),
    ]);
  }

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('inbox.title')),
        h('p', { class: 'page-lead' }, t('inbox.lead', { unit: user?.unitName || user?.unitCode || '' })))),
    notificationsPanel(),
    alert,
    h('div', { class: 'panel' },
      h('div', { class: 'inbox-filters', role: 'group', 'aria-label': t('inbox.filterLabel') }, filterButtons),
      results),
    answersInvitations() && calendarLinksSection(user.unitCode));
  reload();
  refreshUnreadBadge();
  return {};
}
