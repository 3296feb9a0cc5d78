import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-plain38: a named person's health told in plain everyday words, no care word in it (care-terms-plain38*.ts,
// gated in care-phrase-match.ts); the same words said of a budget, a printer, a meeting, a photo, the writer or
// a professional at work are nobody's.
describe('name_health: health told in plain everyday words (det-plain38)', () => {
  it.each([
    ['Priscilla is echt helemaal op, ze blijft deze week thuis', 'Priscilla'], // worn out, a person the subject
    ['Mirjam ligt al dagen in bed en neemt haar telefoon niet op', 'Mirjam'], // withdrawn
    ['Henri doet niet open als de jobcoach aanbelt', 'Henri'],
    ['Ferdi zit in een dal, al weken geen zin in iets', 'Ferdi'],
    ['Jelle belt me elke avond in paniek omdat hij denkt dat hij doodgaat', 'Jelle'], // fear
    ['Vincent kreeg het zo benauwd in de bus dat hij eruit moest', 'Vincent'], // breath, a place
    ['Mo werd door de politie opgepakt, helemaal in de war', 'Mo'], // confused, taken so
    ['Thomas praat onsamenhangend en slaat wartaal uit', 'Thomas'],
    ['Dries hoort de stem van zijn overleden vader die hem uitscheldt', 'Dries'], // voices
    ['Noa kotst na bijna elke maaltijd, haar zus is ongerust', 'Noa'], // vomiting
    ['Kevin stond weer stijf van de coke toen hij op het werk kwam', 'Kevin'], // using in slang
    ['Inge drinkt al drie maanden niet meer, ze is er trots op', 'Inge'], // sober for a time
    ['Lieke zit de hele dag te janken en komt niet aan werken toe', 'Lieke'], // crying
    ['Dirk wilde voor de trein springen, de politie heeft hem van het spoor gehaald', 'Dirk'],
    ['Frank heeft het aan zijn hart, hij moet het rustig aan doen', 'Frank'], // the body told plainly
    ['Fleur loopt nu bij iemand van de ggz', 'Fleur'], // care sought
    ['Sonja krijgt elke vier weken een prik in haar bil', 'Sonja'],
    ['Dilan zit weer op de gesloten in Zwolle', 'Dilan'], // a bare closed ward, another word order
    ['Romy had het over er niet meer willen zijn', 'Romy'], // a wish to die talked of: no topic
    ['Sanne kon niet naar de training, ze ligt al dagen in bed', 'Sanne'], // a topic in the clause before
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'het budget is helemaal op, we kunnen dit jaar niks meer starten',
    'Volgens Gert is de koffie helemaal op, wie haalt er nieuwe?',
    'Het budget van Marieke is helemaal op, dus geen lunch',
    'Lotte is helemaal op de hoogte van het dossier',
    'Femke is helemaal op na de drukke week, maar het werkgeversontbijt was een succes',
    'de printer doet heel raar vandaag, Daan kijkt ernaar',
    'Ferdi ziet dat de cijfers in een dal zitten, het herstel komt pas in de zomer',
    'Anna ziet er slecht uit op de foto, haha, die moeten we opnieuw maken',
    'Kees heeft een nieuwe psychiater aangenomen voor het FACT-team',
    'Jelle belde me in de pauze over het rooster van volgende week',
    'Lisa belde me in paniek over de deadline van vrijdag',
    'Vincent krijgt het benauwd van de planning, drie rapportages tegelijk haha',
    'Erik trilt van enthousiasme over de samenwerking met de haven',
    'Het rooster is helemaal in de war, zegt Jan',
    'Thomas schreef een onsamenhangend verslag, dat moet even opnieuw',
    'Dries hoort de stem van de klant graag terug in het verslag',
    'Kevin stond stijf van de spanning voor zijn presentatie, maar het ging goed',
    'Inge drinkt niet meer mee met de vrijdagmiddagborrel, ze moet vroeg naar huis',
    'de cijfers van dit kwartaal zijn om te janken, zegt Lieke',
    'Kees heeft het aan zijn hart gedrukt: de werkgever moet goed luisteren.',
    'Riet heeft suiker en melk nodig voor de koffie',
    'Lisa (jobcoach) praat donderdag met iemand van de ggz over de overdracht',
    'Karin loopt bij iemand van de gemeente langs voor de subsidie',
    'Marit begeleidt de praatgroep voor familie bij de verslavingszorg',
    'Dilan zat vorige week op de gesloten vergadering van de stuurgroep',
    'Sanne gaf een training over psychose, ze deed dat heel goed',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
