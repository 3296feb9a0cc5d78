import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-prof36: a professional named beside a care topic of their work passes; a client's care and a
// professional's own health (which the policy flags) stay found.
describe('name_health: a professional named beside a care topic of their work', () => {
  it.each([
    'Kofi (huisarts) heeft gezegd dat oxazepam bij paniek geen goed middel is voor de lange termijn',
    'Pieter, psychiater bij Lentis, is onze nieuwe adviseur voor vragen over medicatie',
    'Joke gaat het afbouwschema voor antidepressiva toelichten aan de jobcoaches, zij is apotheker',
    'Bert heeft de hele middag met de poli verslaving gebeld over de wachtlijst',
    'Actiepunten:\n- Karim: afspraak met de poli psychiatrie plannen\n- Els: cijfers aanleveren',
    'Willemijn van de gemeente heeft de rolstoeltoegankelijkheid van het buurthuis gecheckt',
    'Gerrit geeft namens het crisisteam een toelichting op suïcidepreventie',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it.each([
    ['Sanne (huisarts) heeft zelf een burn-out gehad en is tot mei thuis', 'Sanne'],
    ['Pieter (jobcoach) is opgenomen met een psychose', 'Pieter'],
    ['Actiepunten:\n- Karim: opgenomen op de poli verslaving\n- Els: cijfers aanleveren', 'Karim'],
    ['Karim heeft een afspraak met de poli verslaving voor zijn cocaïnegebruik', 'Karim'],
    ['Willemijn van de gemeente heeft borstkanker, ze wil dat we het weten', 'Willemijn'],
    ['Joke (apotheker) is geopereerd aan haar knie en een paar weken thuis', 'Joke'],
    ['Hanneke (cliënt van Lentis) is in behandeling bij de huisarts voor haar depressie', 'Hanneke'],
  ])('keeps it found: %s', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
});
