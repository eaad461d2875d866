// Whom to invite, as a tree from the host's province on the meeting date: all districts,
// all communes of the province, and per district the district itself, all its communes or
// single communes. A commune covered by a group can be unticked: it is then excluded.
// The tree follows the directory of the meeting date, so a 2026 meeting shows the
// two-level list (communes directly under the province).

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { spinner } from '../ui/feedback.js';

async function childrenOf(code, at) {
  const page = await api.get(`units/${encodeURIComponent(code)}/children`, { at });
  return page.items;
}

/**
 * Returns { element, load(hostCode, day), value(), set(invite) }. `onChange` is called after
 * every tick. value() is the request's "invite" object.
 */
export function tierPicker({ onChange }) {
  const state = { allDistricts: false, allCommunes: false, childrenOf: new Set(), units: new Set(), exclude: new Set() };
  let province = null; // { code, name }
  let twoLevel = false;
  let units = new Map(); // code -> unit, of everything loaded
  const element = h('div', { class: 'tier-picker', id: 'tier-picker', role: 'group', 'aria-labelledby': 'invite-title' });
  let loadedFor = null;

  const covered = (unit) => {
    if (twoLevel) return unit.parentCode === province.code && state.allCommunes;
    if (unit.level === 2) return state.allDistricts;
    return state.allCommunes || state.childrenOf.has(unit.parentCode);
  };
  const invited = (unit) => (covered(unit) && !state.exclude.has(unit.code)) || state.units.has(unit.code);

  /** Drops exclusions no group covers any more and single picks a group now covers. */
  function tidy() {
    for (const code of [...state.exclude]) if (!units.has(code) || !covered(units.get(code))) state.exclude.delete(code);
    for (const code of [...state.units]) if (units.has(code) && covered(units.get(code))) state.units.delete(code);
  }

  function changed() {
    tidy();
    refresh();
    onChange();
  }

  function toggleUnit(unit, on) {
    if (on) {
      if (covered(unit)) state.exclude.delete(unit.code);
      else state.units.add(unit.code);
    } else {
      state.units.delete(unit.code);
      if (covered(unit)) state.exclude.add(unit.code);
    }
    refresh();
    onChange();
  }

  function check(id, label, attributes, checked, onToggle) {
    const input = h('input', { type: 'checkbox', id, ...attributes, checked });
    input.addEventListener('change', () => onToggle(input.checked));
    return h('span', { class: 'check' }, input, h('label', { for: id }, label));
  }

  function unitCheck(unit) {
    return check(`tier-unit-${unit.code}`, unit.name, { 'data-tier': 'unit', 'data-code': unit.code }, invited(unit),
      (on) => toggleUnit(unit, on));
  }

  function communeList(list) {
    return h('ul', { class: 'tier-communes' }, list.map((commune) => h('li', {}, unitCheck(commune))));
  }

  function districtRow(district) {
    const body = h('div', { class: 'tier-district-body', hidden: true });
    const expand = h('button', {
      type: 'button', class: 'tree-toggle', 'aria-expanded': 'false', 'data-expand': district.code,
      'aria-label': t('tier.expand', { name: district.name }),
    });
    expand.addEventListener('click', async () => {
      const open = expand.getAttribute('aria-expanded') !== 'true';
      expand.setAttribute('aria-expanded', String(open));
      body.hidden = !open;
      if (open && !body.dataset.loaded) {
        replace(body, spinner());
        try {
          const communes = await childrenOf(district.code, loadedFor.day);
          communes.forEach((commune) => units.set(commune.code, commune));
          body.dataset.loaded = 'true';
          replace(body, communeList(communes));
        } catch (error) {
          replace(body, h('p', { class: 'field-error' }, error.userMessage || t('error.unexpected')));
        }
      }
    });
    return h('li', { class: 'tier-district', 'data-district': district.code },
      h('div', { class: 'tier-district-row' },
        expand,
        unitCheck(district),
        check(`tier-children-${district.code}`, t('tier.communesOf', { name: district.name }),
          { 'data-tier': 'children', 'data-code': district.code }, state.childrenOf.has(district.code),
          (on) => { if (on) state.childrenOf.add(district.code); else state.childrenOf.delete(district.code); changed(); })),
      body);
  }

  /** Sets every box from the state, without rebuilding (expanded districts stay open). */
  function refresh() {
    for (const input of element.querySelectorAll('input[data-tier="unit"]')) {
      const unit = units.get(input.dataset.code);
      if (unit) input.checked = invited(unit);
    }
    for (const input of element.querySelectorAll('input[data-tier="children"]')) {
      // "all communes of the province" covers every district's communes: shown ticked, not to be unticked one by one
      input.checked = state.allCommunes || state.childrenOf.has(input.dataset.code);
      input.disabled = state.allCommunes;
    }
    const all = element.querySelector('#tier-all-communes');
    if (all) all.checked = state.allCommunes;
    const districts = element.querySelector('#tier-all-districts');
    if (districts) districts.checked = state.allDistricts;
  }

  async function load(hostCode, day) {
    if (!hostCode || !day) { replace(element, h('p', { class: 'muted' }, t('tier.pickHostFirst'))); return; }
    if (loadedFor && loadedFor.hostCode === hostCode && loadedFor.day === day) return;
    loadedFor = { hostCode, day };
    delete element.dataset.loadedDay;
    replace(element, spinner());
    try {
      const host = await api.get(`units/${encodeURIComponent(hostCode)}`, { at: day });
      const top = host.level === 1 ? host : (host.path || [])[0];
      province = { code: top.code, name: top.name };
      const children = await childrenOf(province.code, day);
      units = new Map(children.map((unit) => [unit.code, unit]));
      twoLevel = children.every((unit) => unit.level !== 2);
      tidy();
      replace(element,
        h('p', { class: 'tier-province' }, t('tier.province', { name: province.name })),
        h('div', { class: 'tier-groups' },
          !twoLevel && check('tier-all-districts', t('tier.allDistricts'), { 'data-tier': 'all-districts' }, state.allDistricts,
            (on) => { state.allDistricts = on; changed(); }),
          check('tier-all-communes', t('tier.allCommunes'), { 'data-tier': 'all-communes' }, state.allCommunes,
            (on) => { state.allCommunes = on; changed(); })),
        twoLevel
          ? h('details', { class: 'tier-two-level' }, h('summary', {}, t('tier.pickCommunes', { n: children.length })), communeList(children))
          : h('ul', { class: 'tier-districts' }, children.map(districtRow)));
      refresh();
      element.dataset.loadedDay = day;
    } catch (error) {
      loadedFor = null;
      replace(element, h('p', { class: 'field-error' }, error.userMessage || t('error.unexpected')));
    }
  }

  function value() {
    const childrenOfList = [...state.childrenOf];
    if (province && (state.allDistricts || (twoLevel && state.allCommunes))) childrenOfList.unshift(province.code);
    return {
      units: [...state.units],
      childrenOf: childrenOfList,
      allUnder: province && state.allCommunes && !twoLevel ? [{ code: province.code, level: 3 }] : [],
      exclude: [...state.exclude],
    };
  }

  /** Takes a stored invitation list back as single picks (what a saved meeting knows). */
  function set(codes) {
    state.allDistricts = false;
    state.allCommunes = false;
    state.childrenOf.clear();
    state.exclude.clear();
    state.units = new Set(codes);
    refresh();
  }

  return { element, load, value, set, reset: () => { loadedFor = null; } };
}
