// Video on the join page of a unit: first a test of the camera (a preview) and the microphone (a
// level meter) with the choice of each, then joining the meeting's video. The chair's point and
// whoever has the floor are shown large; the own camera small while the point sends. Muting the
// microphone or turning the camera off applies at once, to the preview and to what is sent.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { levelMeter, listDevices, openDevices, problemKey, saveChoice, savedChoice, stopStream } from './devices.js';
import { drawShown, exposeStats, statusLine } from './media-view.js';
import { meetingMedia } from './meeting-media.js';

/** The video panel of meeting `meetingId`; update(state) follows the live state. */
export function mediaPanel({ meetingId, report }) {
  let stream = null;
  let stopMeter = () => {};
  const choice = savedChoice();
  const preview = h('video', { id: 'media-preview', class: 'media-preview', autoplay: true, playsinline: true, muted: true });
  preview.muted = true; // the own microphone is never played back
  const level = h('meter', { id: 'media-level', min: 0, max: 1, value: 0, 'aria-label': t('media.level') });
  const camera = h('select', { id: 'media-camera' });
  const microphone = h('select', { id: 'media-microphone' });
  const deviceProblem = h('p', { class: 'alert alert-error', id: 'media-device-problem', role: 'alert', hidden: true });
  const test = h('button', { type: 'button', class: 'button', id: 'media-test' }, t('media.test'));
  const join = h('button', { type: 'button', class: 'button button-primary', id: 'media-join' }, t('media.join'));
  const mute = h('button', { type: 'button', class: 'button', id: 'media-mute', 'aria-pressed': 'false', disabled: true }, t('media.mute'));
  const cameraOff = h('button', { type: 'button', class: 'button', id: 'media-camera-off', 'aria-pressed': 'false', disabled: true }, t('media.cameraOff'));
  const sending = h('p', { class: 'media-publishing', id: 'media-publishing', 'data-publishing': 'false', hidden: true });
  const status = statusLine('media-status');
  // preview and choice appear once the browser gave the devices (their names are unknown before)
  const previewBox = h('div', { class: 'media-preview-box', hidden: true }, preview, level);
  const devices = h('div', { hidden: true },
    h('div', { class: 'field' }, h('label', { for: 'media-camera' }, t('media.camera')), camera),
    h('div', { class: 'field' }, h('label', { for: 'media-microphone' }, t('media.microphone')), microphone));
  const stage = h('div', { class: 'media-stage', id: 'media-stage' });

  const media = meetingMedia({ meetingId, mode: 'join', report, localStream: () => ensureDevices(), onChange: draw });
  const unexpose = exposeStats(media);

  function fill(select, devices, chosen, fallback) {
    replace(select, devices.map((device, i) => h('option', { value: device.deviceId, selected: device.deviceId === chosen },
      device.label || `${fallback} ${i + 1}`)));
  }

  async function openChosen() {
    stopMeter();
    stopStream(stream);
    stream = null;
    deviceProblem.hidden = true;
    try {
      stream = await openDevices({ camera: camera.value || choice.camera, microphone: microphone.value || choice.microphone });
    } catch (error) {
      deviceProblem.textContent = t(problemKey(error));
      deviceProblem.hidden = false;
      throw error;
    }
    previewBox.hidden = false;
    devices.hidden = false;
    preview.srcObject = stream;
    preview.play?.().catch(() => {});
    stopMeter = levelMeter(stream, level);
    const { cameras, microphones } = await listDevices(); // labels are known once permission was given
    fill(camera, cameras, stream.getVideoTracks()[0]?.getSettings().deviceId, t('media.camera'));
    fill(microphone, microphones, stream.getAudioTracks()[0]?.getSettings().deviceId, t('media.microphone'));
    mute.disabled = false;
    cameraOff.disabled = stream.getVideoTracks().length === 0;
    applyToggles();
    return stream;
  }

  async function ensureDevices() {
    return stream && stream.getTracks().some((track) => track.readyState === 'live') ? stream : openChosen();
  }

  function applyToggles() {
    const audio = mute.getAttribute('aria-pressed') !== 'true';
    const video = cameraOff.getAttribute('aria-pressed') !== 'true';
    stream?.getAudioTracks().forEach((track) => { track.enabled = audio; });
    stream?.getVideoTracks().forEach((track) => { track.enabled = video; });
    media.devicesChanged({ audio, video });
  }

  function toggle(button, onText, offText) {
    const pressed = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(pressed));
    button.textContent = pressed ? offText : onText;
    applyToggles();
  }

  async function deviceChosen() {
    saveChoice({ camera: camera.value, microphone: microphone.value });
    await openChosen().catch(() => {});
    media.devicesChanged({ restart: true });
  }

  test.addEventListener('click', () => openChosen().catch(() => {}));
  join.addEventListener('click', () => { join.hidden = true; media.start(); });
  mute.addEventListener('click', () => toggle(mute, t('media.mute'), t('media.unmute')));
  cameraOff.addEventListener('click', () => toggle(cameraOff, t('media.cameraOff'), t('media.cameraOn')));
  camera.addEventListener('change', deviceChosen);
  microphone.addEventListener('change', deviceChosen);

  function draw() {
    status.update(media);
    sending.hidden = !media.publishing;
    sending.dataset.publishing = String(media.publishing);
    sending.textContent = media.publishing ? t('media.publishing') : '';
    drawShown(stage, media, media.live);
  }

  const element = h('section', { class: 'panel live-panel media-panel', id: 'media-panel', 'aria-labelledby': 'media-title' },
    h('h2', { class: 'panel-title', id: 'media-title' }, t('media.title')),
    status.element,
    stage,
    h('div', { class: 'media-own' },
      previewBox,
      h('div', { class: 'media-devices' }, devices, deviceProblem,
        h('div', { class: 'media-buttons' }, test, mute, cameraOff))),
    sending,
    h('div', { class: 'media-buttons' }, join));
  draw();
  return {
    element,
    update: media.update,
    stop() {
      media.stop();
      stopMeter();
      stopStream(stream);
      unexpose();
    },
  };
}
