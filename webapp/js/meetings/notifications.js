// Notices about invitations (invited, changed, uninvited, cancelled) and the unread count
// shown on the inbox entry of the top bar. A server without notices (404) shows neither.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { alertArea, showError } from '../ui/feedback.js';
import { dayAndTime, vietnamParts } from './times.js';

const REFRESH_MS = 60_000;
let timer = null;

/** Reads the unread count into the badge of the inbox link; hides it when there is nothing or no service. */
export async function refreshUnreadBadge() {
  const badge = document.getElementById('inbox-badge');
  if (!badge) return;
  try {
    const { count } = await api.get('notifications/unread-count');
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.hidden = !count;
    badge.setAttribute('aria-label', t('notifications.unread', { n: count }));
  } catch {
    badge.hidden = true; // not there yet (404) or not reachable: no badge rather than a wrong one
  }
}

export function startUnreadBadge() {
  clearInterval(timer);
  refreshUnreadBadge();
  timer = setInterval(refreshUnreadBadge, REFRESH_MS);
}

export function stopUnreadBadge() {
  clearInterval(timer);
  timer = null;
}

/** The unread notices, at the top of the inbox; hidden entirely where the server has none. */
export function notificationsPanel() {
  const alert = alertArea();
  const list = h('ul', { class: 'notice-list', id: 'notification-list' });
  const readAll = h('button', { type: 'button', class: 'button button-small', id: 'notifications-read-all', onclick: () => markRead('notifications/read-all') }, t('notifications.readAll'));
  const panel = h('section', { class: 'panel notices', id: 'notifications', hidden: true, 'aria-labelledby': 'notifications-title' },
    h('div', { class: 'section-header' }, h('h2', { class: 'panel-title', id: 'notifications-title' }, t('notifications.title')), readAll),
    alert, list);

  /** Marks one notice (`notifications/{id}/read`) or all (`notifications/read-all`) as read. */
  async function markRead(path) {
    try {
      await api.post(path);
      load();
      refreshUnreadBadge();
    } catch (error) {
      showError(alert, error);
    }
  }

  async function load() {
    try {
      const page = await api.get('notifications', { unread: 'true' });
      panel.hidden = page.items.length === 0;
      replace(list, page.items.map((notice) => h('li', { class: `notice notice-${String(notice.kind).toLowerCase()}`, 'data-notification': notice.id },
        h('p', { class: 'notice-text' },
          h('strong', {}, t(`notifications.kind.${notice.kind}`)), ' ',
          h('a', { href: `#/meetings/${notice.meeting}` }, notice.title),
          ` · ${dayAndTime(notice.start)}–${vietnamParts(notice.end).time}`,
          notice.hostUnitName && ` · ${t('inbox.host')} ${notice.hostUnitName}`,
          notice.reason && h('span', { class: 'muted' }, ` · ${t('meeting.reasonShown', { reason: notice.reason })}`)),
        h('button', { type: 'button', class: 'button button-small', 'data-read': notice.id, onclick: () => markRead(`notifications/${notice.id}/read`) }, t('notifications.markRead')))));
    } catch {
      panel.hidden = true;
    }
  }

  load();
  return panel;
}
