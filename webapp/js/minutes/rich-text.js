// Formatted text of the minutes (discussion, conclusions). The server keeps only an allow-list of
// tags; the page applies the same list before showing stored text, building new elements from
// the parsed tree so no attribute or tag outside the list ever reaches the document.

import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';

const ALLOWED = new Set(['h2', 'h3', 'h4', 'p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'u', 'blockquote',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a']);
// content of these is never text a person wrote
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'title', 'head']);
const SPAN_ATTRIBUTES = ['colspan', 'rowspan'];

function safeHref(value) {
  try {
    const url = new URL(value, 'https://invalid.invalid/');
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) && /^(https?:|mailto:)/i.test(value.trim()) ? value.trim() : null;
  } catch {
    return null;
  }
}

function copyInto(target, source) {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.append(document.createTextNode(node.data));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const tag = node.localName;
    if (DROPPED.has(tag)) continue;
    if (!ALLOWED.has(tag)) { copyInto(target, node); continue; } // the words stay, the tag goes
    const element = document.createElement(tag);
    if (tag === 'a') {
      const href = safeHref(node.getAttribute('href') || '');
      if (!href) { copyInto(target, node); continue; }
      element.setAttribute('href', href);
      element.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'td' || tag === 'th') {
      for (const name of SPAN_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value && /^\d{1,3}$/.test(value)) element.setAttribute(name, value);
      }
    }
    copyInto(element, node);
    target.append(element);
  }
  return target;
}

/** The allowed part of `html`, as nodes of this document (parsed inertly: nothing runs, nothing loads). */
export function sanitized(html) {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${String(html || '')}</body>`, 'text/html');
  return copyInto(document.createDocumentFragment(), parsed.body);
}

/** Stored formatted text shown read-only. */
export function formattedText(html, attributes = {}) {
  return h('div', { class: 'rich-text', ...attributes }, sanitized(html));
}

function serialize(element) {
  const holder = document.createElement('div');
  holder.append(sanitized(element.innerHTML));
  return holder.innerHTML;
}

const COMMANDS = [
  { name: 'bold', label: 'B', command: ['bold'] },
  { name: 'italic', label: 'I', command: ['italic'] },
  { name: 'heading', label: 'H', command: ['formatBlock', 'h3'] },
  { name: 'bullets', label: '•', command: ['insertUnorderedList'] },
  { name: 'numbers', label: '1.', command: ['insertOrderedList'] },
];

/**
 * An editor for formatted text: a toolbar and a contenteditable area. `onInput()` is called on
 * every change; `value()` gives the text reduced to the allow-list.
 */
export function richEditor({ html, label, onInput, attributes = {} }) {
  const labelId = uniqueId('rich-label');
  const area = h('div', {
    class: 'rich-editor-area rich-text', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true',
    'aria-labelledby': labelId, ...attributes,
  }, sanitized(html));
  area.addEventListener('input', () => onInput?.());
  // a new line is a paragraph (<p>), which the allow-list keeps, not a <div>, which it drops
  area.addEventListener('focus', () => document.execCommand('defaultParagraphSeparator', false, 'p'));
  // pasted text comes as plain text: markup from word processors is not what the minutes keep
  area.addEventListener('paste', (event) => {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData?.getData('text/plain') || '');
  });
  const toolbar = h('div', { class: 'rich-toolbar', role: 'toolbar', 'aria-label': t('minutes.toolbar') },
    COMMANDS.map(({ name, label: text, command }) => h('button', {
      type: 'button', class: `toolbar-button toolbar-${name}`, 'data-command': name, title: t(`minutes.format.${name}`),
      'aria-label': t(`minutes.format.${name}`),
      onmousedown: (event) => event.preventDefault(), // keep the selection in the text
      onclick: () => { area.focus(); document.execCommand(command[0], false, command[1]); onInput?.(); },
    }, text)));
  const element = h('div', { class: 'rich-editor' }, h('span', { class: 'rich-label', id: labelId }, label), toolbar, area);
  return { element, area, value: () => serialize(area) };
}
