// Search snippets come from the server as escaped text with the matched words in <mark>.
// They are still reduced to that one tag before being shown, so that whatever the index
// stored, only text and highlights reach the page.

import { h } from '../dom.js';

// content of these is never text a person wrote
const SKIPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript']);

function keepMarks(target, source) {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) target.append(node.data);
    else if (node.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(node.localName)) {
      // a new, attribute-less <mark>; any other tag gives up its text only
      target.append(node.localName === 'mark' ? keepMarks(document.createElement('mark'), node) : keepMarks(document.createDocumentFragment(), node));
    }
  }
  return target;
}

/** The snippet as nodes: its text, with <mark> kept and nothing else (parsed inertly, nothing runs). */
export function snippetNodes(html) {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${String(html || '')}</body>`, 'text/html');
  return keepMarks(document.createDocumentFragment(), parsed.body);
}

export function snippet(html) {
  return h('p', { class: 'archive-snippet' }, snippetNodes(html));
}
