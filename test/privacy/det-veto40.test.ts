import { describe, expect, it } from 'vitest';
import { foundOf, testGuard } from './helpers.ts';

// det-veto40: care terms the owner walk gave to nobody (which also vetoes the learned signal) while they are the
// named person's: "rondlopen met", a time of the person's life after "over", an outpatient treater had, a care
// term fronted by "ondanks" before "zegt Naam/ze", a term got "bij zijn vorige werkgever".
const rules = testGuard({ nameHealthModel: null });
const byRules = (text: string) => foundOf('name_health', text, rules);

describe('name_health: care the walk gave to nobody (det-veto40)', () => {
  it.each([
    ['Henk loopt al weken rond met zelfmoordgedachten', 'Henk'],
    ['Jurre liep al jaren rond met een depressie voordat hij hulp zocht', 'Jurre'],
    ['Luuk wil niets op zijn cv zetten over het jaar dat hij opgenomen was', 'Luuk'],
    ['Samira praat niet graag over de tijd dat ze in de crisisopvang zat', 'Samira'],
    ['Thijs heeft een ambulant begeleider voor zijn verslaving', 'Thijs'],
    ['Ondanks de angstklachten zegt Fenna dat ze graag wil beginnen', 'Fenna'],
    ['Anouk wil toch door. Ondanks de paniekaanvallen zegt ze dat de structuur haar helpt.', 'Anouk'],
    ['Nog even over Bas: hij heeft bij zijn vorige werkgever een burn-out gekregen', 'Bas'],
  ])('the rules find "%s"', (text, name) => {
    expect(byRules(text)).toEqual([name]);
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Kees loopt rond met een lijst vragen over suïcidepreventie voor de werkgroep',
    'Jurre loopt rond met het idee om een training over depressie te geven',
    'Thijs is ambulant begeleider bij de verslavingszorg',
    'Ilona zoekt nog een ambulante begeleider voor een deelnemer met psychoses',
    'Ondanks de angstklachten van veel deelnemers zegt Fenna dat IPS goed werkt',
    'Bas werkt bij zijn vorige werkgever aan een project over burn-outpreventie',
    "Sevda's vorige werkgever heeft een burn-out, ze zoekt een nieuwe baan",
    'Luuk schrijft een stuk over het jaar dat de kliniek twintig jaar bestond',
    'Marco gaf een training over de periode na een opname in de kliniek',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
