// Tables that turn into stacked cards on a phone: every cell carries its column name in
// data-label, which the narrow layout shows in front of the value.

import { h } from '../dom.js';

/**
 * columns: [{ label, cell: (row) => content, className }]; rows: the items to show.
 * rowAttributes(row) may add attributes to each <tr>.
 */
export function dataTable({ columns, rows, caption, emptyText, rowAttributes }) {
  if (rows.length === 0) return h('p', { class: 'empty' }, emptyText);
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data-table' },
      caption && h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.className }, column.label)))),
      h('tbody', {}, rows.map((row) => h('tr', rowAttributes ? rowAttributes(row) : {},
        // one wrapper per cell keeps the value in one piece when the phone layout labels it
        columns.map((column) => h('td', { 'data-label': column.label, class: column.className },
          h('div', { class: 'cell' }, column.cell(row)))))))));
}
