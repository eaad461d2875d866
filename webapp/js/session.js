// Who is signed in. The token lives in sessionStorage (see api.js) so it disappears with
// the browser tab; the user object is kept beside it to draw the top bar without waiting.

import { api, clearToken, getToken, setToken } from './api.js';

const USER_KEY = 'lienthong.user';
const EXPIRES_KEY = 'lienthong.expiresAt';

export const ROLES = ['ADMIN', 'SECRETARIAT', 'CHAIR', 'CLERK', 'TECHNICIAN', 'ARCHIVIST'];

export function currentUser() {
  try {
    return JSON.parse(sessionStorage.getItem(USER_KEY)) || null;
  } catch {
    return null;
  }
}

function tokenExpired() {
  const expiresAt = sessionStorage.getItem(EXPIRES_KEY);
  return expiresAt !== null && Date.parse(expiresAt) <= Date.now();
}

/** When the server will stop accepting the token, as a time in milliseconds, or null if not told. */
export function sessionExpiresAt() {
  const expiresAt = Date.parse(sessionStorage.getItem(EXPIRES_KEY));
  return Number.isNaN(expiresAt) ? null : expiresAt;
}

export function isSignedIn() {
  return Boolean(getToken()) && currentUser() !== null && !tokenExpired();
}

export function hasRole(...roles) {
  const held = currentUser()?.roles || [];
  return roles.some((role) => held.includes(role));
}

/** Meeting points are maintained by the office (secretariat) and administrators only. */
export function canEditPoints() {
  return hasRole('SECRETARIAT', 'ADMIN');
}

export function isAdmin() {
  return hasRole('ADMIN');
}

function remember(user, expiresAt) {
  sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  if (expiresAt) sessionStorage.setItem(EXPIRES_KEY, expiresAt);
}

export function forget() {
  clearToken();
  sessionStorage.removeItem(USER_KEY);
  sessionStorage.removeItem(EXPIRES_KEY);
}

export async function signIn(username, password) {
  const answer = await api.post('auth/login', { username, password }, { signOutOn401: false });
  setToken(answer.token);
  remember(answer.user, answer.expiresAt);
  return answer.user;
}

/** Tells the server to end the session; the local session ends even if the server cannot be reached. */
export async function signOut() {
  try {
    await api.post('auth/logout');
  } catch {
    // nothing to do: the token is dropped below either way
  } finally {
    forget();
  }
}

/** Re-reads the user (roles or unit may have changed since sign-in). */
export async function refreshUser() {
  const user = await api.get('auth/me');
  remember(user, null);
  return user;
}
