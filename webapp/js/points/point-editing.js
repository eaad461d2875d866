// Creating, changing and deleting meeting points, from the directory and the points list alike.
// The server checks the same rules; checking here first saves a round trip and keeps
// messages beside their fields.

import { api } from '../api.js';
import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import {
  checkbox, clearFieldErrors, field, selectControl, setRequired, showFieldErrors, textValue,
} from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';
import { POINT_KINDS, kindLabel } from './point-labels.js';

// Which address each kind of endpoint cannot work without.
const ADDRESS_FIELD_OF_KIND = { SIP: 'sipAddress', H323: 'h323Address' };

function validate(form, unit) {
  const errors = {};
  const require = (name, message) => { if (!textValue(form, name)) errors[name] = [message]; };
  if (!unit) errors.unitCode = [t('validation.unitRequired')];
  require('name', t('validation.required'));
  const addressField = ADDRESS_FIELD_OF_KIND[form.elements.kind.value];
  if (addressField) require(addressField, t(`validation.${addressField}Required`));
  const seats = textValue(form, 'seats');
  if (seats !== null && !/^\d+$/.test(seats)) errors.seats = [t('validation.seats')];
  if (!form.elements.technicianEmail.checkValidity()) errors.technicianEmail = [t('validation.email')];
  return errors;
}

function requestBody(form, unit, point) {
  const seats = textValue(form, 'seats');
  const body = {
    unitCode: unit.code,
    name: textValue(form, 'name'),
    room: textValue(form, 'room'),
    address: textValue(form, 'address'),
    seats: seats === null ? null : Number(seats),
    kind: form.elements.kind.value,
    sipAddress: textValue(form, 'sipAddress'),
    h323Address: textValue(form, 'h323Address'),
    technicianName: textValue(form, 'technicianName'),
    technicianPhone: textValue(form, 'technicianPhone'),
    technicianEmail: textValue(form, 'technicianEmail'),
    isDefault: form.elements.isDefault.checked,
  };
  // the version tells the server which state this edit was based on (optimistic locking)
  if (point) body.version = point.version;
  return body;
}

/**
 * Opens the form. `point` is the point to change, or null for a new one; `unit` presets the
 * unit of a new point. onSaved(point) runs after a successful save; onConflict(error) when
 * someone else changed the point in the meantime (the caller reloads and shows why).
 */
export function openPointForm({ point = null, unit = null, onSaved, onConflict }) {
  const value = (name) => (point ? point[name] : undefined);
  const alert = alertArea();
  const picker = unitPicker({ value: point ? { code: point.unitCode, name: point.unitName } : unit });
  const kind = selectControl('kind', POINT_KINDS.map((code) => ({ value: code, label: kindLabel(code) })), value('kind') || 'BROWSER');

  const formId = uniqueId('point-form');
  const form = h('form', { id: formId, class: 'form-grid', novalidate: true },
    h('div', { class: 'span-2' }, field({ label: t('point.unit'), name: 'unitCode', required: true, control: picker.element, input: picker.input })),
    h('div', { class: 'span-2' }, field({ label: t('point.name'), name: 'name', required: true, value: value('name'), attributes: { maxlength: 200 } })),
    field({ label: t('point.room'), name: 'room', value: value('room') }),
    field({ label: t('point.seats'), name: 'seats', type: 'number', value: value('seats'), attributes: { min: 0, step: 1, inputmode: 'numeric' } }),
    h('div', { class: 'span-2' }, field({ label: t('point.address'), name: 'address', value: value('address') })),
    field({ label: t('point.kind'), name: 'kind', required: true, control: kind, hint: t('point.kindHint') }),
    h('div', { class: 'field-check' }, checkbox({ name: 'isDefault', label: t('point.isDefault'), checked: Boolean(value('isDefault')) })),
    field({ label: t('point.sipAddress'), name: 'sipAddress', value: value('sipAddress'), attributes: { placeholder: 'sip:phonghop@donvi.gov.vn', spellcheck: 'false' } }),
    field({ label: t('point.h323Address'), name: 'h323Address', value: value('h323Address'), attributes: { placeholder: '10.0.0.21', spellcheck: 'false' } }),
    h('h3', { class: 'span-2 form-section' }, t('point.technician')),
    field({ label: t('point.technicianName'), name: 'technicianName', value: value('technicianName') }),
    field({ label: t('point.technicianPhone'), name: 'technicianPhone', type: 'tel', value: value('technicianPhone') }),
    h('div', { class: 'span-2' }, field({ label: t('point.technicianEmail'), name: 'technicianEmail', type: 'email', value: value('technicianEmail') })));

  const markRequiredAddress = () => {
    for (const [kindCode, name] of Object.entries(ADDRESS_FIELD_OF_KIND)) setRequired(form, name, kind.value === kindCode);
  };
  kind.addEventListener('change', markRequiredAddress);
  markRequiredAddress();

  // the buttons sit in the dialog's footer, outside the form, and reach it through form=
  const save = h('button', { type: 'submit', form: formId, class: 'button button-primary' }, t('common.save'));
  const cancel = h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.cancel'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    const problems = validate(form, picker.value);
    if (Object.keys(problems).length) {
      showFieldErrors(form, problems);
      return;
    }
    save.disabled = true;
    save.textContent = t('common.saving');
    try {
      const body = requestBody(form, picker.value, point);
      const saved = point ? await api.put(`points/${point.id}`, body) : await api.post('points', body);
      dialog.close();
      onSaved?.(saved);
    } catch (error) {
      if (error.conflict && point) {
        dialog.close();
        onConflict?.(error);
        return;
      }
      const unplaced = showFieldErrors(form, error.fieldErrors || {});
      showError(alert, error, { details: unplaced });
    } finally {
      save.disabled = false;
      save.textContent = t('common.save');
    }
  });

  const dialog = openDialog({
    title: point ? t('point.editTitle') : t('point.createTitle'),
    body: [alert, form],
    footer: [cancel, save],
    wide: true,
  });
  (point || unit ? form.elements.name : picker.input).focus();
}

/** Asks, then deletes. Resolves to true when the point was deleted. */
export async function deletePoint(point) {
  const confirmed = await confirmDialog(t('point.deleteConfirm', { name: point.name }), {
    confirmLabel: t('common.delete'), danger: true,
  });
  if (!confirmed) return false;
  await api.delete(`points/${point.id}`);
  return true;
}
