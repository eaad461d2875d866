// Conflicts name meeting points by number; people know them by name. Names are read per
// unit (GET units/{code}/points) once and kept for the page.

import { api } from '../api.js';

export function pointNames() {
  const names = new Map();
  const loaded = new Set();
  return {
    name: (id) => names.get(id) || null,
    async load(unitCodes) {
      const missing = unitCodes.filter((code) => !loaded.has(code));
      missing.forEach((code) => loaded.add(code));
      await Promise.all(missing.map(async (code) => {
        try {
          const page = await api.get(`units/${encodeURIComponent(code)}/points`);
          page.items.forEach((point) => names.set(point.id, point.name));
        } catch {
          loaded.delete(code); // the number is shown instead; asked again next time
        }
      }));
    },
  };
}
