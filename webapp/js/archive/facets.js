// The facets beside the results: how many results fall in each year, host unit and kind of
// meeting. Choosing a value narrows the search to it; choosing it again lifts that filter.

import { h } from '../dom.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { kindLabel } from '../meetings/labels.js';

/** A year stands for the range from its first to its last day. */
export function yearRange(year) {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

function chosenYear(state) {
  const year = state.from.slice(0, 4);
  return state.from === `${year}-01-01` && state.to === `${year}-12-31` ? year : null;
}

const GROUPS = [
  {
    name: 'year',
    label: (bucket) => String(bucket.value),
    chosen: (state, bucket) => chosenYear(state) === String(bucket.value),
    choose: (bucket) => yearRange(bucket.value),
    lift: () => ({ from: '', to: '' }),
  },
  {
    name: 'host',
    label: (bucket) => bucket.label || String(bucket.value),
    chosen: (state, bucket) => state.host === String(bucket.value),
    choose: (bucket) => ({ host: String(bucket.value) }),
    lift: () => ({ host: '' }),
  },
  {
    name: 'kind',
    label: (bucket) => kindLabel(bucket.value),
    chosen: (state, bucket) => state.kind === bucket.value,
    choose: (bucket) => ({ kind: bucket.value }),
    lift: () => ({ kind: '' }),
  },
];

/** `facets` as the server sends them; `onChoose(change)` applies a change to the state. */
export function facetPanel(facets, state, onChoose) {
  const groups = GROUPS.map((group) => {
    const buckets = facets?.[group.name] || [];
    if (buckets.length === 0) return null;
    const headingId = `facet-${group.name}-heading`;
    return h('section', { class: 'facet-group', 'data-facet': group.name, 'aria-labelledby': headingId },
      h('h3', { class: 'facet-title', id: headingId }, t(`archive.facet.${group.name}`)),
      h('ul', { class: 'facet-list' }, buckets.map((bucket) => {
        const chosen = group.chosen(state, bucket);
        return h('li', {}, h('button', {
          type: 'button',
          class: 'facet-value',
          'data-value': String(bucket.value),
          'aria-pressed': String(chosen),
          onclick: () => onChoose({ ...(chosen ? group.lift() : group.choose(bucket)), page: 1 }),
        }, h('span', { class: 'facet-label' }, group.label(bucket)),
        h('span', { class: 'facet-count' }, formatNumber(bucket.count))));
      })));
  }).filter(Boolean);
  return h('div', { class: 'facets' },
    groups.length > 0 ? groups : h('p', { class: 'empty' }, t('archive.facet.none')));
}
