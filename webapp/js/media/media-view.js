// What the video panels draw: the line that says how the video is doing (with a spinner while it
// connects and the reason in words when it cannot work), and the tiles of the feeds a page shows,
// each a <video> named by its unit. The tiles are kept across redraws so that playback goes on.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { floor, unitName } from '../live/live-state.js';

const SYMBOLS = { idle: '○', connecting: '…', connected: '●', reconnecting: '↻', failed: '✗', unavailable: '○' };

/** The status line: update(media) redraws it. */
export function statusLine(id) {
  const element = h('div', { class: 'media-status', id, role: 'status', 'data-status': 'idle' });
  return {
    element,
    update(media) {
      element.dataset.status = media.status;
      const busy = media.status === 'connecting' || media.status === 'reconnecting';
      const problem = media.problem?.key ? t(media.problem.key) : media.problem?.message;
      replace(element,
        h('span', { class: `media-status-symbol${busy ? ' spinning' : ''}`, 'aria-hidden': 'true' }, SYMBOLS[media.status] || '?'),
        h('span', { class: 'media-status-text' }, t(`media.status.${media.status}`)),
        problem && media.status !== 'connected' && h('span', { class: 'media-status-problem', id: `${id}-problem` }, problem));
    },
  };
}

/**
 * The tiles of `feeds` ([{id, unit}]) in `grid`; `label(feed)` adds a word under the unit's name
 * (chair, floor). Tiles of feeds no longer shown go; a feed still shown keeps its <video>.
 */
function drawTiles(grid, feeds, { media, state, label = () => null, empty }) {
  const keep = new Map([...grid.querySelectorAll('.media-tile')].map((tile) => [tile.dataset.feed, tile]));
  const tiles = feeds.map((feed) => {
    const tile = keep.get(String(feed.id)) || newTile(feed);
    const video = tile.querySelector('video');
    const stream = media.streamOf(feed.id);
    if (stream && video.srcObject !== stream) {
      video.srcObject = stream;
      video.play?.().catch(() => {});
    }
    replace(tile.querySelector('figcaption'), h('strong', {}, unitName(state, feed.unit)), label(feed) && h('span', { class: 'media-tile-role' }, ` · ${label(feed)}`));
    return tile;
  });
  replace(grid, tiles.length ? tiles : h('p', { class: 'muted media-empty' }, empty));
}

function newTile(feed) {
  return h('figure', { class: 'media-tile', 'data-feed': feed.id, 'data-feed-unit': feed.unit },
    h('video', { autoplay: true, playsinline: true }), h('figcaption', {}));
}

/** What a feed's unit is doing in the meeting: speaking (has the floor), or the chair's point. */
function roleLabel(state) {
  const speaker = floor(state)?.unit;
  return (feed) => (feed.unit === speaker ? t('media.role.floor') : feed.unit === state?.hostUnit ? t('media.role.chair') : null);
}

/** Draws the feeds `media` shows into `grid`: nothing before joining, a word when nobody sends. */
export function drawShown(grid, media, state) {
  drawTiles(grid, media.status === 'idle' ? [] : media.shown(), {
    media, state, label: roleLabel(state), empty: media.status === 'connected' ? t('media.nobody') : '',
  });
}

/** Makes the figures of `media` readable as window.lienthongMedia.stats(), for support and the browser tests; returns the undo. */
export function exposeStats(media) {
  window.lienthongMedia = Object.freeze({ stats: () => media.stats() });
  return () => { delete window.lienthongMedia; };
}
