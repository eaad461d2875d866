// The one door to the server. Every call carries the sign-in token and the chosen
// language (the server translates its error messages), keeps the busy indicator
// honest and turns RFC 9457 problem responses into ApiError objects.

import { currentLanguage, t } from './i18n.js';

const TOKEN_KEY = 'lienthong.token';

/** Fired on window when the server no longer accepts the token (HTTP 401). */
export const SIGNED_OUT_EVENT = 'lienthong:signed-out';

export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** A failed call: the server answered with an error status, or it could not be reached. */
export class ApiError extends Error {
  constructor({ status = 0, problem = null, network = false }) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
    this.network = network;
  }

  get forbidden() {
    return this.status === 403;
  }

  get conflict() {
    return this.status === 409;
  }

  /** The sentence to show a person, in the current language where we write it ourselves. */
  get userMessage() {
    if (this.network) return t('error.network');
    if (this.forbidden) return this.problem.detail || t('error.forbidden');
    return this.problem.detail || this.problem.title || t('error.status', { status: this.status });
  }

  /**
   * Field messages keyed by the field's simple name. Bean Validation reports paths such as
   * "create.request.sipAddress" or "roles[0]"; forms only know "sipAddress" and "roles".
   */
  get fieldErrors() {
    const byField = {};
    for (const { field, message } of this.problem.errors || []) {
      const name = String(field || '').split('.').pop().replace(/\[.*\]$/, '');
      (byField[name] ||= []).push(message);
    }
    return byField;
  }
}

let requestsInFlight = 0;

function trackBusy(change) {
  requestsInFlight = Math.max(0, requestsInFlight + change);
  document.getElementById('busy')?.setAttribute('aria-busy', requestsInFlight > 0 ? 'true' : 'false');
}

// Relative to the page, so the application works whatever context path it is deployed under.
function apiUrl(path, query) {
  const url = new URL(`api/${path.replace(/^\/+/, '')}`, document.baseURI);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  return url;
}

async function readBody(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) return response.json();
  const text = await response.text();
  return text === '' ? null : text;
}

/**
 * Sends one request. Options: query (object), body (object sent as JSON, or a Blob/File
 * sent as it is), contentType (for Blobs), signal (AbortSignal), and signOutOn401 (false
 * for the sign-in call itself, where 401 means a wrong password, not an expired session).
 */
export async function request(method, path, { query, body, contentType, signal, signOutOn401 = true } = {}) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  let payload;
  if (body instanceof Blob) {
    payload = body;
    headers['Content-Type'] = contentType || body.type || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }

  trackBusy(+1);
  try {
    let response;
    try {
      response = await fetch(apiUrl(path, query), { method, headers, body: payload, signal });
    } catch (failure) {
      if (failure.name === 'AbortError') throw failure;
      throw new ApiError({ network: true });
    }
    if (response.ok) return await readBody(response);

    let problem = null;
    try {
      const content = await readBody(response);
      problem = typeof content === 'object' ? content : { detail: content };
    } catch {
      // a proxy's HTML error page or an empty body: the status alone must do
    }
    if (response.status === 401 && signOutOn401) {
      clearToken();
      window.dispatchEvent(new CustomEvent(SIGNED_OUT_EVENT, { detail: { expired: true } }));
    }
    throw new ApiError({ status: response.status, problem });
  } finally {
    trackBusy(-1);
  }
}

/** Runs `work` (a function returning a promise) with the busy indicator on, for requests made outside `request`. */
export async function whileBusy(work) {
  trackBusy(+1);
  try {
    return await work();
  } finally {
    trackBusy(-1);
  }
}

export const api = {
  get: (path, query, options) => request('GET', path, { ...options, query }),
  post: (path, body, options) => request('POST', path, { ...options, body }),
  put: (path, body, options) => request('PUT', path, { ...options, body }),
  delete: (path, options) => request('DELETE', path, options),
};

/** True for the error a cancelled request raises; such errors are not shown to anyone. */
export function isAbort(error) {
  return error?.name === 'AbortError';
}
