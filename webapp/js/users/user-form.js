// Creating and changing accounts. The username is fixed once created; a new password is set
// through its own dialog so that changing someone's unit never touches their password.

import { api } from '../api.js';
import { h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';
import { ROLES } from '../session.js';
import { openDialog } from '../ui/dialog.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import { checkbox, clearFieldErrors, field, showFieldErrors, textValue } from '../ui/form.js';
import { unitPicker } from '../ui/unit-picker.js';

const MIN_PASSWORD_LENGTH = 8;

function rolesFieldset(selected) {
  const legendId = uniqueId('roles');
  return h('fieldset', { class: 'span-2 check-group', 'data-field': 'roles', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, t('user.roles'), h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')),
    h('div', { class: 'check-columns' }, ROLES.map((role) => checkbox({
      name: 'roles', value: role, label: t(`role.${role}`), checked: selected.includes(role),
    }))),
    h('p', { class: 'field-error', hidden: true }));
}

function chosenRoles(form) {
  return [...form.querySelectorAll('input[name="roles"]:checked')].map((box) => box.value);
}

function validate(form, unit, creating) {
  const errors = {};
  if (creating && !textValue(form, 'username')) errors.username = [t('validation.required')];
  if (!textValue(form, 'displayName')) errors.displayName = [t('validation.required')];
  if (!form.elements.email.checkValidity()) errors.email = [t('validation.email')];
  if (!unit) errors.unitCode = [t('validation.unitRequired')];
  if (chosenRoles(form).length === 0) errors.roles = [t('validation.roleRequired')];
  if (creating) {
    const password = form.elements.password.value;
    if (password.length < MIN_PASSWORD_LENGTH) errors.password = [t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })];
  }
  return errors;
}

/** user: the account to change, or null to create one. onConflict(error): someone else saved first. */
export function openUserForm({ user = null, onSaved, onConflict }) {
  const creating = !user;
  const alert = alertArea();
  const picker = unitPicker({ value: user ? { code: user.unitCode, name: user.unitName } : null });
  const formId = uniqueId('user-form');

  const form = h('form', { id: formId, class: 'form-grid', novalidate: true },
    field({
      label: t('user.username'), name: 'username', required: creating, value: user?.username,
      attributes: { readonly: !creating, autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false' },
      hint: creating ? t('user.usernameHint') : t('user.usernameFixed'),
    }),
    field({ label: t('user.displayName'), name: 'displayName', required: true, value: user?.displayName }),
    field({ label: t('user.position'), name: 'position', value: user?.position, hint: t('user.positionHint') }),
    field({ label: t('user.email'), name: 'email', type: 'email', value: user?.email, hint: t('user.emailHint'), attributes: { autocomplete: 'email' } }),
    field({ label: t('user.unit'), name: 'unitCode', required: true, control: picker.element, input: picker.input }),
    rolesFieldset(user?.roles || []),
    creating
      ? field({ label: t('user.password'), name: 'password', type: 'password', required: true, attributes: { autocomplete: 'new-password' }, hint: t('user.passwordHint', { min: MIN_PASSWORD_LENGTH }) })
      : h('div', { class: 'field-check span-2' }, checkbox({ name: 'active', label: t('user.active'), checked: user.active })));

  const save = h('button', { type: 'submit', form: formId, class: 'button button-primary' }, t('common.save'));
  const cancel = h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.cancel'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    const problems = validate(form, picker.value, creating);
    if (Object.keys(problems).length) { showFieldErrors(form, problems); return; }
    const common = {
      displayName: textValue(form, 'displayName'),
      position: textValue(form, 'position'),
      email: textValue(form, 'email'),
      unitCode: picker.value.code,
      roles: chosenRoles(form),
    };
    save.disabled = true;
    try {
      const saved = creating
        ? await api.post('users', { ...common, username: textValue(form, 'username'), password: form.elements.password.value })
        : await api.put(`users/${user.id}`, { ...common, active: form.elements.active.checked, version: user.version });
      dialog.close();
      onSaved?.(saved);
    } catch (error) {
      if (error.conflict && !creating) { dialog.close(); onConflict?.(error); return; }
      showError(alert, error, { details: showFieldErrors(form, error.fieldErrors || {}) });
    } finally {
      save.disabled = false;
    }
  });

  const dialog = openDialog({
    title: creating ? t('user.createTitle') : t('user.editTitle', { name: user.displayName }),
    body: [alert, form],
    footer: [cancel, save],
    wide: true,
  });
  form.elements[creating ? 'username' : 'displayName'].focus();
}

/** Sets a new password chosen by the administrator, typed twice to avoid a typing mistake. */
export function openPasswordDialog(user, onDone) {
  const alert = alertArea();
  const formId = uniqueId('password-form');
  const form = h('form', { id: formId, class: 'form-stack', novalidate: true },
    h('p', {}, t('user.passwordFor', { name: user.displayName, username: user.username })),
    field({ label: t('user.newPassword'), name: 'password', type: 'password', required: true, attributes: { autocomplete: 'new-password' }, hint: t('user.passwordHint', { min: MIN_PASSWORD_LENGTH }) }),
    field({ label: t('user.repeatPassword'), name: 'repeat', type: 'password', required: true, attributes: { autocomplete: 'new-password' } }));
  const save = h('button', { type: 'submit', form: formId, class: 'button button-primary' }, t('user.setPassword'));
  const cancel = h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.cancel'));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearAlert(alert);
    clearFieldErrors(form);
    const password = form.elements.password.value;
    if (password.length < MIN_PASSWORD_LENGTH) { showFieldErrors(form, { password: [t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })] }); return; }
    if (password !== form.elements.repeat.value) { showFieldErrors(form, { repeat: [t('validation.passwordMismatch')] }); return; }
    save.disabled = true;
    try {
      await api.post(`users/${user.id}/password`, { password });
      dialog.close();
      onDone?.();
    } catch (error) {
      showError(alert, error, { details: showFieldErrors(form, error.fieldErrors || {}) });
    } finally {
      save.disabled = false;
    }
  });

  const dialog = openDialog({ title: t('user.resetPassword'), body: [alert, form], footer: [cancel, save] });
  form.elements.password.focus();
}
