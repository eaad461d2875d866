// The hierarchy as a tree of disclosure buttons and links: provinces first, each level
// fetched only when opened, since a whole country's communes would be far too much at once.

import { api, isAbort } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { alertArea, showError, spinner } from '../ui/feedback.js';
import { unitHref } from './links.js';

export function unitTree() {
  const root = h('div', { class: 'tree-body' });
  const element = h('div', { class: 'unit-tree' },
    h('h2', { class: 'panel-title', id: 'unit-tree-title' }, t('directory.tree')), root);
  let at = null;
  let selectedCode = null;
  let nodes = new Map(); // code -> { item, toggle, group, loaded, loading }
  let controller = new AbortController();
  let rootLoaded = Promise.resolve();

  function listOf(units) {
    return h('ul', { class: 'tree-list', role: 'list' }, units.map(nodeFor));
  }

  function countNote(page) {
    return page.total > page.items.length
      ? h('p', { class: 'hint' }, t('directory.partialChildren', { shown: formatNumber(page.items.length), total: formatNumber(page.total) }))
      : null;
  }

  function nodeFor(unit) {
    const group = h('div', { class: 'tree-group', hidden: true });
    const toggle = h('button', {
      type: 'button', class: 'tree-toggle', 'aria-expanded': 'false',
      'aria-label': t('directory.childrenOf', { name: unit.name }),
    });
    const link = h('a', {
      class: 'unit-node', 'data-code': unit.code, href: unitHref(unit.code, at),
      'aria-current': unit.code === selectedCode ? 'true' : false,
    }, h('span', { class: 'unit-node-name' }, unit.name), h('span', { class: 'unit-node-type' }, unit.type));
    const item = h('li', { class: 'tree-item', 'data-code': unit.code }, h('div', { class: 'tree-row' }, toggle, link), group);
    const node = { unit, item, toggle, group, loaded: false, loading: null };
    nodes.set(unit.code, node);
    toggle.addEventListener('click', () => (toggle.getAttribute('aria-expanded') === 'true' ? collapse(node) : expand(node)));
    // choosing a unit also opens it: people who click a province expect to see its units
    link.addEventListener('click', () => expand(node));
    return item;
  }

  function collapse(node) {
    node.group.hidden = true;
    node.toggle.setAttribute('aria-expanded', 'false');
  }

  function expand(node) {
    node.group.hidden = false;
    node.toggle.setAttribute('aria-expanded', 'true');
    if (!node.loaded && !node.loading) node.loading = loadChildren(node);
    return node.loading || Promise.resolve();
  }

  async function loadChildren(node) {
    replace(node.group, spinner());
    const signal = controller.signal;
    try {
      const page = await api.get(`units/${encodeURIComponent(node.unit.code)}/children`, { at }, { signal });
      node.loaded = true;
      if (page.items.length === 0) {
        // a leaf: nothing to open, so the button goes and the row says why
        node.toggle.replaceWith(h('span', { class: 'tree-leaf', 'aria-hidden': 'true' }));
        node.group.hidden = true;
        return;
      }
      replace(node.group, listOf(page.items), countNote(page));
    } catch (error) {
      if (isAbort(error)) return;
      const area = alertArea();
      replace(node.group, area);
      showError(area, error, { retry: () => { node.loading = loadChildren(node); } });
    } finally {
      node.loading = null;
    }
  }

  function load(newAt) {
    rootLoaded = loadRoot(newAt);
    return rootLoaded;
  }

  async function loadRoot(newAt) {
    controller.abort();
    controller = new AbortController();
    at = newAt;
    nodes = new Map();
    replace(root, spinner(t('directory.loadingTree')));
    try {
      const page = await api.get('units', { level: 1, at, limit: 500 }, { signal: controller.signal });
      replace(root, page.items.length ? listOf(page.items) : h('p', { class: 'empty' }, t('directory.noUnitsOnDate')), countNote(page));
    } catch (error) {
      if (isAbort(error)) return;
      const area = alertArea();
      replace(root, area);
      showError(area, error, { retry: () => load(newAt) });
    }
  }

  function select(code) {
    selectedCode = code;
    for (const link of root.querySelectorAll('.unit-node[aria-current]')) link.removeAttribute('aria-current');
    const link = nodes.get(code)?.item.querySelector(':scope > .tree-row > .unit-node');
    if (link) {
      link.setAttribute('aria-current', 'true');
      scrollIntoTreeView(link);
    }
  }

  // Only the tree's own box scrolls: scrollIntoView would also move the page, and on a phone
  // pull the person away from the unit's details they just opened.
  function scrollIntoTreeView(link) {
    const box = root.getBoundingClientRect();
    const row = link.getBoundingClientRect();
    if (row.top < box.top) root.scrollTop -= box.top - row.top;
    else if (row.bottom > box.bottom) root.scrollTop += row.bottom - box.bottom;
  }

  /** Opens the ancestors of a unit one level after another so the unit shows in the tree. */
  async function reveal(ancestorCodes, code) {
    await rootLoaded;
    for (const ancestor of ancestorCodes) {
      const node = nodes.get(ancestor);
      if (!node) break;
      await expand(node);
    }
    if (selectedCode === code) select(code);
  }

  /** Resolves once every branch being opened has loaded (the tree has stopped growing). */
  function settled() {
    return Promise.allSettled([rootLoaded, ...[...nodes.values()].map((node) => node.loading).filter(Boolean)]);
  }

  return {
    element,
    load,
    select,
    reveal,
    settled,
    stop() { controller.abort(); },
  };
}
