// Meeting schedule: not built yet.

import { t } from '../i18n.js';
import { comingSoon } from '../ui/coming-soon.js';

export function mount(container) {
  comingSoon(container, { title: t('nav.meetings'), purpose: t('meetings.purpose') });
}
