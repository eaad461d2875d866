/**
 * Printing administrative documents as PDF: the embedded Vietnamese typeface, the header with the national motto,
 * and what every page carries (page numbers, footer, marks). Used by invitation letters, minutes and conclusion
 * notices alike.
 */
package vn.lienthong.platform.pdf;
