// Pages for functions that are not available yet. They say so plainly rather than show
// sample data that someone could mistake for real meetings or records.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';

export function comingSoon(container, { title, purpose }) {
  replace(container,
    h('div', { class: 'page-header' }, h('h1', { class: 'page-title', tabindex: '-1' }, title)),
    h('div', { class: 'panel coming-soon' },
      h('p', { class: 'coming-soon-status' }, t('comingSoon.status')),
      h('p', {}, purpose),
      h('p', { class: 'muted' }, t('comingSoon.meanwhile'))));
}
