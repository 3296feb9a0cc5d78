/**
 * What the client-data guard reports. Offsets are JavaScript string indices (UTF-16 code units) into
 * the scanned text, `end` exclusive, so `text.slice(start, end)` is the suspicious part. A character
 * outside the Basic Multilingual Plane (an emoji) counts as two.
 */
export type FindingKind =
  | 'bsn'
  | 'email'
  | 'phone'
  | 'iban'
  | 'postcode'
  | 'address'
  | 'birthdate'
  | 'name_health';

export const FINDING_KINDS: readonly FindingKind[] = [
  'bsn',
  'email',
  'phone',
  'iban',
  'postcode',
  'address',
  'birthdate',
  'name_health',
];

export interface Finding {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
}
