// Speaking in a live meeting, for one unit: who has the floor (said loudly when it is this
// unit), raising the unit's hand with an optional topic or lowering it, its place in the queue,
// and the queue itself.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { floor, handQueue, phase, placeInQueue, unitLine } from '../live/live-state.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import { liveFailure } from './failures.js';

/** The speaking panel of unit `unit` over connection `live`; update(state) redraws what changed. */
export function speakingPanel({ live, unit }) {
  const alert = alertArea();
  const floorBox = h('div', { class: 'live-floor', id: 'live-floor', role: 'status' });
  const topic = h('input', { type: 'text', id: 'live-hand-topic', maxlength: 500, autocomplete: 'off' });
  const raise = h('button', { type: 'submit', class: 'button button-primary', id: 'live-raise' }, t('join.hand.raise'));
  const raiseHint = h('p', { class: 'hint', id: 'live-raise-hint' });
  const raiseForm = h('form', { class: 'live-hand-form', id: 'live-hand-form', novalidate: true },
    h('label', { for: 'live-hand-topic' }, t('join.hand.topic')),
    h('div', { class: 'live-hand-row' }, topic, raise),
    raiseHint);
  const place = h('p', { class: 'live-hand-place', id: 'live-hand-place' });
  const lower = h('button', { type: 'button', class: 'button', id: 'live-lower' }, t('join.hand.lower'));
  const raised = h('div', { class: 'live-hand-raised', id: 'live-hand-raised' }, place, lower);
  const queueTitle = h('h3', { class: 'live-subtitle', id: 'live-queue-title' });
  const queue = h('ol', { class: 'live-queue', id: 'live-queue', 'aria-labelledby': 'live-queue-title' });
  let current = null;

  async function request(button, type, data, done) {
    clearAlert(alert);
    button.disabled = true;
    const label = button.textContent;
    button.textContent = t('join.sending');
    try {
      await live.send(type, data);
      done?.();
    } catch (error) {
      showError(alert, liveFailure(error));
    } finally {
      button.textContent = label;
      update(current, true);
    }
  }
  raiseForm.addEventListener('submit', (event) => {
    event.preventDefault();
    request(raise, 'raiseHand', { topic: topic.value.trim() || null }, () => { topic.value = ''; });
  });
  lower.addEventListener('click', () => request(lower, 'lowerHand', {}));

  function drawFloor(state) {
    const speaker = floor(state);
    floorBox.dataset.own = String(speaker?.unit === unit);
    floorBox.dataset.unit = speaker?.unit || '';
    if (!speaker) {
      replace(floorBox, h('p', { class: 'muted' }, t('join.floor.nobody')));
    } else if (speaker.unit === unit) {
      replace(floorBox, h('p', { class: 'live-floor-own' }, h('span', { 'aria-hidden': 'true' }, '🎤 '), t('join.floor.own')),
        h('p', { class: 'muted' }, t('join.floor.since', { time: dayAndTime(speaker.since) })));
    } else {
      replace(floorBox, h('p', {}, t('join.floor.other', { unit: speaker.unitName || speaker.unit })),
        h('p', { class: 'muted' }, t('join.floor.since', { time: dayAndTime(speaker.since) })));
    }
  }

  function drawQueue(state) {
    const hands = handQueue(state);
    queueTitle.textContent = t('join.queue.title', { n: hands.length });
    replace(queue, hands.length === 0
      ? h('li', { class: 'empty' }, t('join.queue.empty'))
      : hands.map((hand) => h('li', { 'data-unit': hand.unit, class: hand.unit === unit ? 'own' : null, 'aria-current': hand.unit === unit ? 'true' : null },
        h('strong', {}, hand.unitName), hand.topic && h('span', { class: 'muted' }, ` – ${hand.topic}`))));
  }

  /** Why the unit cannot raise its hand now, or null when it can. */
  function blocked(state) {
    if (phase(state) !== 'LIVE') return t('join.hand.notLive');
    if (!unitLine(state, unit)?.present) return t('join.hand.notPresent');
    if (live.status !== 'online') return t('join.hand.offline');
    return null;
  }

  function update(state, force = false) {
    if (!state) return;
    const previous = current;
    current = state;
    if (force || !previous || previous.floor !== state.floor) drawFloor(state);
    if (force || !previous || previous.hands !== state.hands) drawQueue(state);
    const at = placeInQueue(state, unit);
    raised.hidden = at === 0;
    raiseForm.hidden = at > 0;
    if (at > 0) {
      const mine = state.hands[at - 1];
      place.textContent = mine.topic ? t('join.hand.placeTopic', { n: at, topic: mine.topic }) : t('join.hand.place', { n: at });
      lower.disabled = live.status !== 'online' || phase(state) !== 'LIVE';
    } else {
      const why = blocked(state);
      raise.disabled = why !== null;
      raiseHint.textContent = why || '';
      raiseHint.hidden = why === null;
    }
  }

  const element = h('section', { class: 'panel live-panel', id: 'live-speaking', 'aria-labelledby': 'live-speaking-title' },
    h('h2', { class: 'panel-title', id: 'live-speaking-title' }, t('join.speaking.title')),
    floorBox, alert, raiseForm, raised, queueTitle, queue);
  return { element, update, refresh: () => update(current, true) };
}
