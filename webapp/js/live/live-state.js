// The live meeting as the browser pictures it: the server's snapshot, kept up to date by
// applying each numbered event the socket pushes. Pure functions, no DOM, no I/O.
//
// API (kept stable for the join page and the control-room wall):
//   fromSnapshot(data)        -> state: a copy of the snapshot's data
//   reduce(state, {type, data}) -> new state (the old one is not changed); unknown types leave it as it is
//   EVENT_TYPES               -> the event types reduce() understands
// Selectors (state may be null before the first snapshot):
//   phase(state)              -> 'SCHEDULED' | 'READINESS' | 'LIVE' | 'ENDED' | 'CANCELLED' | null
//   isLateStart(state, now)   -> boolean, isOverrun(state, now) -> boolean (recomputed against the clock)
//   tierCounts(state)         -> [{level, tier, invited, expected, present}]
//   handQueue(state)          -> [{unit, unitName, topic, raisedBy, raisedAt}] in speaking order
//   placeInQueue(state, unit) -> 1-based place of the unit's raised hand, or 0
//   floor(state)              -> {unit, unitName, since, grantedBy} | null
//   pointOf(state, unit)      -> the unit's point {pointId, unit, readiness, checks, connection, ...} | null
//   unitLine(state, unit)     -> the unit's roll-call line {unit, state, present, delegates, ...} | null
//   openVotes(state), vote(state, id), hasVoted(vote, unit), onlineCount(state)
//
// The shapes are those of vn.lienthong.live.control.LiveJson; each event carries a whole piece:
//   phase      -> lifecycle            point -> one point (by pointId)
//   attendance -> {unit: line, tiers}  hands -> {queue}
//   floor      -> {floor}              vote  -> one vote (by id)

export const EVENT_TYPES = ['phase', 'point', 'attendance', 'hands', 'floor', 'vote'];

/** The state a snapshot's data describes (a copy: later events never change the message received). */
export function fromSnapshot(data) {
  return structuredCloneSafe(data);
}

/** The state after one event; the same state for a type this client does not know (newer server). */
export function reduce(state, event) {
  if (!state || !event) return state;
  const data = event.data;
  switch (event.type) {
    case 'snapshot':
      return fromSnapshot(data);
    case 'phase':
      return { ...state, lifecycle: { ...data } };
    case 'point':
      return { ...state, points: replaceOrAdd(state.points, data, (p) => p.pointId === data.pointId) };
    case 'attendance':
      return {
        ...state,
        rollCall: {
          tiers: data.tiers ? [...data.tiers] : state.rollCall?.tiers || [],
          units: replaceOrAdd(state.rollCall?.units, data.unit, (u) => u.unit === data.unit?.unit),
        },
      };
    case 'hands':
      return { ...state, hands: [...(data?.queue || [])] };
    case 'floor':
      return { ...state, floor: data?.floor ?? null };
    case 'vote':
      return { ...state, votes: replaceOrAdd(state.votes, data, (v) => v.id === data.id) };
    default:
      return state;
  }
}

export function phase(state) {
  return state?.lifecycle?.phase ?? null;
}

/** Late start: started after the scheduled start, or not started and the start has passed. */
export function isLateStart(state, now = Date.now()) {
  const life = state?.lifecycle;
  if (!life) return false;
  const start = Date.parse(life.scheduledStart);
  if (life.startedAt) return Date.parse(life.startedAt) > start;
  return (life.phase === 'SCHEDULED' || life.phase === 'READINESS') && now > start;
}

/** Overrun: ended after the scheduled end, or still live past it. */
export function isOverrun(state, now = Date.now()) {
  const life = state?.lifecycle;
  if (!life) return false;
  const end = Date.parse(life.scheduledEnd);
  if (life.endedAt) return Date.parse(life.endedAt) > end;
  return life.phase === 'LIVE' && now > end;
}

export function tierCounts(state) {
  return state?.rollCall?.tiers || [];
}

/** The raised hands in the order they will be given the floor, with the unit's name where known. */
export function handQueue(state) {
  return (state?.hands || []).map((hand) => ({ ...hand, unitName: unitName(state, hand.unit) }));
}

export function placeInQueue(state, unit) {
  return (state?.hands || []).findIndex((hand) => hand.unit === unit) + 1;
}

export function floor(state) {
  return state?.floor ?? null;
}

export function pointOf(state, unit) {
  return (state?.points || []).find((point) => point.unit === unit) || null;
}

export function unitLine(state, unit) {
  return (state?.rollCall?.units || []).find((line) => line.unit === unit) || null;
}

export function openVotes(state) {
  return (state?.votes || []).filter((v) => v.status === 'OPEN');
}

export function vote(state, id) {
  return (state?.votes || []).find((v) => v.id === id) || null;
}

export function hasVoted(aVote, unit) {
  return Boolean(aVote?.voted?.includes(unit));
}

export function onlineCount(state) {
  return (state?.points || []).filter((point) => point.connection === 'ONLINE').length;
}

/** The unit's name from the roll call or the points, or its code when neither knows it. */
export function unitName(state, unit) {
  return unitLine(state, unit)?.unitName || pointOf(state, unit)?.unitName || unit;
}

function replaceOrAdd(list, item, same) {
  const items = list || [];
  if (!item) return [...items];
  const at = items.findIndex(same);
  if (at < 0) return [...items, item];
  const copy = [...items];
  copy[at] = item;
  return copy;
}

function structuredCloneSafe(data) {
  return data == null ? data : JSON.parse(JSON.stringify(data));
}
