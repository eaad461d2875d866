// Modal dialogs on the native <dialog> element: it keeps focus inside and closes on Escape.

import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';

/** Opens a dialog; returns the element (call .close() to close it). */
export function openDialog({ title, body, footer, onClose, wide = false }) {
  const opener = document.activeElement;
  const titleId = uniqueId('dialog-title');
  const dialog = h('dialog', { class: wide ? 'dialog dialog-wide' : 'dialog', 'aria-labelledby': titleId },
    h('div', { class: 'dialog-header' },
      h('h2', { id: titleId }, title),
      h('button', {
        type: 'button', class: 'icon-button', 'aria-label': t('common.close'), onclick: () => dialog.close(),
      }, '×')),
    h('div', { class: 'dialog-body' }, body),
    footer && h('div', { class: 'dialog-footer' }, footer));
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
    // give keyboard users their place back
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** Asks a yes/no question; resolves to true only when the person confirms. */
export function confirmDialog(message, { confirmLabel = t('common.confirm'), danger = false } = {}) {
  return new Promise((resolve) => {
    let confirmed = false;
    const cancel = h('button', { type: 'button', class: 'button', id: 'confirm-no', onclick: () => dialog.close() }, t('common.cancel'));
    const confirm = h('button', {
      type: 'button',
      id: 'confirm-yes',
      class: danger ? 'button button-danger' : 'button button-primary',
      onclick: () => { confirmed = true; dialog.close(); },
    }, confirmLabel);
    const dialog = openDialog({
      title: t('common.confirmTitle'),
      body: h('p', {}, message),
      footer: [cancel, confirm],
      onClose: () => resolve(confirmed),
    });
    cancel.focus();
  });
}
