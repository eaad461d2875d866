// One unit seen from its tile: its point's state, and the office's word on it for the roll call
// (present online, present in the room, absent with a reason, represented by someone).

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dayAndTime } from '../meetings/times.js';
import { openDialog } from '../ui/dialog.js';
import { field, selectControl } from '../ui/form.js';
import { alertArea, showError } from '../ui/feedback.js';

const STATES = ['PRESENT_ONLINE', 'PRESENT_ROOM', 'ABSENT', 'REPRESENTED'];

function facts(model, code) {
  const point = model.point(code);
  const line = model.line(code);
  const row = (label, value) => value && h('div', {}, h('dt', {}, label), h('dd', {}, value));
  return h('dl', { class: 'facts unit-facts' },
    row(t('wall.readiness'), point?.readiness ? t(`wall.readiness.${point.readiness === 'READY' ? 'ready' : 'problem'}`) : t('wall.readiness.none')),
    row(t('wall.note'), point?.note),
    row(t('wall.connection'), [t(point?.connection === 'ONLINE' ? 'wall.online' : 'wall.offline'),
      point?.lastSeen && ` · ${t('wall.lastSeen', { time: dayAndTime(point.lastSeen) })}`]),
    row(t('media.wall.path'), point?.media?.state && [t(`media.path.${point.media.state}`),
      point.media.packetLoss != null && ` · ${t('media.wall.loss', { loss: point.media.packetLoss })}`]),
    row(t('media.wall.checkAsked'), point?.media?.checkAskedAt && `${point.media.checkAskedBy} · ${dayAndTime(point.media.checkAskedAt)}`),
    row(t('wall.presence'), line?.state ? t(`wall.state.${line.state}`) : t('wall.presence.none')),
    row(t('wall.reason'), line?.reason),
    row(t('wall.representedBy'), line?.representedBy),
    row(t('wall.setBy'), line?.setBy && `${line.auto ? t('wall.auto') : line.setBy} · ${dayAndTime(line.setAt)}`));
}

/** Opens the unit's dialog; the office (`runs`) may set its roll-call line there. */
export function openUnit(meetingId, model, code, { runs }) {
  const line = model.line(code);
  const alert = alertArea();
  const state = selectControl('state', STATES.map((value) => ({ value, label: t(`wall.state.${value}`) })), line?.state || 'PRESENT_ONLINE');
  const reason = h('input', { type: 'text', name: 'reason', value: line?.reason || '', maxlength: 500 });
  const representedBy = h('input', { type: 'text', name: 'representedBy', value: line?.representedBy || '', maxlength: 200 });
  const reasonField = field({ label: t('wall.reason'), name: 'reason', control: reason });
  const representedField = field({ label: t('wall.representedBy'), name: 'representedBy', control: representedBy, hint: t('wall.representedHint') });
  const follow = () => {
    reasonField.hidden = state.value !== 'ABSENT';
    representedField.hidden = state.value !== 'REPRESENTED';
  };
  state.addEventListener('change', follow);
  follow();
  const form = h('form', { id: 'rollcall-form', class: 'rollcall-form' },
    field({ label: t('wall.presence'), name: 'state', control: state }), reasonField, representedField);
  const save = h('button', { type: 'submit', class: 'button button-primary', id: 'rollcall-save', form: 'rollcall-form' }, t('common.save'));
  // during the readiness check the office may ask the point to send its camera and microphone
  const mayAskCheck = runs && model.point(code) && model.data.lifecycle?.phase === 'READINESS';
  const askCheck = mayAskCheck && h('button', {
    type: 'button', class: 'button', id: 'media-ask-check',
    onclick: async () => {
      askCheck.disabled = true;
      try {
        await api.post(`meetings/${meetingId}/media/check/${encodeURIComponent(code)}`, {});
        askCheck.textContent = t('media.wall.checkSent');
      } catch (error) {
        askCheck.disabled = false;
        showError(alert, error);
      }
    },
  }, t('media.wall.askCheck'));
  const dialog = openDialog({
    title: `${model.nameOf(code)} (${code})`,
    body: [alert, facts(model, code), askCheck, runs && h('h3', {}, t('wall.rollCall')), runs && form],
    footer: [h('button', { type: 'button', class: 'button', onclick: () => dialog.close() }, t('common.close')), runs && save],
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    try {
      await api.put(`meetings/${meetingId}/attendance/${encodeURIComponent(code)}`, {
        state: state.value,
        reason: state.value === 'ABSENT' ? reason.value.trim() : null,
        representedBy: state.value === 'REPRESENTED' ? representedBy.value.trim() : null,
      });
      dialog.close();
    } catch (error) {
      save.disabled = false;
      showError(alert, error);
    }
  });
  return dialog;
}
