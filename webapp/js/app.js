// Starts the application: draws the top bar, maps addresses (#/...) to pages, keeps
// people who are not signed in on the sign-in page and sends them back after a 401.

import { SIGNED_OUT_EVENT } from './api.js';
import { h, replace } from './dom.js';
import { currentLanguage, setLanguage, t } from './i18n.js';
import {
  currentUser, forget, hasRole, isSignedIn, refreshUser, sessionExpiresAt, signOut,
} from './session.js';
import { refreshUnreadBadge, startUnreadBadge, stopUnreadBadge } from './meetings/notifications.js';
import { renderTopbar } from './topbar.js';
import { spinner } from './ui/feedback.js';

// nav: which top-bar entry is highlighted; role: who may open the page at all.
const ROUTES = [
  { pattern: /^\/login$/, load: () => import('./pages/login.js'), open: true },
  { pattern: /^\/directory(?:\/([^/]+))?$/, load: () => import('./pages/directory.js'), nav: 'directory' },
  { pattern: /^\/points$/, load: () => import('./pages/points.js'), nav: 'points' },
  { pattern: /^\/meetings$/, load: () => import('./pages/meetings.js'), nav: 'meetings' },
  { pattern: /^\/meetings\/new$/, load: () => import('./pages/meeting-form.js'), nav: 'meetings-new', roles: ['SECRETARIAT', 'ADMIN'] },
  { pattern: /^\/meetings\/(\d+)\/edit$/, load: () => import('./pages/meeting-form.js'), nav: 'meetings', roles: ['SECRETARIAT', 'ADMIN'] },
  { pattern: /^\/meetings\/(\d+)\/minutes$/, load: () => import('./pages/minutes.js'), nav: 'meetings' },
  { pattern: /^\/meetings\/(\d+)\/conclusions$/, load: () => import('./pages/conclusions.js'), nav: 'meetings' },
  { pattern: /^\/meetings\/(\d+)\/wall$/, load: () => import('./pages/wall.js'), nav: 'meetings' },
  { pattern: /^\/meetings\/(\d+)\/join$/, load: () => import('./pages/join.js'), nav: 'meetings' },
  { pattern: /^\/meetings\/(\d+)$/, load: () => import('./pages/meeting.js'), nav: 'meetings' },
  { pattern: /^\/approvals$/, load: () => import('./pages/approvals.js'), nav: 'approvals', roles: ['SECRETARIAT', 'ADMIN'] },
  { pattern: /^\/inbox$/, load: () => import('./pages/inbox.js'), nav: 'inbox' },
  { pattern: /^\/tasks$/, load: () => import('./pages/tasks.js'), nav: 'tasks' },
  { pattern: /^\/archive$/, load: () => import('./pages/archive.js'), nav: 'archive' },
  { pattern: /^\/admin\/import$/, load: () => import('./pages/import.js'), nav: 'admin-import', role: 'ADMIN' },
  { pattern: /^\/admin\/users$/, load: () => import('./pages/users.js'), nav: 'admin-users', role: 'ADMIN' },
  { pattern: /^\/admin\/audit$/, load: () => import('./pages/audit.js'), nav: 'admin-audit', role: 'ADMIN' },
];

const HOME = '#/directory';
const main = document.getElementById('main');
const topbarElement = document.getElementById('topbar');

let topbar = null;
let topbarDrawnFor = null; // redraw only when the person or the language changes
let current = null; // { route, page } of the page on screen
let navigation = 0; // pages load asynchronously; only the latest navigation may finish
let expiryTimer = null;

function readHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  return { raw, path, query: Object.fromEntries(new URLSearchParams(search)) };
}

function match(path) {
  for (const route of ROUTES) {
    const found = route.pattern.exec(path);
    if (found) return { route, params: found.slice(1).map((part) => (part ? decodeURIComponent(part) : part)) };
  }
  return null;
}

function drawTopbar(force = false) {
  const key = `${isSignedIn() ? JSON.stringify(currentUser()) : ''}|${currentLanguage()}`;
  if (!force && key === topbarDrawnFor) return false;
  topbarDrawnFor = key;
  topbar = renderTopbar(topbarElement, { signedIn: isSignedIn(), onToggleLanguage: switchLanguage, onSignOut: leave });
  if (isSignedIn()) startUnreadBadge(); else stopUnreadBadge();
  return true;
}

