// The control-room wall of a live meeting (#/meetings/{id}/wall), for the host's office and the
// chair: every invited unit as a tile by tier with its readiness, connection and presence, the
// counters, the speaker queue and the floor, votes, start and end. It follows the meeting's socket
// (live/connection.js); each event marks what it changed and the page redraws that, and only that,
// once per animation frame (see live/wall-tiles.js).

import { api } from '../api.js';
import { h, debounce, replace } from '../dom.js';
import { download } from '../download.js';
import { t } from '../i18n.js';
import { connectLive } from '../live/connection.js';
import { wallModel } from '../live/wall-model.js';
import { countersPanel, floorPanel, phasePanel } from '../live/wall-panels.js';
import { openUnit } from '../live/wall-rollcall.js';
import { tileGrid } from '../live/wall-tiles.js';
import { votesPanel } from '../live/wall-votes.js';
import { wallStrip } from '../media/wall-strip.js';
import { managesHost, runsLive } from '../meetings/roles.js';
import { vietnamParts } from '../meetings/times.js';
import { alertArea, showError, spinner } from '../ui/feedback.js';

const FILTERS = ['all', 'problems', 'absent', 'offline'];
// Since 2025-07-01 the country has two levels of local government, and the units at level 2 are
// communes and wards, not districts. The directory's level numbers stay, so the names tell: a level 2
// with no Huyện, Quận, Thị xã or Thành phố among its units, and nothing below it, is the commune tier.
const DISTRICT_NAME = /^(huyện|quận|thị xã|thành phố)\s/i;

function tierLabeller(model) {
  const levels = model.levels();
  const communesAtTwo = !levels.includes(3) && !model.unitsOf(2).some((unit) => DISTRICT_NAME.test(unit.unitName));
  return (level) => t(`wall.tier.${communesAtTwo && level === 2 ? 3 : level}`);
}

function connectionBadge() {
  const element = h('span', { class: 'wall-connection', id: 'wall-connection', role: 'status' });
  const icons = { connecting: '…', online: '●', reconnecting: '↻', offline: '○' };
  return {
    element,
    render(status) {
      element.dataset.status = status;
      replace(element, h('span', { 'aria-hidden': 'true' }, `${icons[status] || '?'} `), t(`wall.socket.${status}`));
    },
  };
}

function exportButtons(id, alert) {
  const save = (format) => download(`meetings/${id}/attendance.${format}`, `diem-danh-${id}.${format}`).catch((e) => showError(alert, e));
  return h('div', { class: 'wall-exports' },
    h('button', { type: 'button', class: 'button button-small', id: 'wall-export-csv', onclick: () => save('csv') }, '⤓ ', t('wall.exportCsv')),
    h('button', { type: 'button', class: 'button button-small', id: 'wall-export-pdf', onclick: () => save('pdf') }, '⤓ ', t('wall.exportPdf')));
}

function legend() {
  const item = (mark, cls, text) => h('li', {}, h('span', { class: `mark ${cls}`, 'aria-hidden': 'true' }, mark), ' ', text);
  return h('details', { class: 'wall-legend' }, h('summary', {}, t('wall.legend')),
    h('ul', {},
      item('✓', 'legend-ready', t('wall.readiness.ready')), item('!', 'legend-problem', t('wall.readiness.problem')),
      item('?', '', t('wall.readiness.none')), item('●', 'legend-online', t('wall.online')), item('○', '', t('wall.offline')),
      item('T', 'legend-present', t('wall.state.PRESENT_ONLINE')), item('P', 'legend-present', t('wall.state.PRESENT_ROOM')),
      item('D', 'legend-present', t('wall.state.REPRESENTED')), item('V', 'legend-absent', t('wall.state.ABSENT')),
      item('–', '', t('wall.presence.none')), item('↑', '', t('wall.handRaised')), item('▶', '', t('wall.hasFloor'))));
}

/** Whether the person may start, end, give the floor and hold votes: those the server lets run this meeting. */
async function mayRun(id) {
  try {
    const meeting = await api.get(`meetings/${id}`);
    return runsLive(meeting, await managesHost(meeting.hostUnit, vietnamParts(meeting.start).day));
  } catch {
    return false; // the wall still follows the meeting; the socket says why it may not
  }
}

