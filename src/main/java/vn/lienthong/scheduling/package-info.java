/**
 * Scheduling: the provincial secretariat books online meetings linking the province with its districts and
 * communes (invitation by tier, conflict and bridge-capacity checks, recurrence, approval), and every invited unit
 * answers whether it attends and who it sends.
 */
package vn.lienthong.scheduling;
