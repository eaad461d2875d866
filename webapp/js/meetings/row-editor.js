// An editable list of rows (agenda items, delegates): add, remove and move up or down.
// Each row is a set of named inputs; value() reads them back as objects.

import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * columns: [{ name, label, type = 'text', attributes }]; `prefix` names the ids
 * (`${prefix}-add`, rows `.${prefix}-row`). Returns { element, value(), set(rows), rows() }.
 */
export function rowEditor({ prefix, columns, addLabel, onChange = () => {}, initial = [] }) {
  const list = h('ol', { class: `row-list ${prefix}-rows`, id: `${prefix}-rows` });

  function move(row, direction) {
    const sibling = direction < 0 ? row.previousElementSibling : row.nextElementSibling;
    if (!sibling) return;
    if (direction < 0) list.insertBefore(row, sibling); else list.insertBefore(sibling, row);
    renumber();
    onChange();
  }

  function renumber() {
    [...list.children].forEach((row, index) => {
      row.querySelector('.row-number').textContent = `${index + 1}.`;
      for (const input of row.querySelectorAll('input')) {
        const column = columns.find((c) => c.name === input.name);
        input.setAttribute('aria-label', `${column.label} ${index + 1}`);
      }
    });
  }

  function addRow(values = {}) {
    const row = h('li', { class: `edit-row ${prefix}-row` },
      h('span', { class: 'row-number', 'aria-hidden': 'true' }),
      columns.map((column) => h('input', {
        type: column.type || 'text', name: column.name, class: `row-${column.name}`, value: values[column.name] ?? '',
        placeholder: column.label, ...(column.attributes || {}),
      })),
      h('span', { class: 'row-buttons' },
        h('button', { type: 'button', class: 'icon-button', 'data-action': 'up', 'aria-label': t('rows.up'), onclick: () => move(row, -1) }, '↑'),
        h('button', { type: 'button', class: 'icon-button', 'data-action': 'down', 'aria-label': t('rows.down'), onclick: () => move(row, 1) }, '↓'),
        h('button', { type: 'button', class: 'icon-button', 'data-action': 'remove', 'aria-label': t('rows.remove'), onclick: () => { row.remove(); renumber(); onChange(); } }, '×')));
    row.addEventListener('input', () => onChange());
    list.append(row);
    renumber();
    return row;
  }

  const add = h('button', { type: 'button', class: 'button button-small', id: `${prefix}-add`, onclick: () => { addRow().querySelector('input').focus(); onChange(); } }, `+ ${addLabel}`);
  initial.forEach(addRow);

  return {
    element: h('div', { class: 'row-editor' }, list, add),
    rows: () => [...list.children],
    value() {
      return [...list.children].map((row) => Object.fromEntries(columns.map((column) => {
        const raw = row.querySelector(`[name="${column.name}"]`).value.trim();
        return [column.name, column.type === 'number' ? (raw === '' ? null : Number(raw)) : (raw || null)];
      }))).filter((item) => Object.values(item).some((value) => value !== null));
    },
    set(rows) {
      list.replaceChildren();
      rows.forEach(addRow);
    },
  };
}
