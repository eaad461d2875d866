// Directory of administrative units: the tree and search on the left, the chosen unit on
// the right (below on a phone). The address holds the unit and the date, so moving between
// units only replaces the detail, and changing the date reloads the tree.

import { debounce, h, isNarrowScreen } from '../dom.js';
import { isIsoDate, todayIso } from '../format.js';
import { t } from '../i18n.js';
import { unitHref } from '../directory/links.js';
import { unitDetail } from '../directory/unit-detail.js';
import { unitSearch } from '../directory/unit-search.js';
import { unitTree } from '../directory/unit-tree.js';

// Anything earlier is a year still being typed (0002, 0020, 0202…), not a real request.
const EARLIEST_DATE = '1945-01-01';

function dateOf(query) {
  return isIsoDate(query.at) ? query.at : todayIso();
}

export function mount(container, { params, query }) {
  let at = dateOf(query);
  let code = params[0] || null;

  const dateInput = h('input', { id: 'unit-at', type: 'date', value: at, required: true, 'aria-describedby': 'unit-at-hint' });
  const tree = unitTree();
  const search = unitSearch({ at });
  const panel = h('section', { id: 'unit-detail', class: 'panel detail-panel', 'aria-label': t('directory.detail') });
  const detail = unitDetail(panel);

  // typing a year fires a change per digit; wait until the date has settled
  dateInput.addEventListener('change', debounce(() => {
    const chosen = isIsoDate(dateInput.value) && dateInput.value >= EARLIEST_DATE ? dateInput.value : null;
    if (!chosen) return;
    location.hash = unitHref(code, chosen);
  }, 400));

  const todayButton = h('button', {
    type: 'button', class: 'button button-small',
    onclick: () => { location.hash = unitHref(code, todayIso()); },
  }, t('directory.today'));

  container.append(
    h('div', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: '-1' }, t('directory.title')),
        h('p', { class: 'page-lead' }, t('directory.lead')))),
    h('div', { class: 'directory-layout' },
      h('aside', { class: 'panel directory-side', 'aria-label': t('directory.browse') },
        h('div', { class: 'field date-field' },
          h('label', { for: 'unit-at' }, t('directory.at')),
          h('div', { class: 'inline-controls' }, dateInput, todayButton),
          h('p', { class: 'hint', id: 'unit-at-hint' }, t('directory.atHint'))),
        search.element,
        tree.element),
      panel));

  async function showUnit(scrollIntoView) {
    const shown = code;
    tree.select(shown);
    if (!shown) { detail.empty(); return; }
    // on a phone the details are below the tree: take the person there
    const bringIntoView = () => { if (scrollIntoView && isNarrowScreen() && code === shown) panel.scrollIntoView({ block: 'start' }); };
    bringIntoView();
    const unit = await detail.show(shown, at);
    if (unit) await tree.reveal((unit.path || []).map((step) => step.code), unit.code);
    // branches opened meanwhile make the tree taller and push the details down again
    await tree.settled();
    bringIntoView();
  }

  tree.load(at);
  showUnit(false);

  return {
    update({ params: newParams, query: newQuery }) {
      const newAt = dateOf(newQuery);
      const newCode = newParams[0] || null;
      if (newAt !== at) {
        at = newAt;
        dateInput.value = at;
        tree.load(at);
        search.setAt(at);
      }
      code = newCode;
      showUnit(true);
    },
    unmount() {
      tree.stop();
      search.stop();
      detail.stop();
    },
  };
}
