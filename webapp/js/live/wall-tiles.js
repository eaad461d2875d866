// The wall's tiles: one per invited unit, grouped by tier, made once. An event only marks the
// tiles of the units it names; the page redraws the marked ones together once per animation frame
// (flush), so a burst of changes costs one layout per frame, not one per change. Filters and the
// search only toggle classes; the stylesheet hides what does not match.

import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { folded } from './wall-model.js';

const READINESS = { READY: ['ready', '✓'], PROBLEM: ['problem', '!'] };
const PRESENCE = {
  PRESENT_ONLINE: ['online', 'T'], PRESENT_ROOM: ['room', 'P'], REPRESENTED: ['represented', 'D'], ABSENT: ['absent', 'V'],
};

/**
 * The tile grid of `model` (see wall-model.js). `onOpen(unitCode)` runs when a tile is chosen.
 * Returns { element, changed(unitCodes), flush() -> whether anything was redrawn, filter(kind), search(text) }.
 */
export function tileGrid(model, { onOpen, tierLabel }) {
  const tiles = new Map(); // unit code -> { element, name, marks: [readiness, connection, presence] }
  const dirty = new Set();

  const element = h('div', { class: 'wall-tiers', id: 'wall-tiles' });
  element.addEventListener('click', (event) => {
    const tile = event.target.closest('.tile');
    if (tile) onOpen(tile.dataset.unit);
  });

  for (const level of model.levels()) {
    const units = model.unitsOf(level);
    // "Phường 1" is in many towns: such names carry their code on the tile
    const seen = new Map();
    for (const unit of units) seen.set(unit.unitName, (seen.get(unit.unitName) || 0) + 1);
    const grid = h('div', { class: 'tile-grid' });
    const fragment = document.createDocumentFragment();
    for (const unit of units) {
      const marks = [h('span', { class: 'mark mark-readiness' }), h('span', { class: 'mark mark-connection' }), h('span', { class: 'mark mark-presence' })];
      const tile = h('button', { type: 'button', class: 'tile', 'data-unit': unit.unit },
        h('span', { class: 'tile-name' }, unit.unitName, seen.get(unit.unitName) > 1 && h('span', { class: 'tile-code' }, ` ${unit.unit}`)),
        h('span', { class: 'tile-marks', 'aria-hidden': 'true' }, marks));
      tiles.set(unit.unit, { element: tile, marks, search: folded(`${unit.unitName} ${unit.unit}`) });
      draw(unit.unit);
      fragment.append(tile);
    }
    grid.append(fragment);
    element.append(h('section', { class: 'tier', 'data-level': level },
      h('h2', { class: 'tier-title' }, tierLabel(level), ' ', h('span', { class: 'muted' }, `(${formatNumber(units.length)})`)),
      grid));
  }

  function draw(code) {
    const tile = tiles.get(code);
    if (!tile) return;
    const { point, line, hand, floor } = model.tileState(code);
    const [readiness, letter] = READINESS[point?.readiness] || ['none', '?'];
    const online = point?.connection === 'ONLINE';
    const [presence, presenceLetter] = PRESENCE[line?.state] || ['none', '–'];
    tile.element.className = `tile r-${readiness} c-${online ? 'online' : 'offline'} a-${presence}${hand ? ' hand' : ''}${floor ? ' floor' : ''}${tile.element.classList.contains('miss') ? ' miss' : ''}`;
    tile.marks[0].textContent = letter;
    tile.marks[1].textContent = online ? '●' : '○';
    tile.marks[2].textContent = presenceLetter;
    const lines = [
      `${line?.unitName || point?.unitName || code} (${code})`,
      `${t('wall.readiness')}: ${t(`wall.readiness.${readiness}`)}${point?.note ? ` – ${point.note}` : ''}`,
      `${t('wall.connection')}: ${t(online ? 'wall.online' : 'wall.offline')}${point?.lastSeen ? ` · ${t('wall.lastSeen', { time: dayAndTime(point.lastSeen) })}` : ''}`,
      `${t('wall.presence')}: ${t(`wall.presence.${presence}`)}${line?.reason ? ` – ${line.reason}` : ''}${line?.representedBy ? ` – ${line.representedBy}` : ''}`,
      hand && t('wall.handRaised'),
      floor && t('wall.hasFloor'),
    ];
    tile.element.title = lines.filter(Boolean).join('\n');
    tile.element.setAttribute('aria-label', lines.filter(Boolean).join('. '));
  }

  return {
    element,
    /** Marks the tiles of these units for the next flush. */
    changed(codes) {
      for (const code of codes) if (code) dirty.add(code);
    },
    /** Redraws the marked tiles; false when none was marked. */
    flush() {
      if (dirty.size === 0) return false;
      for (const code of dirty) draw(code);
      dirty.clear();
      return true;
    },
    /** all | problems | absent | offline: a class on the grid, matched by the stylesheet. */
    filter(kind) {
      element.dataset.filter = kind;
    },
    /** Hides the tiles whose unit name or code does not contain `text` (accents and case ignored). */
    search(text) {
      const wanted = folded(text.trim());
      element.classList.toggle('searching', wanted !== '');
      for (const tile of tiles.values()) tile.element.classList.toggle('miss', wanted !== '' && !tile.search.includes(wanted));
    },
    size: () => tiles.size,
  };
}
