// What can be done to a meeting in its state, by whom: submit, approve, reject, cancel, edit.
// Used by the meeting page and the approval queue alike.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { canBook, isProvincialOffice } from './roles.js';
import { askReason } from './reason-dialog.js';

/** The steps open to the signed-in person for a meeting in `status`; `manages` when its office books for the host. */
export function availableActions(status, manages = canBook()) {
  const actions = [];
  const changeable = ['DRAFT', 'SUBMITTED', 'APPROVED'].includes(status);
  if (status === 'DRAFT' && manages) actions.push('submit');
  if (status === 'SUBMITTED' && isProvincialOffice()) actions.push('approve', 'reject');
  if (changeable && manages) actions.push('edit', 'cancel');
  return actions;
}

/**
 * Runs one step on meeting `id`; resolves to the changed meeting, or null when the person
 * gave up (closed the reason dialog). API errors are thrown to the caller.
 */
export async function runAction(action, id) {
  if (action === 'reject' || action === 'cancel') {
    const reason = await askReason({ title: t(`action.${action}Title`), confirmLabel: t(`action.${action}`) });
    if (reason === null) return null;
    return api.post(`meetings/${id}/${action}`, { reason });
  }
  return api.post(`meetings/${id}/${action}`);
}

const STYLE = { submit: 'button-primary', approve: 'button-primary', reject: 'button-danger-quiet', cancel: 'button-danger-quiet', edit: '' };

/** The buttons (and the edit link) for `actions`; `onAction(action)` runs the others. */
export function actionButtons(meeting, actions, onAction, { suffix = '' } = {}) {
  return actions.map((action) => (action === 'edit'
    ? h('a', { class: 'button', id: `action-edit${suffix}`, 'data-action': 'edit', href: `#/meetings/${meeting.id}/edit` }, t('action.edit'))
    : h('button', {
      type: 'button', class: `button ${STYLE[action]}`, id: `action-${action}${suffix}`, 'data-action': action, 'data-meeting': meeting.id,
      onclick: () => onAction(action),
    }, t(`action.${action}`))));
}
