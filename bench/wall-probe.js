// Loaded by WallBench into every page before the application's scripts: watches the wall from inside
// the browser without changing it. Records every animation frame's distance to the one before, the
// long tasks (over 50 ms) the browser reports, the moment the wall has drawn all its tiles
// (#wall[data-rendered]) and the moment it shows an event number the benchmark waits for
// (#wall[data-seq] >= window.wallProbe.targetSeq), remembering when each number was first shown so that
// the benchmark may ask after the fact.
(() => {
  const probe = {
    frames: [], // [time, delta] in ms since the page started
    longTasks: [], // [start, duration]
    renderedAt: null,
    navigatedAt: null,
    targetSeq: null,
    seqShownAt: null, // Date.now() when the target number was shown
    shown: {}, // event number -> Date.now() of the frame that first showed it
    mark() {
      this.frames = [];
      this.longTasks = [];
    },
  };
  window.wallProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  let last = null;
  const tick = (now) => {
    if (last !== null) probe.frames.push([now, now - last]);
    last = now;
    const wall = document.getElementById('wall');
    if (wall) {
      if (probe.renderedAt === null && wall.dataset.rendered) probe.renderedAt = now;
      const seq = Number(wall.dataset.seq);
      if (seq && !(seq in probe.shown)) probe.shown[seq] = Date.now();
      if (probe.targetSeq !== null && probe.seqShownAt === null && seq >= probe.targetSeq) {
        // shown before the benchmark named the number: the time it was first shown
        probe.seqShownAt = Math.min(Date.now(), ...Object.entries(probe.shown)
          .filter(([number]) => Number(number) >= probe.targetSeq).map(([, at]) => at));
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
