/**
 * Who calls: accounts that belong to one administrative unit and hold roles, sign-in with bearer tokens,
 * and the checks every endpoint makes against role and unit.
 */
package vn.lienthong.identity;