export function mount(container, { params }) {
  const id = Number(params[0]);
  let runs = false;
  let live = null;
  const alert = alertArea();
  const socketBadge = connectionBadge();
  const body = h('div', { class: 'wall-body' }, spinner());
  const heading = h('h1', { class: 'page-title wall-title', tabindex: '-1' }, t('wall.title'));
  const root = h('div', { class: 'wall', id: 'wall' },
    h('div', { class: 'wall-header' },
      h('div', { class: 'wall-heading' },
        h('p', { class: 'breadcrumbs-inline' }, h('a', { href: `#/meetings/${id}` }, `‹ ${t('wall.backToMeeting')}`)),
        heading),
      socketBadge.element),
    alert, body);
  replace(container, root);
  container.classList.add('main-wide');

  // the points' pictures, for those who run the meeting; kept across snapshots so the video goes on
  let video = null;
  let parts = null; // the drawn wall, made at the first snapshot
  let frame = 0;
  const dirty = new Set(); // panels to redraw in the next frame

  function build(state) {
    parts?.phase.stop(); // a new snapshot (after a long break) draws the wall anew
    const model = wallModel(state);
    const tierLabel = tierLabeller(model);
    const phase = phasePanel(id, alert, { runs });
    const counters = countersPanel(tierLabel);
    const floor = floorPanel(id, alert, { runs, nameOf: model.nameOf });
    const votes = votesPanel(id, alert, { runs });
    const tiles = tileGrid(model, { tierLabel, onOpen: (code) => openUnit(id, model, code, { runs }) });
    const search = h('input', { type: 'search', id: 'wall-search', placeholder: t('wall.searchPlaceholder'), 'aria-label': t('wall.search') });
    search.addEventListener('input', debounce(() => tiles.search(search.value), 150));
    const filters = h('div', { class: 'wall-filters', role: 'radiogroup', 'aria-label': t('wall.filter') },
      FILTERS.map((kind) => h('button', {
        type: 'button', class: 'button button-small filter', 'data-filter': kind, role: 'radio', 'aria-checked': String(kind === 'all'),
        onclick: () => {
          tiles.filter(kind);
          for (const button of filters.children) button.setAttribute('aria-checked', String(button.dataset.filter === kind));
        },
      }, t(`wall.filter.${kind}`))));
    tiles.filter('all');
    heading.textContent = `${t('wall.title')}: ${state.title}`;
    replace(body,
      h('div', { class: 'wall-bar' }, phase.element, runs && exportButtons(id, alert)),
      counters.element,
      video?.element,
      h('div', { class: 'wall-layout' },
        h('div', { class: 'wall-main' }, h('div', { class: 'wall-tools' }, filters, search, legend()), tiles.element),
        h('aside', { class: 'wall-side' }, floor.element, votes.element)));
    parts = { model, phase, counters, floor, votes, tiles };
    for (const panel of ['phase', 'counters', 'floor', 'votes']) dirty.add(panel);
    draw();
    root.dataset.rendered = String(tiles.size());
  }

  // Everything the events of one frame changed, drawn at once.
  function draw() {
    frame = 0;
    if (!parts) return;
    const state = parts.model.data;
    if (parts.tiles.flush()) dirty.add('counters');
    if (dirty.has('phase')) parts.phase.render(state.lifecycle);
    if (dirty.has('counters')) parts.counters.render(parts.model.counts());
    if (dirty.has('floor')) parts.floor.render(state);
    if (dirty.has('votes')) parts.votes.render(state);
    dirty.clear();
    root.dataset.seq = String(live.seq);
  }

  const PANELS = { phase: ['phase', 'floor', 'votes'], attendance: ['counters'], hands: ['floor'], floor: ['floor'], vote: ['votes'] };

  // the buttons are decided before the first drawing, so the wall is drawn once
  function follow() {
    video = runs ? wallStrip({ meetingId: id }) : null;
    live = connectLive(id, { heartbeat: false });
    live.on('status', (status) => socketBadge.render(status));
    socketBadge.render(live.status);
    live.on('state', (state, message) => {
      video?.update(state);
      if (message.type === 'snapshot') {
        build(state);
        return;
      }
      const changed = parts.model.apply(state, message);
      parts.tiles.changed(changed);
      for (const panel of PANELS[message.type] || []) dirty.add(panel);
      if (!frame) frame = requestAnimationFrame(draw);
    });
    // a refused socket (no such meeting, no right to see it) or a message the server could not take
    live.on('problem', (problem) => {
      if (!parts) replace(body);
      replace(alert, h('div', { class: 'alert alert-error', role: 'alert', id: 'wall-problem' },
        h('p', {}, problem.detail || problem.title || t('error.unexpected'))));
    });
  }

  let gone = false;
  mayRun(id).then((allowed) => {
    runs = allowed;
    if (!gone) follow();
  });

  return {
    unmount() {
      gone = true;
      live?.close();
      video?.stop();
      if (frame) cancelAnimationFrame(frame);
      parts?.phase.stop();
      container.classList.remove('main-wide');
    },
  };
}
