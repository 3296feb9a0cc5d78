import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of batch 41's name_health misses (5 December 2026): short form-field texts (agendapunten,
// actiepunten, members rows) where no verb says what happened. Each class with lines of its kind in other
// words, and look-alikes that must stay clean.
describe('name_health: short notes without a verb', () => {
  it.each([
    // A care place with the recent day the stay began.
    ['Sjoerd Veenstra crisisbed sinds zondag', 'Sjoerd Veenstra'],
    ['actie: Femke de Haan kliniek sinds 3 weken, bellen', 'Femke de Haan'],
    // A care place with its provider's name right before it.
    ['Nina Claassen zit in Tactus kliniek', 'Nina Claassen'],
    ['Pim Dekkers ligt in de Jellinek kliniek, terug na de zomer', 'Pim Dekkers'],
    // An admission dated or placed right after it, or after "na"/"sinds" without an article.
    ['check-in: zorgen om Bram Kuipers, opname gisteren', 'Bram Kuipers'],
    ['Jan de Wit terug na opname Parnassia, check-in', 'Jan de Wit'],
    ['Lotte Vermeer sinds opname niet meer gezien', 'Lotte Vermeer'],
    // The crisis service called in, also as a GGZ compound.
    ['Ruben Dekker – ggz-crisisdienst ingeschakeld', 'Ruben Dekker'],
    ['Eva Smits: crisisdienst gebeld vannacht', 'Eva Smits'],
    // A GGZ treatment named by its compound.
    ['Henk Visser: schuldhulp + ggz-behandeling', 'Henk Visser'],
    // A substance alone in brackets after the name, as "Erik (angst)".
    ['vakantie note: casus Arjen Tromp (alcohol) overgedragen', 'Arjen Tromp'],
    ['Daan Kok (cannabis) start maandag bij de bakker', 'Daan Kok'],
    // "clean" right after the name.
    ['Success!! Nina Claassen clean en aan het werk bij Hema', 'Nina Claassen'],
    // An ambiguous lower-case first name and a one-word surname opening the note before a verb.
    ['iris hoekstra krijgt nu sertraline, slaapt slecht', 'iris hoekstra'],
    // A client word opening the field after a name is that name's role.
    ['Ahmed El Amrani;cliënt, bipolair, IPS-traject', 'Ahmed El Amrani'],
    ['Erik Mol; kandidaat, depressie', 'Erik Mol'],
    ['Erik Mol; klant, depressie', 'Erik Mol'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'podcast met Sanne Visser, opname gisteren gemaakt',
    'Video Jan de Wit: na opname nog monteren',
    'Kliniek sinds 2019 onder leiding van Marco Rossi',
    'Agenda: Jeroen Bakker; crisisdienst en werk',
    'Anouk Brouwer: workshop alcohol (alcohol) op de werkvloer',
    'Bespreken met Jan Smit: Clean Desk beleid',
    'iris hoekstra belt de werkgever',
    'Nina Claassen werkt in Tactus kliniek als jobcoach',
    'Ahmed El Amrani;Gemeente Deventer',
    'Jan Smit;moeder van een cliënt, depressie-training gevolgd',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
