// Parts of the booking form that stand on their own: the chair (an account with the CHAIR
// role, or a name and position for someone without one) and the recurrence.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field, selectControl } from '../ui/form.js';

/** Returns { element, value() }: value() is the request's "chair" (a username, { name, position } or null). */
export function chairFields(chair, onChange) {
  const hasAccount = Boolean(chair?.username);
  const username = h('input', { type: 'text', id: 'chair-username', autocomplete: 'off', spellcheck: 'false', value: chair?.username || '' });
  const name = h('input', { type: 'text', id: 'chair-name', value: hasAccount ? '' : chair?.name || '' });
  const position = h('input', { type: 'text', id: 'chair-position', value: hasAccount ? '' : chair?.position || '' });
  const accountFields = h('div', { class: 'chair-fields' },
    field({ label: t('form.chairUsername'), name: 'chairUsername', control: username, hint: t('form.chairUsernameHint') }));
  const personFields = h('div', { class: 'chair-fields form-grid' },
    field({ label: t('form.chairName'), name: 'chairName', control: name }),
    field({ label: t('form.chairPosition'), name: 'chairPosition', control: position }));
  const modes = [];
  const mode = () => modes.find((input) => input.checked)?.value || 'person';
  const show = () => {
    accountFields.hidden = mode() !== 'account';
    personFields.hidden = mode() === 'account';
  };
  const modeChoice = (value, label) => {
    const input = h('input', { type: 'radio', name: 'chair-mode', value, id: `chair-mode-${value}`, checked: (value === 'account') === hasAccount });
    input.addEventListener('change', () => { show(); onChange(); });
    modes.push(input);
    return h('span', { class: 'radio' }, input, h('label', { for: input.id }, label));
  };
  for (const input of [username, name, position]) input.addEventListener('input', onChange);
  const element = h('div', { class: 'span-2', 'data-field': 'chair' },
    h('div', { class: 'chair-modes', role: 'radiogroup', 'aria-label': t('form.chair') },
      modeChoice('person', t('form.chairPerson')), modeChoice('account', t('form.chairAccount'))),
    accountFields, personFields,
    h('p', { class: 'field-error', hidden: true }));
  show();
  return {
    element,
    value() {
      if (mode() === 'account') return username.value.trim() || null;
      return name.value.trim() ? { name: name.value.trim(), position: position.value.trim() || null } : null;
    },
  };
}

/** Returns { element, value() }: value() is the request's "recurrence", or undefined for a single meeting. */
export function recurrenceFields(onChange) {
  const freq = selectControl('freq', [
    { value: '', label: t('form.repeatNone') }, { value: 'DAILY', label: t('form.repeatDaily') },
    { value: 'WEEKLY', label: t('form.repeatWeekly') }, { value: 'MONTHLY', label: t('form.repeatMonthly') }], '');
  freq.id = 'recurrence-freq';
  const endMode = selectControl('endMode', [{ value: 'count', label: t('form.repeatCount') }, { value: 'until', label: t('form.repeatUntil') }], 'count');
  endMode.id = 'recurrence-end-mode';
  endMode.setAttribute('aria-label', t('form.repeatEnd'));
  const count = h('input', { type: 'number', id: 'recurrence-count', min: 1, max: 100, value: 4, 'aria-label': t('form.repeatCount') });
  const until = h('input', { type: 'date', id: 'recurrence-until', 'aria-label': t('form.repeatUntil') });
  const details = h('div', { class: 'inline-controls repeat-details' }, endMode, count, until);
  const show = () => {
    details.hidden = !freq.value;
    count.hidden = endMode.value !== 'count';
    until.hidden = endMode.value !== 'until';
  };
  for (const control of [freq, endMode, count, until]) {
    control.addEventListener('change', () => { show(); onChange(); });
    control.addEventListener('input', onChange);
  }
  show();
  return {
    element: h('div', { class: 'span-2', 'data-field': 'recurrence' },
      h('label', { for: 'recurrence-freq' }, t('form.repeat')),
      h('div', { class: 'inline-controls' }, freq, details),
      h('p', { class: 'field-error', hidden: true })),
    value() {
      if (!freq.value) return undefined;
      return endMode.value === 'count'
        ? { freq: freq.value, count: count.value ? Number(count.value) : null }
        : { freq: freq.value, until: until.value || null };
    },
  };
}
