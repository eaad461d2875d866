// Problems the scheduling API reports about a request, placed where a form can show them:
// "create.request.agenda[0].title" belongs to the agenda, "chair.name" to the chair,
// "recurrence.until" to the recurrence.

import { clearFieldErrors, showFieldErrors } from '../ui/form.js';

export function fieldErrorsOf(error) {
  const byField = {};
  for (const { field, message } of error.problem?.errors || []) {
    const path = String(field || '').replace(/^.*?request\./, '');
    const name = path.split(/[.[]/)[0];
    (byField[name] ||= []).push(message);
  }
  return byField;
}

/** Shows the problem's field messages beside their fields; returns those no field could show. */
export function placeFieldErrors(form, error) {
  clearFieldErrors(form);
  return showFieldErrors(form, fieldErrorsOf(error));
}
