// Loading indicators and alerts. Areas that load show a spinner in place; alerts live in
// regions announced by screen readers, and every error says what to do next.

import { ApiError, isAbort } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';

export function spinner(text = t('common.loading')) {
  return h('div', { class: 'loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    h('span', {}, text));
}

/** An empty region that alerts are put into; created with the page so it is announced. */
export function alertArea() {
  return h('div', { class: 'alert-area', 'aria-live': 'polite' });
}

export function clearAlert(area) {
  area.replaceChildren();
}

/**
 * Shows what went wrong. `retry` adds a button that repeats the failed action (for lost
 * connections above all); `details` are extra lines such as field messages that no form
 * field could show.
 */
export function showError(area, error, { retry, details = [] } = {}) {
  if (isAbort(error)) return;
  if (!(error instanceof ApiError)) console.error(error);
  const known = error instanceof ApiError;
  // the server's own words (detail) say what went wrong; a heading only where we know more
  const heading = !known ? t('error.unexpectedTitle')
    : error.network ? t('error.networkTitle')
      : error.forbidden ? t('error.forbiddenTitle') : null;
  const message = known ? error.userMessage : t('error.unexpected');
  // asking again cannot help when the server refused the request itself (4xx)
  const offerRetry = retry && !(known && error.status >= 400 && error.status < 500);
  replace(area, h('div', { class: 'alert alert-error', role: 'alert' },
    heading && h('p', { class: 'alert-title' }, heading),
    h('p', {}, message),
    details.length > 0 && h('ul', { class: 'alert-details' }, details.map((line) => h('li', {}, line))),
    offerRetry && h('button', { type: 'button', class: 'button', onclick: retry }, t('common.retry'))));
}

export function showSuccess(area, message) {
  replace(area, h('div', { class: 'alert alert-success', role: 'status' }, h('p', {}, message)));
}

/** Runs a load into `target`: spinner first, then the rendered result or the error with a retry button. */
export async function loadInto(target, load, render) {
  replace(target, spinner());
  try {
    const data = await load();
    replace(target, render(data));
  } catch (error) {
    if (isAbort(error)) return;
    const area = alertArea();
    replace(target, area);
    showError(area, error, { retry: () => loadInto(target, load, render) });
  }
}