function messagePage(title, text) {
  replace(main,
    h('div', { class: 'page-header' }, h('h1', { class: 'page-title', tabindex: '-1' }, title)),
    h('div', { class: 'panel message-page' }, h('p', {}, text), h('p', {}, h('a', { href: HOME }, t('shell.backHome')))));
}

function settleFocus(initial) {
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Liên Thông` : 'Liên Thông';
  // after a change of page, screen reader and keyboard users start at the new page's title
  if (!initial && heading && !main.contains(document.activeElement)) heading.focus({ preventScroll: false });
}

// Browsers cannot wait longer than this in one timer (about 24 days).
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** Returns to the sign-in page when the token runs out, rather than at the next failing request. */
function scheduleExpiry() {
  clearTimeout(expiryTimer);
  const expiresAt = sessionExpiresAt();
  if (!isSignedIn() || expiresAt === null || expiresAt - Date.now() > LONGEST_TIMER_MS) return;
  expiryTimer = setTimeout(() => window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT)), expiresAt - Date.now());
}

async function show({ force = false, initial = false } = {}) {
  const ticket = ++navigation;
  const { raw, path, query } = readHash();
  if (path === '/') { location.replace(isSignedIn() ? HOME : '#/login'); return; }
  const found = match(path);
  if (found && !found.route.open && !isSignedIn()) {
    forget();
    location.replace(`#/login?next=${encodeURIComponent(raw)}`);
    return;
  }
  if (path === '/login' && isSignedIn()) { location.replace(HOME); return; }

  if (!drawTopbar() && isSignedIn()) refreshUnreadBadge();
  topbar.highlight(found?.route.nav);
  topbar.closeMenus();
  scheduleExpiry();

  const context = { params: found?.params || [], query };
  if (!force && found && current?.route === found.route && current.page.update) {
    current.page.update(context);
    return;
  }
  current?.page.unmount?.();
  current = null;

  if (!found) { messagePage(t('notFound.title'), t('notFound.text')); settleFocus(initial); return; }
  if ((found.route.role && !hasRole(found.route.role)) || (found.route.roles && !hasRole(...found.route.roles))) { messagePage(t('forbidden.title'), t(found.route.roles ? 'forbidden.offices' : 'forbidden.text')); settleFocus(initial); return; }

  replace(main, spinner());
  let module;
  try {
    module = await found.route.load();
  } catch {
    if (ticket !== navigation) return;
    replace(main, h('div', { class: 'alert alert-error', role: 'alert' },
      h('p', {}, t('error.network')),
      h('button', { type: 'button', class: 'button', onclick: () => show({ force: true }) }, t('common.retry'))));
    return;
  }
  if (ticket !== navigation) return;
  main.replaceChildren();
  current = { route: found.route, page: module.mount(main, context) || {} };
  settleFocus(initial);
}

function switchLanguage(language) {
  setLanguage(language);
  document.documentElement.lang = language;
  translateStaticText();
  drawTopbar(true);
  show({ force: true, initial: true });
  document.getElementById('lang-toggle')?.focus();
}

async function leave() {
  await signOut();
  location.hash = '#/login';
}

function translateStaticText() {
  document.getElementById('skip-link').textContent = t('shell.skip');
}

window.addEventListener(SIGNED_OUT_EVENT, () => {
  forget();
  const { raw, path } = readHash();
  if (path !== '/login') location.hash = `#/login?expired=1&next=${encodeURIComponent(raw)}`;
});
window.addEventListener('hashchange', () => show());
document.getElementById('skip-link').addEventListener('click', (event) => {
  event.preventDefault(); // the address holds the route; jumping to #main would leave the page
  (main.querySelector('h1') || main).focus();
});

document.documentElement.lang = currentLanguage();
translateStaticText();
show({ initial: true });
if (isSignedIn()) {
  // roles or unit may have changed since sign-in; a 401 here ends the session as anywhere
  refreshUser().then(() => { drawTopbar(); topbar.highlight(current?.route.nav); }).catch(() => {});
}
