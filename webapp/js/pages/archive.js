// Archive of meeting minutes: not built yet.

import { t } from '../i18n.js';
import { comingSoon } from '../ui/coming-soon.js';

export function mount(container) {
  comingSoon(container, { title: t('nav.archive'), purpose: t('archive.purpose') });
}
