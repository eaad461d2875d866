// Meetings from the list endpoint (GET meetings), which pages its answers: every page of a
// range is read, so a busy week is never shown half.

import { api } from '../api.js';

const PAGE_SIZE = 500;

/** Every meeting matching `query` ({ from, to, unit, status }), however many pages that takes. */
export async function allMeetings(query, signal) {
  const all = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await api.get('meetings', { ...query, offset, limit: PAGE_SIZE }, { signal });
    all.push(...page.items);
    if (all.length >= page.total || page.items.length === 0) return all;
  }
}
