/**
 * What every feature stands on: the datasource and schema migrations, the one error language
 * (RFC 9457 problem details), localised messages and readiness.
 */
package vn.lienthong.platform;
