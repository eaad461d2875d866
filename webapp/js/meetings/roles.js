// What the signed-in person may do with meetings, as far as the interface needs to know to
// offer it. The server decides in the end; these only avoid offering what it would refuse.

import { api } from '../api.js';
import { currentUser, hasRole } from '../session.js';

/** Booking offices: a secretariat or an administrator. */
export function canBook() {
  return hasRole('SECRETARIAT', 'ADMIN');
}

/**
 * Whether the person's office may change, cancel or add documents to a meeting hosted by `hostUnit` on `day`:
 * an office of that unit or of one above it. Where the directory cannot tell, the server decides.
 */
export async function managesHost(hostUnit, day) {
  if (!canBook()) return false;
  const own = currentUser()?.unitCode;
  if (own === hostUnit) return true;
  try {
    const unit = await api.get(`units/${hostUnit}`, { at: day });
    return (unit.path || []).some((link) => link.code === own);
  } catch {
    return true;
  }
}

/** The province's office approves; its unit code has two digits (Sóc Trăng: 94). */
export function isProvincialOffice() {
  return canBook() && /^\d{2}$/.test(currentUser()?.unitCode || '');
}

/** Whoever answers a unit's invitations: its clerk, or an office. */
export function answersInvitations() {
  return hasRole('CLERK', 'SECRETARIAT', 'ADMIN') && Boolean(currentUser()?.unitCode);
}

/** Everyone with a unit reads the invitations of that unit. */
export function hasUnit() {
  return Boolean(currentUser()?.unitCode);
}

/**
 * Whether the person runs the meeting when it is live (its control-room wall): the host's office
 * or one above it (`manages`), the meeting's chair, or a chair of the host unit; only for a
 * meeting that is going ahead.
 */
export function runsLive(meeting, manages) {
  if (!['SUBMITTED', 'APPROVED'].includes(meeting.status)) return false;
  const me = currentUser();
  return manages || (hasRole('CHAIR') && (meeting.chair?.username === me?.username || me?.unitCode === meeting.hostUnit));
}
