/**
 * Notifications: tells the units invited to a meeting that it is on (INVITED), changed, no longer for them
 * (UNINVITED) or cancelled, in their inbox in the application and, when a mail server is configured, by e-mail
 * through an outbox that survives a mail server being down. Scheduling reports what changed; this feature decides
 * whom to tell and keeps what was told.
 */
package vn.lienthong.notification;
