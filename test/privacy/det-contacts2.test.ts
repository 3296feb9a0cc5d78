import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Stop 34 (det-contacts2): the policy of stop 33 (a work contact of a professional or an organisation is no client's
// data) for the classes of batch 62.
describe("phone: the writer's own number, given by the writer", () => {
  it.each([
    'Bel me gerust op 06-28 41 77 30 als je vragen hebt over de subsidie',
    'mijn nummer is 06 4417 2983, app gerust als er iets is met het rooster',
    'Ik ben vanaf maandag terug, je kunt me bereiken op 06-19 33 82 07',
    'Opgeven voor de intervisie kan bij mij: 06-51 33 90 12, of via de mail',
    'Vanaf nu zijn we als werkgeversteam ook via WhatsApp bereikbaar: 06 19 44 02 73',
    'Hoi allemaal, ik ben Ilse, jobcoach bij Werkpad. Bel me gerust op 06-12 84 37 55',
    'Mijn werk-06 is gewijzigd, oude was 06-41 27 83 90, nieuwe is 06-41 27 83 99.',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Mevrouw vroeg: bel me gerust op 06-2948 1173 na drie uur', '06-2948 1173'],
    ['Kees zei: mijn nummer is 06-1847 2290, bel niet voor tienen', '06-1847 2290'],
    ["De deelnemer appte: 'ik ben bereikbaar op 06 3920 1185'", '06 3920 1185'],
    ['Klant belde: mijn nieuwe nummer is 06 4829 1033', '06 4829 1033'],
    ['Hoi, met Daan. Bel me maar op 06-4471 2093, ik zit thuis', '06-4471 2093'],
    ['Zijn vader: mocht je me nodig hebben, 06-2817 4490', '06-2817 4490'],
  ])("keeps someone else's words, a client's, a relative's or a home's: %s", (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('phone: a professional named as one, with a job title or an organisation bound to the name', () => {
  it.each([
    'jobcoach Ahmed: 06-2873 1194',
    'Je kunt Bas (consulent Werkplein) bereiken op 0592-31 48 20, hij zit er op maandag',
    'Mw. Kuipers (teamleider participatie gemeente Assen) belt morgen, ze is bereikbaar op 0592-36 69 11',
    'Henk Smit van het Leerwerkloket Drenthe: 0591-64 22 10, hij weet alles van praktijkleren',
    'Mijn collega Tamara neemt het over, je bereikt haar op 06 48 22 91 37',
    'jobcoach uit Heerlen: 06 55 10 28 34 (Dirk, van Mondriaan)',
    'Spoed in het weekend? Bel de dienstdoende coördinator 06-30 18 47 55',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Nieuwe aanmelding via de jobcoach: Noor Smeets, 06-2290 3317', '06-2290 3317'],
    ['Jobcoach Ahmed heeft een nieuwe kandidaat: Ravi, 06-3847 1192', '06-3847 1192'],
    ['Jobcoach Ahmed belde over Kees, zijn nummer is 06-2873 1194', '06-2873 1194'],
    ['Ruud de Boer, Laborijn, 06-41 22 87 93', '06-41 22 87 93'],
    ['Wouter (IPS-deelnemer) 06-4418 2290', '06-4418 2290'],
    ['Je kunt Bas (jobcoach) bereiken via zijn moeder, 0592-31 48 20', '0592-31 48 20'],
  ])('keeps a client, a relative or a referral beside it: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe("phone: an office's landline; the organisation's people as a plural 'ze'", () => {
  it('lets it pass', () => {
    expect(
      found(
        'Het gemeentehuis van Midden-Drenthe is bereikbaar op 0593 - 53 92 22, vraag naar de klantmanagers',
      ),
    ).toEqual([]);
    expect(
      found('met de werkgever gebeld (Drenthe Logistiek, 0591 - 52 18 00), ze willen dinsdag kennismaken'),
    ).toEqual([]);
  });

  it('keeps a home or a singular "ze"', () => {
    expect(foundOf('phone', 'Meneer is op de werkplaats niet bereikbaar, thuis op 0593 - 52 17 40')).toEqual([
      '0593 - 52 17 40',
    ]);
    expect(
      foundOf('phone', 'met de werkgever gebeld over de deelnemer, ze heeft thuis 0591 - 52 18 00'),
    ).toEqual(['0591 - 52 18 00']);
  });
});

describe("iban: the writer's organisation's own account, or one named an organisation's", () => {
  it.each([
    'Fout in de factuur: ons IBAN is NL81 RABO 0396 7201 58, niet wat er op de vorige factuur stond',
    'uitbetaling van de reiskosten via onze rekening NL62 INGB 0002 6498 17',
    'Bedrag is overgemaakt naar de opleider, rekening van het ROC: NL46 INGB 0675 5091 32',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    'Zijn moeder zegt: ons rekeningnummer is NL81 RABO 0396 7201 58',
    'De rekening van de deelnemer: NL46 INGB 0675 5091 32',
    'Meneer wil zijn toeslag op onze rekening, maar NL62 INGB 0002 6498 17 is van hem',
  ])("keeps a person's account: %s", (text) => {
    expect(foundOf('iban', text)).toHaveLength(1);
  });
});

describe("address and e-mail: a meeting room, a municipality's office, a mailbox named by what it collects", () => {
  it.each([
    'Ik stel de vergaderruimte van Cosis voor, Spoorstraat 23 in Assen, daar is plek voor 25',
    'we houden het overleg voortaan bij de gemeente Aa en Hunze, Spoorlaan 6, Gieten',
    'Graag de evaluatieformulieren naar evaluatie@werkpad.nl sturen, niet naar mijn persoonlijke mail',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['mevrouw woont in de gemeente Aa en Hunze, Spoorlaan 6, Gieten', 'address'],
    ['de evaluatie van Tim ging naar tim.evaluatie@gmail.com, zijn eigen adres', 'email'],
  ] as const)("keeps a home or a person's address: %s", (text, kind) => {
    expect(foundOf(kind, text)).toHaveLength(1);
  });
});
