/**
 * The archive (lưu trữ): one search box over every meeting a caller may see (titles, agenda, minutes, conclusions,
 * tasks, attachment text), ignoring case and Vietnamese diacritics, with filters, facets and highlighted snippets.
 * The index is embedded Lucene, derived from MariaDB: each instance keeps its own up to date from the
 * {@code archive_change} rows written in the same transactions as the changes, and can rebuild it at any time.
 */
package vn.lienthong.archive;
