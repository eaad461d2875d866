// Video on the control-room wall (#/meetings/{id}/wall): small pictures of every point that
// publishes, named by unit, for the host's office to see who is sending. The wall only receives;
// it joins the video when asked (a click lets the browser play sound).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { drawShown, exposeStats, statusLine } from './media-view.js';
import { meetingMedia } from './meeting-media.js';

export function wallStrip({ meetingId }) {
  const status = statusLine('wall-media-status');
  const grid = h('div', { class: 'media-thumbs', id: 'wall-media-thumbs' });
  const join = h('button', { type: 'button', class: 'button button-small', id: 'wall-media-join' }, '▶ ', t('media.wallJoin'));
  const media = meetingMedia({ meetingId, mode: 'wall', localStream: () => Promise.reject(new Error('the wall does not send')), onChange: draw });
  const unexpose = exposeStats(media);

  function draw() {
    status.update(media);
    drawShown(grid, media, media.live);
  }
  join.addEventListener('click', () => { join.hidden = true; media.start(); });

  const element = h('section', { class: 'wall-media', id: 'wall-media', 'aria-labelledby': 'wall-media-title' },
    h('div', { class: 'wall-media-head' }, h('h2', { class: 'wall-media-title', id: 'wall-media-title' }, t('media.wallTitle')), status.element, join),
    grid);
  draw();
  return {
    element,
    update: media.update,
    stop() {
      media.stop();
      unexpose();
    },
  };
}
