// One meeting: what it is, its agenda, who is invited and how each unit answered, where the
// answers stand per tier (for the office and the chair), the steps its state allows,
// downloads (calendar file, letter of invitation) and its documents.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { download } from '../download.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { actionButtons, availableActions, runAction } from '../meetings/actions.js';
import { documentsSection } from '../meetings/documents.js';
import { conflictList, kindLabel, levelLabel, rsvpBadge, statusBadge } from '../meetings/labels.js';
import { pointNames } from '../meetings/point-names.js';
import { managesHost, runsLive } from '../meetings/roles.js';
import { dayAndTime, longDay, timeRange, vietnamParts } from '../meetings/times.js';
import { alertArea, loadInto, showError, showSuccess } from '../ui/feedback.js';
import { dataTable } from '../ui/table.js';

function fact(label, value, id) {
  return h('div', {}, h('dt', {}, label), h('dd', { id }, value));
}

function chairText(chair) {
  return [chair.name, chair.position].filter(Boolean).join(', ') + (chair.username ? ` (${chair.username})` : '');
}

function agendaTable(agenda) {
  return dataTable({
    caption: t('meeting.agenda'),
    emptyText: t('meeting.noAgenda'),
    rows: agenda.map((item, index) => ({ ...item, index: index + 1 })),
    columns: [
      { label: '#', className: 'narrow', cell: (item) => item.index },
      { label: t('form.agendaTitle'), cell: (item) => item.title },
      { label: t('form.agendaPresenter'), cell: (item) => item.presenter || '' },
      { label: t('form.agendaMinutes'), className: 'numeric', cell: (item) => (item.minutes ? formatNumber(item.minutes) : '') },
    ],
  });
}

function delegatesText(invitation) {
  if (invitation.rsvp === 'DECLINED') return invitation.reason || '';
  return h('ul', { class: 'delegate-list' }, invitation.delegates.map((d) => h('li', { class: 'delegate' }, d.name, d.position && h('span', { class: 'muted' }, ` – ${d.position}`))));
}

/** The invited units, one block per tier, each unit with its answer and whom it sends. */
function invitationsSection(meeting) {
  const tiers = new Map();
  for (const invitation of meeting.invitations) {
    if (!tiers.has(invitation.level)) tiers.set(invitation.level, []);
    tiers.get(invitation.level).push(invitation);
  }
  return h('section', { class: 'panel', id: 'invitations', 'aria-labelledby': 'invitations-title' },
    h('h2', { class: 'panel-title', id: 'invitations-title' }, t('meeting.invitedUnits', { n: formatNumber(meeting.invited) })),
    [...tiers].sort(([a], [b]) => a - b).map(([level, invitations]) => {
      // the host holds the meeting and does not answer its own invitation
      const guests = invitations.filter((i) => i.unit !== meeting.hostUnit);
      const answered = guests.filter((i) => i.rsvp !== 'PENDING').length;
      return h('details', { class: 'tier-block', 'data-level': level, open: invitations.length <= 30 || answered > 0 },
        h('summary', {}, `${levelLabel(level)}: ${formatNumber(invitations.length)}`,
          guests.length > 0 && h('span', { class: 'muted' }, ` · ${t('meeting.answeredOf', { answered: formatNumber(answered), total: formatNumber(guests.length) })}`)),
        dataTable({
          caption: levelLabel(level),
          emptyText: '',
          rows: [...invitations].sort((a, b) => (a.rsvp === 'PENDING') - (b.rsvp === 'PENDING') || a.unitName.localeCompare(b.unitName, 'vi')),
          rowAttributes: (invitation) => ({ 'data-unit': invitation.unit, 'data-rsvp': invitation.rsvp }),
          columns: [
            { label: t('meeting.unit'), cell: (i) => [i.unitName, h('span', { class: 'muted' }, ` (${i.unit})`), i.unit === meeting.hostUnit && h('span', { class: 'badge' }, t('meeting.host'))] },
            { label: t('meeting.answer'), cell: (i) => (i.unit === meeting.hostUnit ? '' : rsvpBadge(i.rsvp)) },
            { label: t('meeting.delegatesOrReason'), cell: delegatesText },
            { label: t('meeting.answeredAt'), cell: (i) => (i.answeredAt ? [dayAndTime(i.answeredAt), h('div', { class: 'muted' }, i.answeredBy)] : '') },
          ],
        }));
    }));
}

function summarySection(meeting) {
  const body = h('div', {});
  const section = h('section', { class: 'panel', id: 'rsvp-summary', 'aria-labelledby': 'rsvp-summary-title' },
    h('h2', { class: 'panel-title', id: 'rsvp-summary-title' }, t('summary.title')), body);
  loadInto(body, () => api.get(`meetings/${meeting.id}/rsvp-summary`).catch((error) => {
    if (error.forbidden) { section.remove(); return null; }
    throw error;
  }), (summary) => summary && [
    h('p', { class: 'muted' }, summary.open ? t('summary.open', { deadline: dayAndTime(summary.deadline) }) : t('summary.closed')),
    h('ul', { class: 'summary-tiers' }, summary.tiers.map((tier) => h('li', { class: 'summary-tier', 'data-level': tier.level },
      h('strong', { class: 'summary-count' }, t(`summary.tier.${tier.level}`, { answered: formatNumber(tier.answered), invited: formatNumber(tier.invited) })),
      h('span', { class: 'muted' }, ` · ${t('summary.split', { attending: formatNumber(tier.attending), declined: formatNumber(tier.declined) })}`)))),
    summary.notAnswered.length > 0 && h('details', { class: 'not-answered', id: 'not-answered' },
      h('summary', {}, t('summary.notAnswered', { n: formatNumber(summary.notAnswered.length) })),
      h('ul', { class: 'unit-columns' }, summary.notAnswered.map((unit) => h('li', { 'data-unit': unit.code }, unit.name)))),
  ]);
  return section;
}

