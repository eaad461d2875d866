// Accounts (administrators only): find people by name or unit, create accounts, change
// roles and units, switch accounts off and set new passwords.

import { api } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';
import { field } from '../ui/form.js';
import { pager } from '../ui/pager.js';
import { dataTable } from '../ui/table.js';
import { unitPicker } from '../ui/unit-picker.js';
import { openPasswordDialog, openUserForm } from '../users/user-form.js';

const PAGE_SIZE = 20;

export function mount(container) {
  const filters = { q: '', unit: '', offset: 0 };
  const alert = alertArea();
  const results = h('div', {});
  let controller = null;

  const textInput = h('input', { type: 'search', autocomplete: 'off' });
  textInput.addEventListener('input', debounce(() => { filters.q = textInput.value.trim(); filters.offset = 0; reload(); }, 300));
  const picker = unitPicker({
    placeholder: t('points.anyUnit'),
    onChange: (unit) => { filters.unit = unit?.code || ''; filters.offset = 0; reload(); },
  });

  const saved = (message) => () => { showSuccess(alert, message); reload(); };
  const conflict = (error) => { showError(alert, error, { details: [t('common.reloadedAfterConflict')] }); reload(); };

  const columns = [
    { label: t('user.username'), cell: (u) => h('code', {}, u.username) },
    {
      label: t('user.displayName'),
      cell: (u) => [u.displayName, u.position && h('div', { class: 'muted' }, u.position),
        u.email && h('div', { class: 'muted' }, h('a', { href: `mailto:${u.email}` }, u.email))],
    },
    { label: t('user.unit'), cell: (u) => u.unitName || u.unitCode },
    { label: t('user.roles'), cell: (u) => h('ul', { class: 'tag-list' }, (u.roles || []).map((role) => h('li', { class: 'badge' }, t(`role.${role}`)))) },
    { label: t('user.status'), cell: (u) => h('span', { class: u.active ? 'badge badge-status-done' : 'badge badge-status-failed' }, u.active ? t('user.activeShort') : t('user.inactive')) },
    {
      label: t('common.actions'),
      className: 'actions',
      cell: (u) => [
        h('button', {
          type: 'button', class: 'button button-small', 'aria-label': t('user.editNamed', { name: u.displayName }),
          onclick: () => openUserForm({ user: u, onSaved: saved(t('user.saved')), onConflict: conflict }),
        }, t('common.edit')),
        h('button', {
          type: 'button', class: 'button button-small', 'aria-label': t('user.resetNamed', { name: u.displayName }),
          onclick: () => openPasswordDialog(u, () => showSuccess(alert, t('user.passwordSet', { name: u.displayName }))),
        }, t('user.resetPassword')),
      ],
    },
  ];

  function reload() {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    return loadInto(results,
      () => api.get('users', { q: filters.q, unit: filters.unit, limit: PAGE_SIZE, offset: filters.offset }, { signal }),
      (page) => [
        dataTable({ columns, rows: page.items, caption: t('users.title'), emptyText: t('users.none') }),
        pager({ total: page.total, limit: PAGE_SIZE, offset: filters.offset, onChange: (offset) => { filters.offset = offset; reload(); } }),
      ]);
  }

  replace(container,
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('users.title')),
        h('p', { class: 'page-lead' }, t('users.lead'))),
      h('button', { type: 'button', class: 'button button-primary', onclick: () => openUserForm({ onSaved: saved(t('user.created')) }) }, `+ ${t('user.create')}`)),
    h('form', { class: 'panel filters', role: 'search', 'aria-label': t('users.filters'), onsubmit: (event) => event.preventDefault() },
      field({ label: t('users.text'), name: 'q', control: textInput, hint: t('users.textHint') }),
      field({ label: t('user.unit'), name: 'unit', control: picker.element, input: picker.input })),
    alert,
    h('div', { class: 'panel' }, results));

  reload();
  return { unmount: () => controller?.abort() };
}
