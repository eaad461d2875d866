// The state of a record before and after a change, field by field, with the changed
// fields marked so a reviewer sees at once what was done.

import { h } from '../dom.js';
import { hasText, t } from '../i18n.js';

function same(left, right) {
  return JSON.stringify(left) === JSON.stringify(right);
}

function shown(value) {
  if (value === null || value === undefined) return h('span', { class: 'muted' }, '—');
  if (typeof value === 'object') return h('code', { class: 'json' }, JSON.stringify(value, null, 1));
  return String(value);
}

/** A field's name as the reader knows it, when there is one; the stored name otherwise. */
function fieldLabel(name) {
  return hasText(`audit.fieldName.${name}`) ? t(`audit.fieldName.${name}`) : name;
}

function fieldNames(before, after) {
  const names = [...Object.keys(before || {})];
  for (const name of Object.keys(after || {})) if (!names.includes(name)) names.push(name);
  return names;
}

export function changeDiff(before, after) {
  const names = fieldNames(before, after);
  if (names.length === 0) return h('p', { class: 'empty' }, t('audit.noData'));
  const beforeLabel = t('audit.before');
  const afterLabel = t('audit.after');
  return h('table', { class: 'data-table diff-table' },
    h('caption', { class: 'visually-hidden' }, t('audit.diffCaption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('audit.field')),
      h('th', { scope: 'col' }, beforeLabel),
      h('th', { scope: 'col' }, afterLabel))),
    h('tbody', {}, names.map((name) => {
      const oldValue = before?.[name];
      const newValue = after?.[name];
      const changed = before && after && !same(oldValue, newValue);
      return h('tr', { class: changed ? 'changed' : null },
        h('th', { scope: 'row', 'data-label': t('audit.field') }, fieldLabel(name),
          changed && h('span', { class: 'visually-hidden' }, ` (${t('audit.changed')})`)),
        h('td', { 'data-label': beforeLabel }, before ? shown(oldValue) : h('span', { class: 'muted' }, t('audit.noRecord'))),
        h('td', { 'data-label': afterLabel }, after ? shown(newValue) : h('span', { class: 'muted' }, t('audit.noRecord'))));
    })));
}
