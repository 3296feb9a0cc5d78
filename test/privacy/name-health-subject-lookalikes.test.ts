import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// Review probes 2: weak care words said of colleagues at work, of machines and of figures, and a provider
// sat with for a meeting, are nobody's care; the subject's own stays, relapses and treaters still are.
describe('name_health: look-alikes of a weak care word of the subject', () => {
  it.each([
    'Karin heeft een crisisoverleg met de gemeente.',
    'Kevin heeft een crisisberaad met de burgemeester.',
    'Noor heeft een crisiskaart-training gevolgd.',
    'Bas had een meltdown van zijn laptop.',
    'Lotte had een shutdown van de website gepland.',
    'Ilse had een terugval in haar aanmeldingen.',
    'Femke had een terugval in haar conditie na de vakantie.',
    'Robin heeft een depotje met flyers in de hal.',
    'Kevin heeft een psychiater als mentor.',
    'Joost heeft een psycholoog gesproken over de casus.',
    'Fatima belde vanuit de kliniek over de casus.',
    'Anouk is gisteren in de kliniek geweest voor een casusbespreking.',
    'Kevin loopt stage in de kliniek.',
    'Kevin is teamleider in de kliniek.',
    'Kevin heeft dienst in de kliniek.',
    'Ahmed zit weer bij Novadic voor het netwerkoverleg.',
    'Ahmed zit weer bij Novadic aan tafel.',
    'Tom zit bij de RIBW aan tafel voor het overleg.',
    'Esther heeft een behandelaar van de cliënt gebeld.',
    'Esther heeft een nieuwe behandelaar aangenomen voor het team.',
    'Kevin heeft een psycholoog in de klankbordgroep.',
    'Sanne heeft vandaag een crisisafspraak ingepland voor haar cliënt.',
    'Kan iemand met autisme bij ons solliciteren? Vraag voor Marloes, ze wil het zelf weten.',
    'Fleur gaat na of de gemeente van Almelo de eigen bijdrage voor therapie vergoedt.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Joost had weer een meltdown.', 'Joost'],
    ['Kevin had een shutdown van de drukte.', 'Kevin'],
    ['Femke had een terugval in haar drankgebruik.', 'Femke'],
    ['Sanne is teruggevallen in haar oude gedrag.', 'Sanne'],
    ['Robin had een crisisgesprek met de huisarts.', 'Robin'],
    ['Jan heeft een goeie psycholoog.', 'Jan'],
    ['Fatima zit weer bij Novadic.', 'Fatima'],
    ['Anouk heeft een psycholoog als behandelaar.', 'Anouk'],
    ['Anouk had een terugval in haar herstel.', 'Anouk'],
    ['Anouk is teamleider bij de Jumbo en had een meltdown.', 'Anouk'],
    ['Erik zoekt uit of bijzondere bijstand de medicatiekosten van Jan dekt.', 'Jan'],
    ['Fleur gaat na of de gemeente de therapie van Marloes vergoedt.', 'Marloes'],
    ['Gerrit is gisteren in de kliniek geweest voor zijn behandeling.', 'Gerrit'],
    ['Kan iemand met autisme bij ons solliciteren? Vraag voor Marloes, die het zelf heeft.', 'Marloes'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});
