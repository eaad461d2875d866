// What the signed-in person may do with meetings, as far as the interface needs to know to
// offer it. The server decides in the end; these only avoid offering what it would refuse.

import { currentUser, hasRole } from '../session.js';

/** Booking offices: a secretariat or an administrator. */
export function canBook() {
  return hasRole('SECRETARIAT', 'ADMIN');
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
