// Show-of-hands votes for one unit: an open vote offers its options until the unit has voted
// (once: the server refuses a second ballot); after that, and for closed votes, the result
// grows live with every ballot.

import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { hasVoted, phase, unitLine } from '../live/live-state.js';
import { alertArea, clearAlert, showError } from '../ui/feedback.js';
import { liveFailure } from './failures.js';

/** The votes panel of unit `unit` over connection `live`. */
export function votesPanel({ live, unit }) {
  const alert = alertArea();
  const list = h('div', { class: 'live-votes', id: 'live-vote-list' });
  const chosen = new Map(); // vote id -> option this page sent, to mark it in the result
  const sending = new Set();
  let current = null;

  async function cast(vote, option) {
    clearAlert(alert);
    sending.add(vote.id);
    draw(current);
    try {
      await live.send('vote', { voteId: vote.id, option });
      chosen.set(vote.id, option);
    } catch (error) {
      showError(alert, liveFailure(error));
    } finally {
      sending.delete(vote.id);
      draw(current);
    }
  }

  function canVote(state, vote) {
    return vote.status === 'OPEN' && phase(state) === 'LIVE' && !hasVoted(vote, unit) && Boolean(unitLine(state, unit)?.present);
  }

  function options(state, vote) {
    const busy = sending.has(vote.id) || live.status !== 'online';
    return h('div', { class: 'live-vote-options', role: 'group', 'aria-label': vote.question },
      vote.options.map((text, index) => h('button', {
        type: 'button', class: 'button live-vote-option', 'data-option': index, disabled: busy, onclick: () => cast(vote, index),
      }, text)),
      sending.has(vote.id) && h('span', { class: 'muted' }, t('join.sending')));
  }

  function result(vote) {
    const total = Math.max(1, vote.ballots);
    return h('ul', { class: 'live-vote-result', 'data-ballots': vote.ballots },
      vote.options.map((text, index) => {
        const count = vote.tally[index] || 0;
        const share = Math.round((count / total) * 100);
        return h('li', { 'data-option': index, class: chosen.get(vote.id) === index ? 'chosen' : null },
          h('span', { class: 'live-vote-label' }, text, chosen.get(vote.id) === index && h('span', { class: 'badge' }, t('join.vote.yourChoice'))),
          h('span', { class: 'live-vote-count', 'data-count': count }, t('join.vote.count', { n: formatNumber(count) })),
          h('span', { class: 'live-vote-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${share}%` })));
      }));
  }

  function voteCard(state, vote) {
    const open = vote.status === 'OPEN';
    const voted = hasVoted(vote, unit);
    const offer = canVote(state, vote);
    return h('article', { class: `live-vote${open ? ' open' : ''}`, 'data-vote': vote.id, 'data-status': vote.status, 'data-voted': String(voted) },
      h('h3', { class: 'live-vote-question' }, vote.question),
      h('p', { class: 'live-vote-meta' },
        h('span', { class: `badge ${open ? 'live-badge-open' : 'live-badge-closed'}` }, t(`join.vote.status.${vote.status}`)),
        ' ', voted ? h('span', { class: 'badge live-badge-voted' }, `✓ ${t('join.vote.voted')}`) : null,
        ' ', h('span', { class: 'muted' }, t('join.vote.ballots', { n: formatNumber(vote.ballots) }))),
      offer ? options(state, vote) : result(vote),
      open && !voted && !offer && h('p', { class: 'hint' }, unitLine(state, unit)?.present ? t('join.vote.notLive') : t('join.vote.notPresent')));
  }

  function draw(state) {
    if (!state) return;
    // the newest first: the open question is what people look for
    const votes = [...(state.votes || [])].sort((a, b) => (b.status === 'OPEN') - (a.status === 'OPEN') || b.id - a.id);
    replace(list, votes.length === 0 ? h('p', { class: 'empty' }, t('join.vote.none')) : votes.map((vote) => voteCard(state, vote)));
  }

  function update(state, force = false) {
    if (!state) return;
    const previous = current;
    current = state;
    const relevant = (s) => [s.votes, s.lifecycle?.phase, unitLine(s, unit)?.present];
    if (force || !previous || relevant(previous).some((part, i) => part !== relevant(state)[i])) draw(state);
  }

  const element = h('section', { class: 'panel live-panel', id: 'live-votes', 'aria-labelledby': 'live-votes-title' },
    h('h2', { class: 'panel-title', id: 'live-votes-title' }, t('join.vote.title')), alert, list);
  return { element, update, refresh: () => update(current, true) };
}
