import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 49's misses (6 December 2026): names from all over the country and of many origins
// that no list knows, titles written other ways, care in everyday words. Each class with lines in other
// words than the corpus's, and look-alikes that must stay clean.
describe('name_health: unknown names as the subject of a care detail', () => {
  it.each([
    // An age in brackets after the name: a person, even when the name is also a word.
    ['Dieuwke (23) sliep slecht na haar opname in de kliniek', 'Dieuwke'],
    ['Marcelino (Kaapverdiaans, 41) is gestopt met zijn medicatie', 'Marcelino'],
    ['Zomer (31 jr) wacht op een plek in de verslavingszorg', 'Zomer'],
    // Where the person comes from between the name and the verb.
    ['Wubbo uit Appingedam heeft een psychose gehad', 'Wubbo'],
    ['Reindert uit Den Helder is gestopt met zijn antidepressiva', 'Reindert'],
    // A verb that is itself the care detail.
    ['Geertruida wacht op een intake bij de GGZ', 'Geertruida'],
    // A Turkish courtesy title after the given name.
    ['Gülizar hanım heeft last van paniekaanvallen', 'Gülizar hanım'],
    ['we spraken Nurettin bey, hij krijgt sinds kort methadon', 'Nurettin bey'],
    // An unknown name in a "dat" clause, a care place and a verb of staying after it.
    ['we horen dat Gijsbrecht weer op de HIC ligt', 'Gijsbrecht'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Bijlage (2) wacht op akkoord van de stuurgroep',
    'Werkgroep (14 leden) wacht op een reactie van de GGZ',
    'Nieuws uit Kerkrade is dat de wachtlijst van de GGZ korter wordt',
    'Bericht uit Zwolle is opgenomen in de nieuwsbrief',
    'Klimmendaal revalidatie heeft een aanpak voor NAH, interessant',
    'Ayse hanım van de moskee helpt met de vertaling bij de bijeenkomst',
    'Willemijn (38) van UWV sluit aan bij de werkgroep',
    'Rianne (teamleider, 45) is de komende weken met verlof',
    'dat Utrecht weer in de top 3 staat is mooi',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('name_health: care in everyday words', () => {
  it.each([
    // A symptom had, perhaps after other complaints.
    ['Bart heeft weer angst en durft de deur niet uit', 'Bart'],
    ['Lotte heeft nog steeds stemmen, psychiater weet ervan', 'Lotte'],
    ['mw. Koster heeft veel hoofdpijn en somberheid', 'mw. Koster'],
    // A mood ending its clause with a time before it.
    ['Femke is sinds de scheiding somber, werkt halve dagen', 'Femke'],
    // Drinking or using told with how often, a source or a time after it, or as the whole verb.
    ['Ruud drinkt weer dagelijks volgens zijn vrouw', 'Ruud'],
    ['Joris gebruikt weer sinds zijn vader overleed', 'Joris'],
    ['Kees drinkt om te vergeten', 'Kees'],
    // Sleeping badly since something.
    ['Anouk sliep slecht sinds ze van de PAAZ af is', 'Anouk'],
    // A crisis as a verb; side effects as an item of a note; a discharge from a provider named.
    ['Kevin is vannacht gecrisist, afspraak gaat niet door', 'Kevin'],
    ['Ilse: nieuwe pillen, bijwerkingen, wil wel werken', 'Ilse'],
    ['Ahmed is na zijn ontslag uit Parnassia weer bij ons gestart', 'Ahmed'],
    // A stay's length after the clinic, off from the clinic, a kind of clinic before a hyphen.
    ['dhr. Pronk gaat maandag naar de kliniek voor drie maanden', 'dhr. Pronk'],
    ['Rik is van de kliniek af en wil weer werken', 'Rik'],
    ['Stefan komt uit de tbs-kliniek en zoekt werk', 'Stefan'],
    // The kind of care on a waiting list's place.
    ['Mirjam wacht op een plek in de ambulante verslavingszorg', 'Mirjam'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'de partij heeft stemmen gewonnen bij de verkiezingen',
    'Sanne heeft angst voor spinnen maar dat is geen punt',
    'Joost heeft veel stemmen gekregen bij de verkiezing voor de ondernemingsraad',
    'de wethouder is sinds de bezuinigingen somber over de cijfers',
    'Peter drinkt koffie en dan beginnen we',
    'Karin drinkt, eet en kletst gezellig mee op de borrel',
    'ik slaap slecht sinds de verbouwing van kantoor',
    'de bijwerkingen van de nieuwe regeling zijn nog onduidelijk',
    'Mark kreeg ontslag bij de Jumbo en zoekt nu werk',
    'Sanne gaat vrijdag naar de kliniek voor een overleg met de psychiater over IPS',
    'Femke is van de baan af en zoekt iets nieuws',
    'een cliënt is gisteren gecrisist, hoe pakken jullie dat op?',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });
});
