// The minutes as a form: who attended (from the invitations, or the roll call once the meeting
// was held live), one block of discussion per agenda item and the list of conclusions.
// `collect()` gives the content the API stores.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { rsvpBadge } from '../meetings/labels.js';
import { dataTable } from '../ui/table.js';
import { formattedText, richEditor } from './rich-text.js';

function delegatesLine(delegates = []) {
  return delegates.map((d) => [d.name, d.position].filter(Boolean).join(', ')).join('; ');
}

/** How a present unit took part and who stood in, as the roll call said: "trực tuyến", "có người dự thay: …". */
function presenceNote(a) {
  const parts = [];
  if (a.present && a.presence) parts.push(t(`minutes.presence.${a.presence}`));
  if (a.representedBy) parts.push(t('minutes.representedBy', { name: a.representedBy }));
  if (a.expected === false) parts.push(t('minutes.notExpected'));
  return parts.length ? h('span', { class: 'muted attendance-presence' }, ` ${parts.join('; ')}`) : null;
}

/**
 * `content` of the minutes in a form; `onChange()` after every edit; with `onFromRollCall`, a
 * button above the attendance that takes it from the roll call.
 */
export function minutesEditor(content, { onChange, onFromRollCall }) {
  const attendance = (content.attendance || []).map((a) => ({ ...a }));
  const attendanceTable = dataTable({
    caption: t('minutes.attendance'),
    emptyText: t('minutes.noAttendance'),
    rows: attendance,
    rowAttributes: (a) => ({ 'data-unit': a.unitCode }),
    columns: [
      { label: t('meeting.unit'), cell: (a) => [a.unitName, h('span', { class: 'muted' }, ` (${a.unitCode})`)] },
      { label: t('meeting.answer'), cell: (a) => (a.rsvp ? rsvpBadge(a.rsvp) : '') },
      {
        label: t('minutes.present'),
        className: 'narrow',
        cell: (a) => h('input', {
          type: 'checkbox', class: 'attendance-present', checked: Boolean(a.present), 'aria-label': t('minutes.presentOf', { unit: a.unitName }),
          onchange: (event) => { a.present = event.target.checked; onChange(); },
        }),
      },
      {
        label: t('minutes.presenceLabel'),
        cell: (a) => presenceNote(a),
      },
      {
        label: t('minutes.reason'),
        cell: (a) => h('input', {
          type: 'text', class: 'attendance-reason', value: a.reason || '', maxlength: 500, 'aria-label': t('minutes.reasonOf', { unit: a.unitName }),
          oninput: (event) => { a.reason = event.target.value; onChange(); },
        }),
      },
      { label: t('minutes.delegates'), cell: (a) => delegatesLine(a.delegates) },
    ],
  });

  const sections = (content.sections || []).map((section, index) => {
    const editor = richEditor({
      html: section.discussion,
      label: t('minutes.discussion'),
      onInput: onChange,
      attributes: { id: `section-${index}-discussion`, 'data-section': index },
    });
    return {
      section,
      editor,
      element: h('section', { class: 'minutes-section', 'data-item': section.agendaItem ?? '' },
        h('h3', {}, section.agendaItem ? `${section.agendaItem}. ${section.title || ''}` : section.title || ''),
        editor.element),
    };
  });

  const conclusionList = h('ol', { class: 'conclusion-list', id: 'conclusions' });
  const conclusions = [];
  function addConclusion(text, focus) {
    const editor = richEditor({ html: text, label: t('minutes.conclusionText'), onInput: onChange, attributes: { class: 'rich-editor-area rich-text conclusion-text' } });
    const entry = { editor };
    const item = h('li', { class: 'conclusion' }, editor.element,
      h('button', {
        type: 'button', class: 'button button-small button-danger-quiet conclusion-remove',
        onclick: () => { conclusions.splice(conclusions.indexOf(entry), 1); item.remove(); onChange(); },
      }, t('minutes.removeConclusion')));
    conclusions.push(entry);
    conclusionList.append(item);
    if (focus) editor.area.focus();
  }
  (content.conclusions || []).forEach((c) => addConclusion(c.text, false));

  const element = h('div', { class: 'minutes-editor', id: 'minutes-editor' },
    h('section', { class: 'panel', id: 'minutes-attendance' }, h('h2', { class: 'panel-title' }, t('minutes.attendance')),
      onFromRollCall && h('p', {}, h('button', { type: 'button', class: 'button', id: 'attendance-from-roll-call', onclick: (event) => onFromRollCall(event.currentTarget) }, t('minutes.fromRollCall'))),
      attendanceTable),
    h('section', { class: 'panel', id: 'minutes-sections' }, h('h2', { class: 'panel-title' }, t('minutes.sections')), sections.map((s) => s.element)),
    h('section', { class: 'panel', id: 'minutes-conclusions' }, h('h2', { class: 'panel-title' }, t('minutes.conclusions')), conclusionList,
      h('button', { type: 'button', class: 'button', id: 'conclusion-add', onclick: () => { addConclusion('', true); onChange(); } }, t('minutes.addConclusion'))));

  function collect() {
    return {
      attendance: attendance.map((a) => ({ ...a })),
      sections: sections.map(({ section, editor }) => ({ ...section, discussion: editor.value() })),
      conclusions: conclusions.map(({ editor }) => ({ text: editor.value() })),
    };
  }
  return { element, collect };
}

/** The minutes as text to read, for whoever may not write them or once they are locked. */
export function minutesReading(content) {
  const attendance = content.attendance || [];
  return h('div', { class: 'minutes-reading', id: 'minutes-reading' },
    h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('minutes.attendance')),
      dataTable({
        caption: t('minutes.attendance'),
        emptyText: t('minutes.noAttendance'),
        rows: attendance,
        rowAttributes: (a) => ({ 'data-unit': a.unitCode }),
        columns: [
          { label: t('meeting.unit'), cell: (a) => a.unitName || a.unitCode },
          { label: t('minutes.present'), cell: (a) => [a.present ? t('minutes.presentYes') : t('minutes.presentNo'), presenceNote(a)] },
          { label: t('minutes.reason'), cell: (a) => a.reason || '' },
          { label: t('minutes.delegates'), cell: (a) => delegatesLine(a.delegates) },
        ],
      })),
    h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('minutes.sections')),
      (content.sections || []).map((s, index) => h('section', { class: 'minutes-section', 'data-item': s.agendaItem ?? '' },
        h('h3', {}, s.agendaItem ? `${s.agendaItem}. ${s.title || ''}` : s.title || ''),
        formattedText(s.discussion, { id: `section-${index}-text` })))),
    h('section', { class: 'panel' }, h('h2', { class: 'panel-title' }, t('minutes.conclusions')),
      h('ol', { class: 'conclusion-list', id: 'conclusions-reading' }, (content.conclusions || []).map((c) => h('li', {}, formattedText(c.text))))));
}
