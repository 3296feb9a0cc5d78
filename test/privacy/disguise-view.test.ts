import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { disguiseView } from '../../src/privacy/disguise-view.ts';
import { found, testGuard } from './helpers.ts';

// A tester stored these as actiepunten, agendapunten and vakantie names: client data in a shape a person
// reads through at once. The guard also reads the text with the disguise read through (disguise-view.ts);
// what it reports points into the text as typed.
const DISGUISED: ReadonlyArray<readonly [string, string, string, string]> = [
  ['a name and diagnosis joined by hyphens', 'Jan-de-Vries-schizofrenie', 'name_health', 'Jan-de-Vries'],
  ['a code, name and diagnosis joined by hyphens', 'H12-Piet-Jansen-psychose', 'name_health', 'Piet-Jansen'],
  ['a name written as one word', 'JanDeVries heeft schizofrenie', 'name_health', 'JanDeVries'],
  [
    'a diagnosis spelled in letters',
    'Jan de Vries (diagnose: s c h i z o f r e n i e)',
    'name_health',
    'Jan de Vries',
  ],
  [
    'a diagnosis spelled with hyphens',
    'Kees Bakker heeft een p-s-y-c-h-o-s-e gehad',
    'name_health',
    'Kees Bakker',
  ],
  [
    'a name spelled in letters',
    'J a n  d e  V r i e s  heeft schizofrenie',
    'name_health',
    'J a n  d e  V r i e s',
  ],
  ['an address joined by hyphens', 'Kerkstraat-12-1234AB-Zwolle', 'address', 'Kerkstraat-12'],
  ['its postcode', 'Kerkstraat-12-1234AB-Zwolle', 'postcode', '1234AB'],
  ['a mobile number with o for its zero', 'o6-12345678', 'phone', 'o6-12345678'],
  ['a mobile number with O for its zero, grouped', 'O6 1234 5678', 'phone', 'O6 1234 5678'],
  ['a mobile number ending in o', '06-1234567o', 'phone', '06-1234567o'],
  ['a BSN grouped 7 and 2', 'bsn 1112223 33', 'bsn', '1112223 33'],
  ['a BSN grouped 2 and 7', 'bsn 11 1222333', 'bsn', '11 1222333'],
  ['a BSN grouped 6 and 3', 'bsn 111222 333', 'bsn', '111222 333'],
];

// Dutch is full of hyphenated compounds, CamelCase names, spaced capitals and numbers near an "o".
const CLEAN = [
  'GGZ-instelling en Jan-Willem van het IPS-team gaan naar Noord-Brabant',
  'De re-integratie loopt t/m 12-03-2026, daarna evaluatie met de IPS-trajectbegeleider',
  'Petra (GGZ) heeft een burn-out-preventie training gegeven voor de klantmanagers.',
  'Bas heeft een tbs-maatregel-casus ingebracht in de intervisie.',
  'Bestelnummer van de flyers is AB-7211-KN, graag dat nummer vermelden.',
  'Overleg in Bergen-op-Zoom over de wachtlijst bij de GGZ',
  'Presentatie in PowerPoint, delen via WhatsApp of LinkedIn; GGZinGeest sluit aan',
  'A G E N D A werkgroep GGZ en werk',
  'Plan 2o26: meer plaatsingen via IPS',
  'Het projectnummer is 1112223 33, graag vermelden op de factuur',
  'Zie www.ggz-noord-holland-noord.nl/werk-en-herstel of mail info@ggz-noord-holland.nl',
  'De Sint-Jans-Gasthuis-kliniek heeft een wachtlijst voor depressie',
  'Ticket o6-1234 is gesloten, o.a. over 12 plaatsingen',
];

const guard = testGuard();

describe('client data in a disguise a person reads through', () => {
  it.each(DISGUISED)('finds %s', (_name, text, kind, typed) => {
    expect(found(text)).toContainEqual([kind, typed]);
    expect(() => guard.check({ tekst: text })).toThrow(PrivacyRefusal);
  });

  it.each(CLEAN)('leaves clean text clean: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads the disguise through only where there is one', () => {
    expect(disguiseView('GGZ-instelling, Jan-Willem, 12-03-2026, PowerPoint, 2o26, o.a.')).toBeNull();
    expect(disguiseView('Jan-de-Vries-schizofrenie')?.text).toBe('Jan de Vries schizofrenie');
    expect(disguiseView('bel o6-12345678')?.text).toBe('bel 06-12345678');
    const spelled = disguiseView('ziek: s c h i z o!');
    expect(spelled?.text).toBe('ziek: schizo!');
    // Each character of the view points at the one it was read from.
    expect(spelled?.from[6]).toBe(6);
    expect(spelled?.from[11]).toBe(16);
  });

  it('keeps offsets right after a folded character', () => {
    const text = 'Ｈ12-Piet-Jansen-psychose';
    expect(found(text)).toEqual([['name_health', 'Piet-Jansen']]);
  });
});
