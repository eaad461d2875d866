// Dates and numbers as people in the chosen language expect to read them.

import { currentLanguage, t } from './i18n.js';

function locale() {
  return currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB';
}

function pad(number) {
  return String(number).padStart(2, '0');
}

function toIso(date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// A bare ISO date is a calendar day; parsing it as UTC would show the previous day west of Greenwich.
function parseDay(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return toIso(date) === iso ? date : null;
}

/** Today in the browser's time zone (not UTC: in Vietnam the UTC date lags until 7 a.m.). */
export function todayIso() {
  return toIso(new Date());
}

export function addDays(iso, days) {
  const date = parseDay(iso);
  if (!date) return iso;
  date.setDate(date.getDate() + days);
  return toIso(date);
}

export function isIsoDate(text) {
  return parseDay(text) !== null;
}

export function formatDate(iso) {
  const date = parseDay(iso);
  if (!date) return iso || '';
  const style = currentLanguage() === 'vi'
    ? { day: '2-digit', month: '2-digit', year: 'numeric' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(locale(), style).format(date);
}

/** "27/11/2026 13:39:31": date first as in Vietnamese documents, 24-hour clock in both languages. */
export function formatDateTime(isoInstant) {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return String(isoInstant);
  const day = formatDate(toIso(date));
  const time = new Intl.DateTimeFormat(locale(), {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).format(date);
  return `${day} ${time}`;
}

export function formatNumber(number) {
  return new Intl.NumberFormat(locale()).format(number ?? 0);
}

/** "01/07/2025 – nay": an open end means the unit is still in force. */
export function formatValidity(validFrom, validTo) {
  const start = validFrom ? formatDate(validFrom) : t('unit.validFromUnknown');
  const end = validTo ? formatDate(validTo) : t('unit.validToOpen');
  return `${start} – ${end}`;
}

/** Official lists are published as e.g. "danh-muc_2025-07-01.csv": the date they take effect. */
export function dateFromFileName(fileName) {
  const matches = [...String(fileName || '').matchAll(/_(\d{4}-\d{2}-\d{2})(?!\d)/g)];
  const found = matches.map((match) => match[1]).find(isIsoDate);
  return found || null;
}
