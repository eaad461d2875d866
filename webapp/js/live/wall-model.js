// The live state (live-state.js, kept by connection.js) indexed for the wall: points and roll-call
// lines by unit code, units by tier, the units with a raised hand. It follows each event and says
// which units the event touched, so that only their tiles are redrawn.

/** Lower case without accents, đ as d: "Xã Hồ Đắc Kiện" is found by "ho dac kien". */
export function folded(text) {
  return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

export function wallModel(state) {
  let data = state;
  const points = new Map();
  const lines = new Map();
  const byLevel = new Map();
  let handUnits = new Set();
  let floorUnit = null; // the previous holder's tile changes with the floor

  function index() {
    points.clear();
    lines.clear();
    byLevel.clear();
    for (const point of data.points) points.set(point.unit, point);
    for (const line of data.rollCall.units) {
      lines.set(line.unit, line);
      if (!byLevel.has(line.level)) byLevel.set(line.level, []);
      byLevel.get(line.level).push(line);
    }
    for (const units of byLevel.values()) units.sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi'));
    handUnits = new Set(data.hands.map((hand) => hand.unit));
    floorUnit = data.floor?.unit || null;
  }
  index();

  return {
    get data() { return data; },
    levels: () => [...byLevel.keys()].sort((a, b) => a - b),
    unitsOf: (level) => byLevel.get(level) || [],
    line: (code) => lines.get(code),
    point: (code) => points.get(code),
    nameOf: (code) => lines.get(code)?.unitName || points.get(code)?.unitName || code,
    tileState: (code) => ({
      point: points.get(code), line: lines.get(code), hand: handUnits.has(code), floor: data.floor?.unit === code,
    }),

    /**
     * Follows `state`, the live state after `message` (an event of the socket); returns the unit codes
     * whose tiles changed, or null when the whole picture changed (a new snapshot).
     */
    apply(state, message) {
      data = state;
      const event = message.data;
      switch (message.type) {
        case 'snapshot':
          index();
          return null;
        case 'point':
          points.set(event.unit, event);
          return [event.unit];
        case 'attendance': {
          // byLevel keeps the first lines: it only orders the tiles and counts them by unit code
          lines.set(event.unit.unit, event.unit);
          return [event.unit.unit];
        }
        case 'hands': {
          const before = handUnits;
          handUnits = new Set(event.queue.map((hand) => hand.unit));
          return [...new Set([...before, ...handUnits])];
        }
        case 'floor': {
          const before = floorUnit;
          floorUnit = event.floor?.unit || null;
          return [before, floorUnit];
        }
        default:
          return [];
      }
    },

    /** Counts for the bar above the tiles, per tier: invited, online, not checked in, problems, present. */
    counts() {
      const tiers = new Map(data.rollCall.tiers.map((tier) => [tier.level, { ...tier, online: 0, unchecked: 0, problems: 0 }]));
      for (const [level, units] of byLevel) {
        const tier = tiers.get(level);
        if (!tier) continue;
        for (const line of units) {
          const point = points.get(line.unit);
          if (point?.connection === 'ONLINE') tier.online += 1;
          if (!point?.readiness) tier.unchecked += 1;
          if (point?.readiness === 'PROBLEM') tier.problems += 1;
        }
      }
      return [...tiers.values()].sort((a, b) => a.level - b.level);
    },
  };
}
