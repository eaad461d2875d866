/**
 * Scheduling: the provincial secretariat books online meetings linking the province with its districts and
 * communes (invitation by tier, conflict and bridge-capacity checks, recurrence, approval), and every invited unit
 * answers whether it attends and who it sends, once the meeting is approved. A meeting carries its documents
 * (reports, slides). Approvals, changes and cancellations are told to the invited units by the notification
 * feature. Meetings reach calendar programs as iCalendar invitations and as a per-unit feed behind a revocable
 * secret link, and paper as numbered invitation letters (giấy mời, PDF).
 */
package vn.lienthong.scheduling;
