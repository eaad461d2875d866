// How a meeting point's connection is named and shown, shared by the cards and the table.

import { t } from '../i18n.js';

export const POINT_KINDS = ['BROWSER', 'SIP', 'H323'];

export function kindLabel(kind) {
  return POINT_KINDS.includes(kind) ? t(`pointKind.${kind}`) : kind || '';
}

/** The address a conference bridge dials: only hardware endpoints have one. */
export function dialAddress(point) {
  if (point.kind === 'SIP') return point.sipAddress || '';
  if (point.kind === 'H323') return point.h323Address || '';
  return '';
}
