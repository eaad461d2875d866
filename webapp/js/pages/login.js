// Sign-in. On success the person goes to the page they had asked for, or the directory.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { signIn } from '../session.js';

/** Only our own routes may follow the sign-in, never an address from elsewhere. */
function safeNext(next) {
  return typeof next === 'string' && /^\/[a-z]/.test(next) && !next.startsWith('/login') ? next : '/directory';
}

export function mount(container, { query }) {
  const username = h('input', {
    id: 'login-username', name: 'username', type: 'text', autocomplete: 'username',
    autocapitalize: 'none', spellcheck: 'false', required: true,
  });
  const password = h('input', {
    id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const showPassword = h('button', {
    type: 'button', class: 'button button-small', 'aria-controls': 'login-password',
  }, t('login.showPassword'));
  showPassword.addEventListener('click', () => {
    const visible = password.type === 'password';
    password.type = visible ? 'text' : 'password';
    showPassword.textContent = visible ? t('login.hidePassword') : t('login.showPassword');
  });
  const error = h('div', { id: 'login-error', class: 'alert alert-error', role: 'alert', hidden: true });
  const submit = h('button', { id: 'login-submit', type: 'submit', class: 'button button-primary button-block' }, t('login.submit'));

  function showFailure(message) {
    error.textContent = message;
    error.hidden = false;
  }

  const form = h('form', { class: 'login-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'login-username' }, t('login.username')), username),
    h('div', { class: 'field' },
      h('label', { for: 'login-password' }, t('login.password')),
      h('div', { class: 'inline-controls' }, password, showPassword)),
    error,
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!username.value.trim() || !password.value) {
      showFailure(t('login.missing'));
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    replace(submit, h('span', { class: 'spinner spinner-inline', 'aria-hidden': 'true' }), t('login.signingIn'));
    try {
      await signIn(username.value.trim(), password.value);
      location.hash = `#${safeNext(query.next)}`;
    } catch (failure) {
      const message = failure.status === 401 && !failure.problem?.detail ? t('login.wrongCredentials') : failure.userMessage || t('error.unexpected');
      showFailure(message);
      if (failure.status === 401) {
        password.value = '';
        password.focus();
      }
    } finally {
      submit.disabled = false;
      replace(submit, t('login.submit'));
    }
  });

  replace(container,
    h('div', { class: 'login-wrap' },
      h('div', { class: 'login-card' },
        h('img', { class: 'login-emblem', src: 'favicon.svg', alt: '', width: 64, height: 64 }),
        h('h1', { class: 'login-title', tabindex: '-1' }, 'Liên Thông'),
        h('p', { class: 'login-subtitle' }, t('app.subtitle')),
        query.expired && h('div', { class: 'alert alert-info', role: 'status' }, h('p', {}, t('login.expired'))),
        form)));

  username.focus();
}
