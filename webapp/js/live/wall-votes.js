// Show-of-hands votes on the wall: open one (question and options), watch the tally grow, close it.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { field } from '../ui/form.js';
import { showError } from '../ui/feedback.js';

function tally(vote) {
  const most = Math.max(1, ...vote.tally);
  return h('ul', { class: 'tally' }, vote.options.map((option, index) => h('li', { class: 'tally-row', 'data-option': index },
    h('span', { class: 'tally-option' }, option),
    h('span', { class: 'tally-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(100 * vote.tally[index]) / most}%` })),
    h('strong', { class: 'tally-count' }, formatNumber(vote.tally[index])))));
}

export function votesPanel(meetingId, alert, { runs }) {
  const element = h('section', { class: 'panel wall-votes', id: 'wall-votes', 'aria-labelledby': 'wall-votes-title' });
  const question = h('input', { type: 'text', name: 'question', maxlength: 500, required: true });
  const options = h('textarea', { name: 'options', rows: 3, value: t('wall.voteDefaultOptions') });
  const form = h('form', { class: 'vote-form', id: 'wall-vote-form' },
    field({ label: t('wall.voteQuestion'), name: 'question', control: question, required: true }),
    field({ label: t('wall.voteOptions'), name: 'options', control: options, hint: t('wall.voteOptionsHint') }),
    h('button', { type: 'submit', class: 'button button-primary button-small', id: 'wall-vote-open' }, t('wall.voteOpen')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const choices = options.value.split('\n').map((line) => line.trim()).filter(Boolean);
    try {
      await api.post(`meetings/${meetingId}/votes`, { question: question.value.trim(), options: choices });
      question.value = '';
      opener.open = false; // the new vote's tally shows below
    } catch (error) {
      showError(alert, error);
    }
  });

  async function close(vote) {
    try {
      await api.post(`meetings/${meetingId}/votes/${vote.id}/close`);
    } catch (error) {
      showError(alert, error);
    }
  }

  // made once: a vote event redraws the list, not the question being typed
  const opener = h('details', { class: 'vote-new' }, h('summary', {}, t('wall.voteNew')), form);
  const list = h('div', { class: 'vote-list' });
  return {
    element,
    render({ votes, lifecycle }) {
      const latestFirst = [...votes].sort((a, b) => b.id - a.id);
      replace(list, latestFirst.length === 0 ? h('p', { class: 'muted' }, t('wall.noVotes'))
        : latestFirst.map((vote) => h('article', { class: `vote vote-${vote.status.toLowerCase()}`, 'data-vote': vote.id },
          h('h3', { class: 'vote-question' }, vote.question),
          h('p', { class: 'muted' }, t(vote.status === 'OPEN' ? 'wall.voteIsOpen' : 'wall.voteIsClosed'), ' · ',
            t('wall.ballots', { n: formatNumber(vote.ballots) })),
          tally(vote),
          runs && vote.status === 'OPEN' && h('button', {
            type: 'button', class: 'button button-small close-vote', onclick: () => close(vote),
          }, t('wall.voteClose')))));
      replace(element, h('h2', { class: 'panel-title', id: 'wall-votes-title' }, t('wall.votes')),
        runs && lifecycle.phase === 'LIVE' && opener,
        list);
    },
  };
}
