// Meeting times are Vietnam's wall clock (UTC+7 all year, no daylight saving), whatever the
// browser's own time zone: a clerk abroad still books 08:00 in Sóc Trăng. The server sends
// times with their offset; these helpers read and write them as Vietnamese days and hours.

import { currentLanguage } from '../i18n.js';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

function pad(number) {
  return String(number).padStart(2, '0');
}

/** { day: 'YYYY-MM-DD', time: 'HH:MM', minutes } of an ISO instant, in Vietnam. */
export function vietnamParts(isoInstant) {
  const shifted = new Date(Date.parse(isoInstant) + VIETNAM_OFFSET_MS).toISOString();
  const day = shifted.slice(0, 10);
  const time = shifted.slice(11, 16);
  return { day, time, minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) };
}

/** Today's date in Vietnam. */
export function vietnamToday() {
  return vietnamParts(new Date().toISOString()).day;
}

/** The instant a Vietnamese day and time stand for, as the API expects it ("2031-01-06T08:00:00+07:00"). */
export function vietnamInstant(day, time) {
  return `${day}T${time.length === 5 ? `${time}:00` : time}+07:00`;
}

function utcDate(iso) {
  return new Date(`${iso}T00:00:00Z`);
}

function isoOf(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function plusDays(iso, days) {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/** The Monday of the week holding `iso` (Vietnamese weeks start on Monday). */
export function mondayOf(iso) {
  const weekday = (utcDate(iso).getUTCDay() + 6) % 7;
  return plusDays(iso, -weekday);
}

export function firstOfMonth(iso) {
  return `${iso.slice(0, 7)}-01`;
}

export function plusMonths(iso, months) {
  const date = utcDate(firstOfMonth(iso));
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoOf(date);
}

export function lastOfMonth(iso) {
  return plusDays(plusMonths(iso, 1), -1);
}

function locale() {
  return currentLanguage() === 'vi' ? 'vi-VN' : 'en-GB';
}

function format(iso, options) {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', ...options }).format(utcDate(iso));
}

/** "Thứ Hai, 06/01/2031". */
export function longDay(iso) {
  return format(iso, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "T2 06/01" for column headings. */
export function shortDay(iso) {
  return format(iso, { weekday: 'short', day: '2-digit', month: '2-digit' });
}

/** "06/01/2031". */
export function numericDay(iso) {
  return format(iso, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

/** "tháng 1 năm 2031". */
export function monthName(iso) {
  return format(iso, { month: 'long', year: 'numeric' });
}

export function weekdayNames() {
  const monday = '2024-01-01';
  return Array.from({ length: 7 }, (_, index) => format(plusDays(monday, index), { weekday: 'short' }));
}

/** "08:00–10:00 ngày 06/01/2031" style pieces for a meeting. */
export function timeRange(start, end) {
  return `${vietnamParts(start).time}–${vietnamParts(end).time}`;
}

/** "06/01/2031 08:00" of an instant, in Vietnam. */
export function dayAndTime(isoInstant) {
  if (!isoInstant) return '';
  const { day, time } = vietnamParts(isoInstant);
  return `${numericDay(day)} ${time}`;
}
