// The connection of the live socket as people see it: a symbol, a sentence and a colour, so the
// state reads without colour too. Offers to reconnect at once while the connection is down.

import { h } from '../dom.js';
import { t } from '../i18n.js';

const SYMBOLS = { connecting: '…', online: '●', reconnecting: '↻', offline: '✕' };

/** The indicator for connection `live` (connection.js); it follows the status by itself. */
export function connectionIndicator(live) {
  const symbol = h('span', { class: 'live-connection-symbol', 'aria-hidden': 'true' });
  const text = h('span', { class: 'live-connection-text', id: 'live-connection-text' });
  const retry = h('button', { type: 'button', class: 'button button-small', id: 'live-reconnect', onclick: () => live.reconnect() },
    t('join.connection.retry'));
  const element = h('div', { class: 'live-connection', id: 'live-connection', role: 'status' }, symbol, text, retry);
  function show(status) {
    element.dataset.status = status;
    symbol.textContent = SYMBOLS[status] || '';
    text.textContent = live.problem && status === 'offline' && live.problem.detail
      ? `${t('join.connection.offline')}: ${live.problem.detail}`
      : t(`join.connection.${status}`);
    retry.hidden = live.closed || !(status === 'reconnecting' || status === 'offline');
  }
  live.on('status', show);
  show(live.status);
  return element;
}
