// Form fields with their label, hint and error line tied together for screen readers,
// and the mapping of server-side field errors onto them.

import { h, uniqueId } from '../dom.js';

/**
 * Wraps a control with its label. `control` defaults to a text input built from `type`,
 * `value` and `attributes`; `input` is the element the label points at when the control
 * is a composite (the unit search box).
 */
export function field({ label, name, type = 'text', value, required = false, hint, attributes = {}, control, input }) {
  const target = input || control || h('input', { type, name, value: value ?? '', ...attributes });
  const id = target.id || uniqueId(`field-${name}`);
  target.id = id;
  if (!target.name && name && target.tagName !== 'DIV') target.name = name;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  target.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  if (required) target.setAttribute('aria-required', 'true');
  return h('div', { class: 'field', 'data-field': name },
    h('label', { for: id },
      label,
      h('span', { class: 'required-mark', 'aria-hidden': 'true', hidden: !required }, ' *')),
    control || target,
    hint && h('p', { class: 'hint', id: hintId }, hint),
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

export function selectControl(name, options, selected) {
  return h('select', { name },
    options.map(({ value, label }) => h('option', { value, selected: value === selected }, label)));
}

export function checkbox({ name, label, checked = false, value }) {
  const id = uniqueId(`check-${name}`);
  return h('div', { class: 'check' },
    h('input', { type: 'checkbox', id, name, value, checked }),
    h('label', { for: id }, label));
}

/** Marks a field as required or optional after the form was built (e.g. when the kind changes). */
export function setRequired(form, name, required) {
  const wrapper = form.querySelector(`[data-field="${name}"]`);
  if (!wrapper) return;
  wrapper.querySelector('.required-mark').hidden = !required;
  const target = wrapper.querySelector(`#${CSS.escape(wrapper.querySelector('label').htmlFor)}`);
  if (required) target.setAttribute('aria-required', 'true');
  else target.removeAttribute('aria-required');
}

export function clearFieldErrors(form) {
  for (const line of form.querySelectorAll('.field-error')) {
    line.hidden = true;
    line.textContent = '';
  }
  for (const invalid of form.querySelectorAll('[aria-invalid]')) invalid.removeAttribute('aria-invalid');
}

/**
 * Shows messages beside their fields: { fieldName: [messages] }. Returns the lines that
 * belong to no field on this form, so the caller can list them in the alert instead.
 */
export function showFieldErrors(form, errorsByField) {
  const unplaced = [];
  for (const [name, messages] of Object.entries(errorsByField)) {
    const wrapper = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (!wrapper) {
      unplaced.push(...messages.map((message) => (name ? `${name}: ${message}` : message)));
      continue;
    }
    const line = wrapper.querySelector('.field-error');
    line.textContent = messages.join(' ');
    line.hidden = false;
    const target = wrapper.querySelector(`#${CSS.escape(wrapper.querySelector('label').htmlFor)}`);
    target?.setAttribute('aria-invalid', 'true');
  }
  // the first wrong field in reading order, not in the order the messages came
  form.querySelector('[aria-invalid="true"]')?.focus();
  return unplaced;
}

/** The trimmed text of a named control, or null when empty (the server stores absent values as null). */
export function textValue(form, name) {
  const value = form.elements[name]?.value?.trim();
  return value ? value : null;
}
