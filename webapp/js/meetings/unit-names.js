// Lists of meetings name their host by code; people know units by name. Each unit is read
// once (GET units/{code}) and kept for the page; where that fails the code stays.

import { api } from '../api.js';
import { h } from '../dom.js';

export function unitNames() {
  const names = new Map();
  const pending = new Map();
  function load(code) {
    if (!pending.has(code)) {
      pending.set(code, api.get(`units/${encodeURIComponent(code)}`)
        .then((unit) => { names.set(code, unit.name); return unit.name; })
        .catch(() => code));
    }
    return pending.get(code);
  }
  return {
    /** A text node showing the code now and the unit's name once it is known. */
    label(code) {
      const node = h('span', { 'data-unit': code }, names.get(code) || code);
      if (!names.has(code)) load(code).then((name) => { node.textContent = name; });
      return node;
    },
  };
}
