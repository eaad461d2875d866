// A unit's answer to an invitation: attending, with the people it sends (name and
// position), or not attending, with a reason. It can be changed until the deadline.

import { ApiError, api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { openDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import { clearFieldErrors } from '../ui/form.js';
import { currentUser } from '../session.js';
import { placeFieldErrors } from './problems.js';
import { rowEditor } from './row-editor.js';

/** Opens the answer form for `item` (an inbox item); `onSaved()` after the server took it. */
export async function openRsvpDialog(item, { onSaved }) {
  let current = { rsvp: item.rsvp, reason: item.reason, delegates: [] };
  try {
    const meeting = await api.get(`meetings/${item.meeting}`);
    current = meeting.invitations.find((invitation) => invitation.unit === item.unit) || current;
  } catch {
    // the form still works without the current delegates; the server has the last word
  }
  const alert = alertArea();
  alert.id = 'rsvp-error';
  const answer = (value) => {
    const input = h('input', { type: 'radio', name: 'answer', value, id: `rsvp-${value.toLowerCase()}`, checked: current.rsvp === value });
    input.addEventListener('change', showParts);
    return h('span', { class: 'radio' }, input, h('label', { for: input.id }, t(`rsvp.answer.${value}`)));
  };
  const delegates = rowEditor({
    prefix: 'delegate',
    addLabel: t('rsvp.addDelegate'),
    columns: [{ name: 'name', label: t('rsvp.delegateName') }, { name: 'position', label: t('rsvp.delegatePosition') }],
    initial: current.delegates?.length ? current.delegates : [{}],
  });
  const reason = h('textarea', { id: 'rsvp-reason', name: 'reason', rows: 3, maxlength: 500 }, current.reason || '');
  const delegatesPart = h('div', { class: 'field', 'data-field': 'delegates' },
    h('label', { for: 'delegate-add' }, t('rsvp.delegates')), delegates.element, h('p', { class: 'field-error', hidden: true }));
  const reasonPart = h('div', { class: 'field', 'data-field': 'reason' },
    h('label', { for: 'rsvp-reason' }, t('rsvp.reason')), reason, h('p', { class: 'field-error', hidden: true }));
  const form = h('form', { class: 'form-stack', id: 'rsvp-form', novalidate: true },
    h('fieldset', { class: 'radio-group', 'data-field': 'answer' },
      h('legend', {}, t('rsvp.question', { unit: item.unit === currentUser()?.unitCode ? currentUser().unitName : item.unit })),
      answer('ATTENDING'), answer('DECLINED')),
    delegatesPart, reasonPart, alert);
  function showParts() {
    const chosen = form.elements.answer.value;
    delegatesPart.hidden = chosen !== 'ATTENDING';
    reasonPart.hidden = chosen !== 'DECLINED';
  }
  showParts();

  const save = h('button', { type: 'submit', class: 'button button-primary', id: 'rsvp-save', form: 'rsvp-form' }, t('rsvp.send'));
  const dialog = openDialog({
    title: t('rsvp.title', { title: item.title }),
    body: form,
    footer: [h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.cancel')), save],
    wide: true,
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    const chosen = form.elements.answer.value;
    if (!chosen) { showError(alert, new ApiError({ status: 400, problem: { detail: t('rsvp.pickAnswer') } })); return; }
    const body = chosen === 'ATTENDING'
      ? { unit: item.unit, answer: chosen, delegates: delegates.value() }
      : { unit: item.unit, answer: chosen, reason: reason.value.trim() || null };
    save.disabled = true;
    try {
      await api.post(`meetings/${item.meeting}/rsvp`, body);
      dialog.close();
      onSaved();
    } catch (error) {
      showError(alert, error, { details: placeFieldErrors(form, error) });
    } finally {
      save.disabled = false;
    }
  });
}
