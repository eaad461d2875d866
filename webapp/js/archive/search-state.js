// What the archive search shows lives in the address (#/archive?q=...&kind=MEETING&page=2), so
// that Back, a refresh or a link sent to a colleague brings the same search back. This module
// reads that state, writes it back and turns it into the query of GET archive/search.

import { isIsoDate } from '../format.js';
import { KINDS, STATUSES } from '../meetings/labels.js';

export const PAGE_SIZE = 20;
/** The server pages no deeper than this many results (narrow the search to see the rest). */
export const MAX_DEPTH = 10000;
export const SORTS = ['relevance', 'date'];
/** The filters a person can set, in the order their chips are shown. */
export const FILTERS = ['from', 'to', 'host', 'unit', 'chair', 'kind', 'status', 'minutes'];
/** Meetings without minutes, or with minutes in one of their states. */
export const MINUTES = ['NONE', 'DRAFT', 'FINAL', 'AMENDED'];

const UNIT_CODE = /^[0-9A-Za-z._-]{1,40}$/;

function text(value, longest) {
  return String(value || '').trim().slice(0, longest);
}

/** The order of the results: the one chosen, else by relevance, or newest first when there are no words to rank by. */
export function shownSort(state) {
  return state.sort || (state.q ? 'relevance' : 'date');
}

/** The state in `query` (the address's parameters), leaving out anything that is not a valid value. */
export function readState(query) {
  const page = Number.parseInt(query.page, 10);
  const q = text(query.q, 200);
  return {
    q,
    from: isIsoDate(query.from) ? query.from : '',
    to: isIsoDate(query.to) ? query.to : '',
    host: UNIT_CODE.test(query.host || '') ? query.host : '',
    unit: UNIT_CODE.test(query.unit || '') ? query.unit : '',
    chair: text(query.chair, 100),
    kind: KINDS.includes(query.kind) ? query.kind : '',
    status: STATUSES.includes(query.status) ? query.status : '',
    minutes: MINUTES.includes(query.minutes) ? query.minutes : '',
    sort: SORTS.includes(query.sort) ? query.sort : '', // empty: the usual order for the words (see shownSort)
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address of a state; defaults (first page, the usual sort) are left out to keep links short. */
export function address(state) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (!value || (name === 'page' && value === 1)) continue;
    query.set(name, value);
  }
  const search = query.toString();
  return search ? `#/archive?${search}` : '#/archive';
}

/** Parameters for GET archive/search; empty values are dropped by the api module. */
export function searchQuery(state) {
  return { ...state, sort: shownSort(state), size: PAGE_SIZE };
}

export function activeFilters(state) {
  return FILTERS.filter((name) => state[name]);
}
