/**
 * Scheduling: the provincial secretariat books online meetings linking the province with its districts and
 * communes (invitation by tier, conflict and bridge-capacity checks, recurrence, approval), and every invited unit
 * answers whether it attends and who it sends. Meetings reach calendar programs as iCalendar invitations and as a
 * per-unit feed behind a revocable secret link, and on paper as numbered invitation letters (giấy mời, PDF).
 */
package vn.lienthong.scheduling;
