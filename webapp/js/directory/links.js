// Addresses inside the directory. The date is part of the address because the hierarchy
// differs by date (until 30/06/2025 communes sat under districts; since 01/07/2025 directly
// under provinces); today's date is left out to keep ordinary links short.

import { addDays, todayIso } from '../format.js';

export function unitHref(code, at) {
  const base = code ? `#/directory/${encodeURIComponent(code)}` : '#/directory';
  return at && at !== todayIso() ? `${base}?at=${at}` : base;
}

/** A unit that was merged away existed up to the day before the change took effect. */
export function predecessorHref(link) {
  return unitHref(link.code, link.date ? addDays(link.date, -1) : undefined);
}

/** A successor exists from the day the change took effect. */
export function successorHref(link) {
  return unitHref(link.code, link.date || undefined);
}

