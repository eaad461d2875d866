/**
 * The rules of scheduling that need no container and no database: whom an invitation by tier reaches on the
 * meeting date, which dates a recurring meeting falls on, what a booking collides with (meeting points, chairs,
 * the bridge's ports) and which meeting times a booking accepts. The boundary loads the data, calls these and
 * turns what they report into problem responses.
 */
package vn.lienthong.scheduling.control;
