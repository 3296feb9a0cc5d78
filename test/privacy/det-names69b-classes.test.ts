import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

// det-names69b (batch 69): initials typed as one word opening a line as the subject of its own care ("PV heeft",
// "rb zit", "AvdM weer op"), and a record's heading naming the person ("knelpunt Smid:", "Stand van zaken
// Zwart:", "re-integratie de Jager:"). Look-alikes: an organisation's, department's or role's letters, letters in
// a list; the heading's label before a topic, a company or an organisation. Checked with the rules alone too.
const rules = testGuard({ nameHealthModel: null });

describe('name_health: det-names69b initials as a subject', () => {
  it.each([
    ['PV heeft weer een psychose gehad, de werkgever vraagt of het traject door kan', 'PV'],
    ['rb zit sinds vrijdag in de crisisopvang, ik bel de werkgever morgen', 'rb'],
    ['AvdM weer op de spoedeisende hulp na een overdosis, meer volgt', 'AvdM'],
    ['kort: DS heeft een burn-out, 6 weken thuis', 'DS'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'UWV heeft een nieuwe regeling voor mensen met een burn-out',
    'HR heeft een protocol voor verzuim bij psychische klachten',
    'KvK heeft een webinar over burn-out bij ondernemers',
    'Optie AB heeft de voorkeur, want daar is de wachtlijst voor de kliniek korter',
    'pz heeft een cursus over burn-out voor leidinggevenden',
    'clt heeft soms een psychose, wat doe je dan als jobcoach?',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('name_health: det-names69b a record heading naming the person', () => {
  it.each([
    [
      'knelpunt Smid: verslaving + schulden, de budgetcoach en de verslavingszorg spreken elkaar niet',
      'Smid',
    ],
    ['Stand van zaken Zwart: opgenomen sinds maart, behandelaar verwacht ontslag in mei', 'Zwart'],
    ['re-integratie de Jager: verzuim loopt op, bedrijfsarts vermoedt een depressie', 'de Jager'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text, rules)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'knelpunt Vervoer: deelnemers met angst kunnen niet met de bus',
    'intake Dimence: wachttijd voor depressie is 12 weken',
    'Stand van zaken Wachtlijsten: de ggz heeft nog steeds 14 weken voor traumabehandeling',
    'evaluatie Storm en onweer in de regio, de kliniek had stroomuitval',
    're-integratie de Bakkerij: verzuim door burn-out loopt op',
  ])('keeps "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});
