// Who sends and what a page shows, read from the live state (live-state.js): the browser's half of
// the server's Publishing rule, so that a point starts and stops sending as soon as the state
// changes. Pure functions.

import { floor, phase, pointOf } from '../live/live-state.js';

/** Whether unit `unit` should send camera and microphone in live state `state` (as the server's Publishing). */
export function shouldPublish(state, unit) {
  const now = phase(state);
  if (!unit || (now !== 'READINESS' && now !== 'LIVE')) return false;
  if (unit === state.hostUnit) return true;
  if (now === 'LIVE') return floor(state)?.unit === unit;
  return Boolean(pointOf(state, unit)?.media?.checkAskedAt);
}

/** The units a join page shows large: the chair's point and whoever has the floor, never its own. */
export function stageUnits(state, unit) {
  return [...new Set([state?.hostUnit, floor(state)?.unit])].filter((code) => code && code !== unit);
}
