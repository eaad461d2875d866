// The three ways the calendar draws a range of meetings: a week of hour columns, a month
// grid, and (on phones) an agenda list with a heading per day.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { statusLabel } from './labels.js';
import { longDay, plusDays, shortDay, timeRange, vietnamParts, weekdayNames } from './times.js';

const HOUR_PX = 48;

function byStart(a, b) {
  return Date.parse(a.start) - Date.parse(b.start);
}

/** Meetings grouped by their Vietnamese start day. */
export function byDay(meetings) {
  const days = new Map();
  for (const meeting of [...meetings].sort(byStart)) {
    const { day } = vietnamParts(meeting.start);
    if (!days.has(day)) days.set(day, []);
    days.get(day).push(meeting);
  }
  return days;
}

function meetingLink(meeting, className, extra = []) {
  return h('a', {
    class: `${className} status-${meeting.status.toLowerCase()}`,
    href: `#/meetings/${meeting.id}`,
    'data-meeting': meeting.id,
    'data-status': meeting.status,
    title: `${timeRange(meeting.start, meeting.end)} ${meeting.title} (${statusLabel(meeting.status)})`,
  }, extra);
}

/** Side-by-side lanes for meetings of one day that overlap in time. */
function lanes(meetings) {
  const laneEnds = [];
  const placed = meetings.map((meeting) => {
    const start = Date.parse(meeting.start);
    let lane = laneEnds.findIndex((end) => end <= start);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(0); }
    laneEnds[lane] = Date.parse(meeting.end);
    return { meeting, lane };
  });
  return { placed, count: Math.max(1, laneEnds.length) };
}

export function weekView(monday, meetings, today) {
  const days = Array.from({ length: 7 }, (_, index) => plusDays(monday, index));
  const grouped = byDay(meetings);
  let first = 7;
  let last = 19;
  for (const meeting of meetings) {
    first = Math.min(first, Math.floor(vietnamParts(meeting.start).minutes / 60));
    const end = vietnamParts(meeting.end);
    last = Math.max(last, end.day === vietnamParts(meeting.start).day ? Math.ceil(end.minutes / 60) : 24);
  }
  const hours = Array.from({ length: last - first }, (_, index) => first + index);
  const height = hours.length * HOUR_PX;

  const column = (day) => {
    const { placed, count } = lanes(grouped.get(day) || []);
    return h('div', { class: `week-day${day === today ? ' today' : ''}`, 'data-day': day, style: `height:${height}px` },
      placed.map(({ meeting, lane }) => {
        const start = vietnamParts(meeting.start);
        const end = vietnamParts(meeting.end);
        const endMinutes = end.day === start.day ? end.minutes : 24 * 60;
        const top = ((start.minutes - first * 60) / 60) * HOUR_PX;
        const blockHeight = Math.max(22, ((endMinutes - start.minutes) / 60) * HOUR_PX - 2);
        const block = meetingLink(meeting, 'meeting-block', [
          h('span', { class: 'block-time' }, timeRange(meeting.start, meeting.end)),
          h('span', { class: 'block-title' }, meeting.title),
          h('span', { class: 'block-status' }, statusLabel(meeting.status)),
        ]);
        block.style.cssText = `top:${top}px;height:${blockHeight}px;left:calc(${(100 / count) * lane}% + 2px);width:calc(${100 / count}% - 4px)`;
        return block;
      }));
  };

  const view = h('div', { class: 'week-view', id: 'calendar-week', role: 'region', tabindex: '0', 'aria-label': t('calendar.weekView') },
    h('div', { class: 'week-head' },
      h('div', { class: 'week-corner' }),
      days.map((day) => h('div', { class: `week-day-head${day === today ? ' today' : ''}` }, shortDay(day)))),
    h('div', { class: 'week-body' },
      h('div', { class: 'week-hours' }, hours.map((hour) => h('div', { class: 'week-hour', style: `height:${HOUR_PX}px` }, `${String(hour).padStart(2, '0')}:00`))),
      days.map(column)));
  // open at the week's first meeting rather than at the top of the day
  const earliest = Math.min(...meetings.map((meeting) => vietnamParts(meeting.start).minutes));
  if (Number.isFinite(earliest)) requestAnimationFrame(() => { view.scrollTop = Math.max(0, ((earliest - first * 60) / 60 - 0.5) * HOUR_PX); });
  return view;
}

export function monthView(firstDay, lastDay, meetings, today) {
  const grouped = byDay(meetings);
  const start = plusDays(firstDay, -((new Date(`${firstDay}T00:00:00Z`).getUTCDay() + 6) % 7));
  const cells = [];
  for (let day = start; day <= lastDay || cells.length % 7 !== 0; day = plusDays(day, 1)) cells.push(day);
  const month = firstDay.slice(0, 7);
  return h('div', { class: 'month-view', id: 'calendar-month', role: 'region', 'aria-label': t('calendar.monthView') },
    weekdayNames().map((name) => h('div', { class: 'month-weekday' }, name)),
    cells.map((day) => {
      const items = grouped.get(day) || [];
      return h('div', { class: `month-cell${day.slice(0, 7) === month ? '' : ' other-month'}${day === today ? ' today' : ''}`, 'data-day': day },
        h('div', { class: 'month-date' }, String(Number(day.slice(8)))),
        items.slice(0, 4).map((meeting) => meetingLink(meeting, 'month-item', [
          h('span', { class: 'block-time' }, vietnamParts(meeting.start).time), ' ', meeting.title,
        ])),
        items.length > 4 && h('div', { class: 'month-more' }, t('calendar.more', { n: items.length - 4 })));
    }));
}

export function agendaView(meetings) {
  const grouped = byDay(meetings);
  if (grouped.size === 0) return h('p', { class: 'empty', id: 'calendar-agenda' }, t('calendar.none'));
  return h('div', { class: 'agenda-view', id: 'calendar-agenda' },
    [...grouped].map(([day, items]) => h('section', { class: 'agenda-day', 'data-day': day },
      h('h2', { class: 'agenda-day-title' }, longDay(day)),
      h('ul', { class: 'agenda-list' }, items.map((meeting) => h('li', {},
        meetingLink(meeting, 'agenda-item', [
          h('span', { class: 'block-time' }, timeRange(meeting.start, meeting.end)),
          h('span', { class: 'agenda-title' }, meeting.title),
          h('span', { class: 'block-status' }, statusLabel(meeting.status)),
        ])))))));
}
