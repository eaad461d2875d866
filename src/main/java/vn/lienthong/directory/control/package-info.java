/**
 * The rules of the administrative-unit directory that need no container: reading the official unit lists and
 * succession tables (CSV), folding names for search, and planning how a unit list dated on one day changes the
 * dated history of units, so that old meetings keep the names and codes that were valid on their date.
 */
package vn.lienthong.directory.control;
