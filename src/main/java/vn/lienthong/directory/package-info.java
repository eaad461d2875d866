/**
 * The administrative directory: provinces, districts and communes with their history (a unit's name and
 * parent on any date, and which units succeeded which), import of the official GSO lists, and the
 * meeting points (điểm cầu) each unit connects from.
 */
package vn.lienthong.directory;
