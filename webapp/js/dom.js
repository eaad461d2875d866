// Small helpers for building the page from data without innerHTML, so names coming
// from the directory (which may contain any character) are always shown as text.

/**
 * Creates an element: h('a', {href: '#/x', class: 'link', onclick: fn}, 'text', child, [more]).
 * Attributes set to null, undefined or false are left out; true gives an empty attribute.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (name === 'value' || name === 'checked') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends strings, numbers, nodes and (nested) arrays of them; skips null and false. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces everything inside an element. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Calls fn only after the user has stopped typing for `wait` milliseconds. */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

let idCounter = 0;
/** A document-unique id, used to tie labels, hints and errors to their inputs. */
export function uniqueId(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** True on narrow screens, where panels are stacked and need scrolling into view. */
export function isNarrowScreen() {
  return window.matchMedia('(max-width: 760px)').matches;
}
