// A search box for choosing an administrative unit (combobox pattern): type part of the
// name, with or without diacritics, then pick from the list with the mouse or the arrows.

import { api, isAbort } from '../api.js';
import { debounce, h, uniqueId } from '../dom.js';
import { t } from '../i18n.js';

const SUGGESTIONS = 10;

function describeUnit(unit) {
  return unit ? `${unit.name} (${unit.code})` : '';
}

/**
 * Returns { element, input, value, set(unit), clear() }. `value` is the chosen unit
 * ({ code, name, ... }) or null while the text does not name a chosen unit.
 */
export function unitPicker({ value = null, onChange = () => {}, placeholder = t('unitPicker.placeholder') } = {}) {
  const listId = uniqueId('unit-options');
  const input = h('input', {
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'combo-list', hidden: true });
  const status = h('p', { class: 'combo-status', 'aria-live': 'polite' });
  const clearButton = h('button', {
    type: 'button', class: 'icon-button combo-clear', 'aria-label': t('unitPicker.clear'), hidden: true,
  }, '×');
  const element = h('div', { class: 'combo' }, h('div', { class: 'combo-input' }, input, clearButton), list, status);

  let chosen = null;
  let options = [];
  let active = -1;
  let controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, position) => {
      option.setAttribute('aria-selected', position === index ? 'true' : 'false');
      if (position === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
  }

  function choose(unit, { notify = true } = {}) {
    chosen = unit;
    input.value = describeUnit(unit);
    clearButton.hidden = !unit;
    status.textContent = '';
    close();
    if (notify) onChange(unit);
  }

  function showOptions(units, total) {
    options = units;
    list.replaceChildren(...units.map((unit, index) => h('li', {
      id: `${listId}-${index}`,
      role: 'option',
      'aria-selected': 'false',
      // mousedown, not click: a click would first blur the input and close the list
      onmousedown: (event) => { event.preventDefault(); choose(unit); },
    }, h('span', { class: 'combo-name' }, unit.name),
    h('span', { class: 'combo-meta' }, [unit.type, unit.code].filter(Boolean).join(' · ')))));
    list.hidden = units.length === 0;
    input.setAttribute('aria-expanded', String(units.length > 0));
    status.textContent = units.length === 0 ? t('unitPicker.none')
      : total > units.length ? t('unitPicker.more', { shown: units.length, total }) : '';
  }

  const search = debounce(async (text) => {
    controller?.abort();
    if (text.length === 0) { showOptions([], 0); status.textContent = ''; return; }
    controller = new AbortController();
    status.textContent = t('unitPicker.searching');
    try {
      const page = await api.get('units', { q: text, limit: SUGGESTIONS }, { signal: controller.signal });
      if (input.value.trim() === text) showOptions(page.items, page.total);
    } catch (error) {
      if (!isAbort(error)) status.textContent = error.userMessage || t('error.unexpected');
    }
  }, 250);

  input.addEventListener('input', () => {
    if (chosen) { chosen = null; clearButton.hidden = true; onChange(null); }
    search(input.value.trim());
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault(); // choosing a unit must not submit the surrounding form
      choose(options[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation(); // close the list, not the dialog around it
      close();
    }
  });
  input.addEventListener('blur', close);
  clearButton.addEventListener('click', () => { choose(null); input.focus(); });

  if (value) choose(value, { notify: false });

  return {
    element,
    input,
    get value() { return chosen; },
    set(unit) { choose(unit, { notify: false }); },
  };
}
