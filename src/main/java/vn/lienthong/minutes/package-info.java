/**
 * Minutes (biên bản) of a meeting: written by the host's secretariat in versions (attendance, one section per agenda
 * item, the chair's conclusions), compared and restored, then finalised by the chair, which locks them under a
 * SHA-256 anyone can verify; a later correction is an amendment that is itself locked and hashed.
 */
package vn.lienthong.minutes;
