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