export function mount(container, { params, query }) {
  const id = Number(params[0]);
  const alert = alertArea();
  alert.id = 'meeting-alert';
  const body = h('div', {});
  const names = pointNames();

  function render({ meeting, manages }) {
    const start = vietnamParts(meeting.start);
    const actions = availableActions(meeting.status, manages);
    const onAction = async (action) => {
      try {
        const changed = await runAction(action, meeting.id);
        if (!changed) return;
        showSuccess(alert, t(`action.${action}Done`, { status: t(`meeting.status.${changed.status}`) }));
        show();
      } catch (error) {
        showError(alert, error);
        if (error.problem?.conflicts) alert.querySelector('.alert').append(conflictList(error.problem.conflicts, names.name));
      }
    };
    const hostPoint = h('span', {}, `#${meeting.hostPoint}`);
    names.load([meeting.hostUnit]).then(() => { hostPoint.textContent = names.name(meeting.hostPoint) || `#${meeting.hostPoint}`; });
    return [
      h('div', { class: 'page-header' },
        h('div', {},
          h('p', { class: 'breadcrumbs-inline' }, h('a', { href: `#/meetings?date=${start.day}` }, `‹ ${t('calendar.title')}`)),
          h('h1', { class: 'page-title', tabindex: '-1', id: 'meeting-title-heading' }, meeting.title),
          h('p', { class: 'page-lead' }, statusBadge(meeting.status), ' ', `${longDay(start.day)}, ${timeRange(meeting.start, meeting.end)}`,
            meeting.confidential && h('span', { class: 'badge badge-confidential' }, t('meeting.confidential')))),
        h('div', { class: 'header-actions', id: 'meeting-actions' },
          meeting.status === 'APPROVED' && h('a', { class: 'button button-primary', id: 'join-link', href: `#/meetings/${meeting.id}/join` }, t('join.link')),
          actionButtons(meeting, actions, onAction))),
      query.saved && meeting.status === 'DRAFT' && h('div', { class: 'alert alert-info', id: 'saved-notice' },
        h('p', {}, t('meeting.savedDraft'))),
      meeting.statusReason && h('div', { class: 'alert alert-info' }, h('p', {}, t('meeting.reasonShown', { reason: meeting.statusReason }))),
      h('div', { class: 'panel' },
        h('dl', { class: 'facts' },
          fact(t('form.kind'), kindLabel(meeting.kind)),
          fact(t('meeting.time'), `${longDay(start.day)}, ${timeRange(meeting.start, meeting.end)}`, 'meeting-time'),
          fact(t('form.hostUnit'), meeting.hostUnitName, 'meeting-host-name'),
          fact(t('form.hostPoint'), hostPoint),
          fact(t('form.chair'), chairText(meeting.chair), 'meeting-chair'),
          fact(t('meeting.deadline'), dayAndTime(meeting.answerDeadline)),
          fact(t('meeting.createdBy'), `${meeting.createdBy} · ${formatDateTime(meeting.createdAt)}`)),
        meeting.series && h('div', { class: 'detail-section' },
          h('h3', {}, t('meeting.series', { n: meeting.series.length })),
          h('ul', { class: 'series-list' }, meeting.series.map((other) => h('li', {},
            other.id === meeting.id ? h('strong', {}, dayAndTime(other.start)) : h('a', { href: `#/meetings/${other.id}` }, dayAndTime(other.start)),
            ' ', statusBadge(other.status))))),
        h('div', { class: 'detail-section downloads' },
          h('button', { type: 'button', class: 'button', id: 'download-ics', onclick: () => download(`meetings/${meeting.id}/invite.ics`, `cuoc-hop-${meeting.id}.ics`).catch((e) => showError(alert, e)) }, t('meeting.downloadIcs')),
          h('a', { class: 'button', id: 'minutes-link', href: `#/meetings/${meeting.id}/minutes` }, t('minutes.link')),
          runsLive(meeting, manages) && h('a', { class: 'button button-primary', id: 'wall-link', href: `#/meetings/${meeting.id}/wall` }, t('wall.link')),
          h('button', { type: 'button', class: 'button', id: 'download-letter', onclick: () => download(`meetings/${meeting.id}/letter.pdf`, `giay-moi-${meeting.id}.pdf`).catch((e) => showError(alert, e)) }, t('meeting.downloadLetter')))),
      h('section', { class: 'panel', id: 'agenda' }, h('h2', { class: 'panel-title' }, t('meeting.agenda')), agendaTable(meeting.agenda)),
      summarySection(meeting),
      invitationsSection(meeting),
      documentsSection(meeting, { editable: manages && ['DRAFT', 'SUBMITTED', 'APPROVED'].includes(meeting.status) }),
    ];
  }

  function show() {
    return loadInto(body, async () => {
      const meeting = await api.get(`meetings/${id}`);
      return { meeting, manages: await managesHost(meeting.hostUnit, vietnamParts(meeting.start).day) };
    }, render);
  }

  replace(container, alert, body);
  show();
  return {};
}
