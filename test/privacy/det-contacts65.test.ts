import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Batch 65 (det-contacts65): whose contact detail it is. The writer's own, a professional's, a notice's or a
// workplace's passes; a client's stays found.
describe('phone: a number that is no client’s', () => {
  it.each([
    'Kees, mijn nummer voor de jobbeurs is 06 27 41 93 08, bel gerust als je er bent',
    'Hoi Anouk, ik ben zelf bereikbaar op 06 51 38 20 47 tot vijf uur',
    'ik wil niet dat mijn eigen nummer (06 41 92 37 15) in het verslag komt',
    'bel niet meer naar mijn prive nummer maar naar mijn werknummer 06 19 28 47 36',
    'Vanaf maandag starten weer twee groepen. Vragen? 053-4891 200',
    'factuur 06-2026-1187 staat nog open bij de gemeente',
    'de teamleider (Marloes) is op 06-28 41 73 90 bereikbaar voor vragen over roosters',
    'nr van Bram (stagiair WSP): 06 2931 4708, hij helpt bij de banenmarkt',
    'nummer van de locatiebeheerder: 06 48 21 93 07 (Piet, wijkcentrum)',
    'haar mentor (Deltion, 038 850 30 00) belt morgen over de stage',
    'bel jij de werkgever? Hoveniersbedrijf Groen BV 0522-24 00 00, zij zoeken nog twee mensen',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Kees, het nummer van de deelnemer is 06 27 41 93 08, bel hem voor vrijdag', '06 27 41 93 08'],
    ['Wessel, die met de angststoornis, belt me elke dag vanaf 06-2718 4490', '06-2718 4490'],
    ['Klant heeft vragen: 0570-61 28 93, wil teruggebeld worden', '0570-61 28 93'],
    ['klant 06-26 11 87 44 wacht op de factuur', '06-26 11 87 44'],
    ['de deelnemer (Marloes) is op 06-28 41 73 90 bereikbaar', '06-28 41 73 90'],
    ['nr van Bram (deelnemer WSP): 06 2931 4708, hij wil een afspraak', '06 2931 4708'],
  ])('keeps a client’s: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('address: a workplace or a meeting place', () => {
  it.each([
    'werkplek van onze deelnemer: Garage Mulder, Molenstraat 12 in Hellendoorn. Hij begint daar maandag',
    'de stageplek van de klant is Drukkerij Wolters, Kerkstraat 40 in Raalte',
    'vergaderend te Raadhuisstraat 4? nee, we zitten nu in de bibliotheek',
    'Markt 12 in Deventer, daar is op 3 juni de netwerkborrel',
    'werkbezoek Europaweg 160 (bedrijventerrein), vertrek 9 uur',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['de klant woont sinds kort op de Molenstraat 12 in Hellendoorn', 'Molenstraat 12'],
    ['huisbezoek Europaweg 160, mevrouw is thuis vanaf 9 uur', 'Europaweg 160'],
  ])('keeps a home: %s', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});
