import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Hand-written werkgroep probes of review 30 (against cb5c471, after det-somatic, det-records and det-fp39):
// clean lines the new rules flagged, and client lines of the new rules' shapes that were missed.
const health = (text: string) => foundOf('name_health', text);

describe('review 30: a record on one line names its client in any field', () => {
  it.each([
    // The name field second, after a semicolon or a bar, as it is found when first.
    ['Diagnose: PTSS; klantnaam: Bouwmeester, M.', 'Bouwmeester'],
    ['Hulpvraag: werk na langdurige depressie; naam: Mohamed Yilmaz', 'Mohamed Yilmaz'],
    ['Medicatie: lithium; cliënt: Sanne Bakker', 'Sanne Bakker'],
    ['Diagnose: depressie | Klant: Mohamed Yilmaz', 'Mohamed Yilmaz'],
    ['Aandoening: diabetes type 1 | klantnaam: Piet Jansen', 'Piet Jansen'],
  ])('finds "%s"', (text, name) => {
    expect(health(text)).toEqual([name]);
  });

  it.each([
    // A professional's record: a job in a field names staff, the care words are their work.
    'Naam: Ilse Vos | Functie: psychiater | Afdeling: acute opname',
    'Naam: Kees Bakker\nFunctie: verpleegkundige\nAfdeling: kliniek verslavingszorg',
    'Onderwerp: depressie en werk; spreker: Marieke Jansen',
    'Thema: verslaving | Spreker: Fatima el Amrani',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe('review 30: a colleague near a new somatic word', () => {
  it.each([
    // "er buikpijn/hoofdpijn van hebben": worry about a thing, no complaint.
    'Sanne heeft er buikpijn van dat het budget krimpt.',
    'Kees krijgt er hoofdpijn van, al die formulieren.',
    // In the hospital for a meeting held there.
    'Bram is weer in het ziekenhuis, voor de tweede werkgroepsessie daar.',
    'Ilse is weer in het ziekenhuis voor het overleg met de bedrijfsarts.',
    // Who is on duty: staff after the colon.
    'Dienst op de kliniek deze week: Sanne en Bram.',
    'Bereikbaarheidsdienst crisisteam: Kees.',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });

  it.each([
    ['Piet heeft er last van, hij heeft buikpijn sinds de opname.', 'Piet'],
    ['Klant Jan is weer in het ziekenhuis, voor een nieuwe operatie.', 'Klant Jan'],
    ['Opgenomen op de kliniek deze week: Sanne.', 'Sanne'],
    ['Klant Piet ligt nog steeds in het Radboudumc.', 'Klant Piet'],
  ])('finds "%s"', (text, name) => {
    expect(health(text)).toEqual([name]);
  });
});

const phone = (text: string) => foundOf('phone', text);
const email = (text: string) => foundOf('email', text);

describe('review 30: work mobiles and signatures', () => {
  it.each([
    // "Mobiel:" is a signature's label like "M" and "Mob".
    'Met vriendelijke groet,\nSanne de Vries\nJobcoach IPS | GGNet\nMobiel: 06 12 34 56 78\nsanne.devries@ggnet.nl',
    'Groet,\nKees Bakker\nProjectleider Hoofdzaak Werk\nMobiel 06 23 45 67 89',
    // A work mobile named right at the number, or the organisation's own.
    'Werkmobiel: 06-23456789',
    'Werkmobiel Kees: 06 12 34 56 78',
    'Onze werkmobiel voor de ips-lijn is 06 11 22 33 44.',
  ])('is clean: %s', (text) => {
    expect([...phone(text), ...email(text)]).toEqual([]);
  });

  it.each([
    ['Met vriendelijke groet,\nSanne de Vries\nJobcoach IPS\nMobiel klant: 06 87 65 43 21', '06 87 65 43 21'],
    ['Groet,\nSanne de Vries, jobcoach\nMobiel van Jan de Groot: 06-24681357', '06-24681357'],
    ['Zijn werkmobiel: 06 12 34 56 78', '06 12 34 56 78'],
    ['Werkmobiel klant Jan: 06 12 34 56 78', '06 12 34 56 78'],
  ])('finds the number in "%s"', (text, number) => {
    expect(phone(text)).toEqual([number]);
  });
});

describe('review 30: clients listed under a care word', () => {
  it.each([
    ['Cliënten met psychose: Jan de Groot en Sanne Bakker.', ['Jan de Groot', 'Sanne Bakker']],
    ['Deelnemers met schulden en verslaving: Jan de Groot, Piet Jansen', ['Jan de Groot', 'Piet Jansen']],
    ['Klanten met een depressie:\n- Jan de Groot\n- Sanne Bakker', ['Jan de Groot', 'Sanne Bakker']],
  ])('finds "%s"', (text, names) => {
    expect(health(text)).toEqual(names);
  });

  it.each([
    'Deelnemers werkgroep depressie: Kees, Sanne en Peter.',
    'Klanten met psychose in IPS: 34, met depressie: 51',
    'Sprekers over klanten met verslaving:\n- Kees Bakker\n- Sanne de Vries',
    'Werkgroep klanten met autisme:\n- Kees Bakker (GGNet)\n- Ilse Vos (UWV)',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe('review 30: a case or admission naming its client', () => {
  it.each([
    ['Opname: Mohamed Yilmaz, sinds vorige week', ['Mohamed Yilmaz']],
    ['Casus: Piet (45)\nWerk: magazijn\nGezondheid: hernia, kan niet tillen', ['Piet']],
  ])('finds "%s"', (text, names) => {
    expect(health(text)).toEqual(names);
  });

  it.each([
    'Training psychose: Marieke, via Teams',
    'Casus: werkgever twijfelt\nVraag: hoe bespreek je verslaving?',
    'Casus: Kees Bakker (jobcoach)\nThema: verslaving en werk',
  ])('is clean: %s', (text) => {
    expect(health(text)).toEqual([]);
  });
});
