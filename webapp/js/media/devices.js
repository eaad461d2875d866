// Camera and microphone: which ones the browser has, opening the chosen ones, a level meter for
// the microphone, and what went wrong in words a clerk understands. No Janus here.

const CHOICE_KEY = 'lienthong.media.devices';

/** The cameras and microphones, [{deviceId, label, kind}]; labels are empty until permission was given. */
export async function listDevices() {
  if (!navigator.mediaDevices?.enumerateDevices) return { cameras: [], microphones: [] };
  const all = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: all.filter((d) => d.kind === 'videoinput'),
    microphones: all.filter((d) => d.kind === 'audioinput'),
  };
}

/** The devices chosen on this computer last time, {camera, microphone} (ids, or undefined). */
export function savedChoice() {
  try {
    return JSON.parse(localStorage.getItem(CHOICE_KEY)) || {};
  } catch {
    return {};
  }
}

export function saveChoice(choice) {
  try {
    localStorage.setItem(CHOICE_KEY, JSON.stringify(choice));
  } catch {
    // not remembered; the choice still holds on this page
  }
}

/**
 * Opens camera and microphone ({camera, microphone}: device ids or undefined for the default). A
 * missing camera is no reason to stay silent: the microphone alone is opened then.
 */
export async function openDevices({ camera, microphone } = {}) {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('no getUserMedia'), { name: 'NotSupportedError' });
  const audio = microphone ? { deviceId: { exact: microphone } } : true;
  const video = { width: { ideal: 640 }, height: { ideal: 360 }, ...(camera ? { deviceId: { exact: camera } } : {}) };
  try {
    return await navigator.mediaDevices.getUserMedia({ audio, video });
  } catch (error) {
    if (error.name !== 'NotFoundError' && error.name !== 'OverconstrainedError') throw error;
    // a device chosen last time may be gone: the defaults then, and the microphone alone at worst
    if (camera || microphone) return openDevices({});
    return navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  }
}

export function stopStream(stream) {
  stream?.getTracks().forEach((track) => track.stop());
}

/**
 * The i18n key of what a failure of camera, microphone or Janus means for the person:
 * permission refused, no device, media blocked by the network, no video configured, server away.
 */
export function problemKey(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'media.error.permission';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'media.error.noDevice';
    case 'NotReadableError':
    case 'TrackStartError':
      return 'media.error.deviceBusy';
    case 'NotSupportedError':
      return 'media.error.unsupported';
    case 'IceFailed':
      return 'media.error.iceFailed';
    case 'Unreachable':
      return 'media.error.unreachable';
    default:
      return 'media.error.unexpected';
  }
}

/**
 * A level meter of the stream's microphone in `meter` (a <meter> element, 0..1), redrawn each
 * frame; returns a function that stops it.
 */
export function levelMeter(stream, meter) {
  const track = stream?.getAudioTracks()[0];
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!track || !Context) return () => {};
  const context = new Context();
  const analyser = context.createAnalyser();
  analyser.fftSize = 512;
  context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  const draw = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const value of samples) sum += value * value;
    // speech sits around an RMS of 0.05-0.2: scale so that it fills most of the meter
    meter.value = Math.min(1, Math.sqrt(sum / samples.length) * 5);
    frame = requestAnimationFrame(draw);
  };
  context.resume?.().catch(() => {});
  draw();
  return () => {
    cancelAnimationFrame(frame);
    context.close().catch(() => {});
  };
}
