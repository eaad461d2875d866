// Asks why a meeting is rejected or cancelled; the invited units are told the reason.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { openDialog } from '../ui/dialog.js';

/** Resolves to the reason given, or null when the person closes the dialog. */
export function askReason({ title, confirmLabel }) {
  return new Promise((resolve) => {
    let reason = null;
    const input = h('textarea', { id: 'reason-input', rows: 4, maxlength: 500, required: true });
    const error = h('p', { class: 'field-error', id: 'reason-error', hidden: true }, t('meeting.reasonRequired'));
    const confirm = h('button', {
      type: 'button', class: 'button button-danger', id: 'reason-confirm',
      onclick: () => {
        if (!input.value.trim()) { error.hidden = false; input.setAttribute('aria-invalid', 'true'); input.focus(); return; }
        reason = input.value.trim();
        dialog.close();
      },
    }, confirmLabel);
    const dialog = openDialog({
      title,
      body: h('div', { class: 'field' }, h('label', { for: 'reason-input' }, t('meeting.reason')), input, error),
      footer: [h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.cancel')), confirm],
      onClose: () => resolve(reason),
    });
    input.focus();
  });
}
