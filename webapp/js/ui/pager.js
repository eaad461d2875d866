// "Showing 21–40 of 153" with previous/next buttons for lists the server pages.

import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';

export function pager({ total, limit, offset, onChange }) {
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  const summary = h('p', { class: 'pager-summary' },
    t('pager.summary', { first: formatNumber(first), last: formatNumber(last), total: formatNumber(total) }));
  if (total <= limit) return h('div', { class: 'pager' }, summary);
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    summary,
    h('div', { class: 'pager-buttons' },
      h('button', {
        type: 'button', class: 'button', disabled: offset === 0, onclick: () => onChange(Math.max(0, offset - limit)),
      }, `‹ ${t('pager.previous')}`),
      h('button', {
        type: 'button', class: 'button', disabled: last >= total, onclick: () => onChange(offset + limit),
      }, `${t('pager.next')} ›`)));
}
