// The bar at the top of every page: product name, main navigation (a menu button on
// phones), the administration menu for administrators, who is signed in, the language
// switch and sign-out.

import { h, replace } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { canBook, hasUnit, isProvincialOffice } from './meetings/roles.js';
import { currentUser, isAdmin } from './session.js';

// `show` decides who sees an entry; the server refuses the others anyway.
const MAIN_LINKS = [
  { key: 'meetings', href: '#/meetings' },
  { key: 'meetings-new', href: '#/meetings/new', label: 'nav.book', show: canBook },
  { key: 'approvals', href: '#/approvals', show: isProvincialOffice },
  { key: 'inbox', href: '#/inbox', show: hasUnit, badge: 'inbox-badge' },
  { key: 'tasks', href: '#/tasks', show: hasUnit },
  { key: 'points', href: '#/points' },
  { key: 'directory', href: '#/directory' },
  { key: 'archive', href: '#/archive' },
];

const ADMIN_LINKS = [
  { key: 'admin-import', href: '#/admin/import', label: 'nav.import' },
  { key: 'admin-users', href: '#/admin/users', label: 'nav.users' },
  { key: 'admin-audit', href: '#/admin/audit', label: 'nav.audit' },
];

// listeners on the whole document belong to one drawing of the bar and go with it
let documentListeners = new AbortController();

function navLink({ key, href, label, badge }) {
  return h('a', { class: 'nav-link', href, 'data-nav': key }, t(label || `nav.${key}`),
    badge && h('span', { class: 'nav-badge', id: badge, hidden: true }));
}

function disclosure(button, panel) {
  const setOpen = (open) => {
    button.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  return setOpen;
}

function adminMenu() {
  const list = h('ul', { id: 'admin-menu', class: 'submenu' }, ADMIN_LINKS.map((link) => h('li', {}, navLink(link))));
  const button = h('button', {
    type: 'button', id: 'admin-menu-button', class: 'nav-link nav-menu-button', 'aria-expanded': 'false', 'aria-controls': 'admin-menu',
  }, t('nav.admin'), h('span', { class: 'caret', 'aria-hidden': 'true' }, '▾'));
  const item = h('li', { class: 'nav-admin' }, button, list);
  const setOpen = disclosure(button, list);
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') { setOpen(false); button.focus(); }
  });
  item.addEventListener('focusout', (event) => { if (!item.contains(event.relatedTarget)) setOpen(false); });
  document.addEventListener('click', (event) => { if (!item.contains(event.target)) setOpen(false); }, { signal: documentListeners.signal });
  return { item, close: () => setOpen(false) };
}

function languageButton(onToggle) {
  const other = currentLanguage() === 'vi' ? 'en' : 'vi';
  return h('button', {
    type: 'button', id: 'lang-toggle', class: 'lang-toggle', lang: other,
    'aria-label': t('shell.switchLanguage'), title: t('shell.switchLanguage'), onclick: () => onToggle(other),
  }, other === 'en' ? 'English' : 'Tiếng Việt');
}

function brand(signedIn) {
  return h('a', { class: 'brand', href: signedIn ? '#/directory' : '#/login' },
    h('img', { src: 'favicon.svg', alt: '', width: 32, height: 32 }),
    h('span', { class: 'brand-text' },
      h('span', { class: 'brand-name' }, 'Liên Thông'),
      h('span', { class: 'brand-sub' }, t('app.short'))));
}

/**
 * Draws the bar into `element`. Returns { highlight(navKey), closeMenus() } so a change of
 * page only moves the highlight instead of rebuilding the bar (and losing keyboard focus).
 */
export function renderTopbar(element, { signedIn, onToggleLanguage, onSignOut }) {
  documentListeners.abort();
  documentListeners = new AbortController();
  if (!signedIn) {
    replace(element, h('div', { class: 'topbar-inner' }, brand(false), h('div', { class: 'topbar-tools' }, languageButton(onToggleLanguage))));
    return { highlight() {}, closeMenus() {} };
  }
  const user = currentUser();
  const admin = isAdmin() ? adminMenu() : null;
  const menuButton = h('button', {
    type: 'button', id: 'nav-toggle', class: 'nav-toggle', 'aria-expanded': 'false', 'aria-controls': 'nav-panel',
  }, h('span', { class: 'hamburger', 'aria-hidden': 'true' }), t('shell.menu'));
  const panel = h('div', { id: 'nav-panel', class: 'nav-panel' },
    h('nav', { class: 'main-nav', 'aria-label': t('shell.mainNav') },
      h('ul', { class: 'nav-list' }, MAIN_LINKS.filter((link) => !link.show || link.show()).map((link) => h('li', {}, navLink(link))), admin?.item)),
    h('div', { class: 'user-box' },
      h('p', { id: 'current-user', class: 'current-user', title: [user.displayName, user.position, user.unitName].filter(Boolean).join(' – ') },
        h('span', { class: 'user-name' }, user.displayName || user.username),
        h('span', { class: 'user-unit' }, user.unitName || '')),
      h('button', { type: 'button', id: 'logout', class: 'button-quiet', onclick: onSignOut }, t('shell.signOut'))));
  const setMenuOpen = disclosure(menuButton, panel);

  replace(element, h('div', { class: 'topbar-inner' },
    brand(true),
    menuButton,
    panel,
    h('div', { class: 'topbar-tools' }, languageButton(onToggleLanguage))));

  return {
    highlight(navKey) {
      for (const link of element.querySelectorAll('[data-nav]')) {
        if (link.dataset.nav === navKey) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      element.querySelector('#admin-menu-button')?.classList.toggle('current', String(navKey).startsWith('admin-'));
    },
    closeMenus() {
      setMenuOpen(false);
      admin?.close();
    },
  };
}
