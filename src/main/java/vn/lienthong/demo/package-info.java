/**
 * The demonstration data set loaded on first start when no database is configured: Tỉnh Sóc Trăng as of
 * 2021 (1 province, 11 districts, 109 communes), one meeting point per unit and the demo accounts.
 */
package vn.lienthong.demo;
