/**
 * Liên Thông: online meetings linking the provincial People's Committee with every district and commune.
 * One package per feature ({@code directory}, {@code identity}, {@code audit}, ...), each with
 * {@code boundary} (the public face and the transaction), {@code control} and {@code entity} inside.
 */
package vn.lienthong;
