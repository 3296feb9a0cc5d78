import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of batch 40-names' name_health misses (5 December 2026): long messages about several
// people. Each class with lines of its kind in other words, and look-alikes that must stay clean.
describe('name_health: long messages the name rules missed', () => {
  it.each([
    // Seen by an acute care service: "bij/door/naar de crisisdienst, SEH, huisartsenpost" with a verb of it.
    ['Marco is vannacht bij de crisisdienst beland.', 'Marco'],
    ['Fleur is door het crisisteam beoordeeld en mag naar huis.', 'Fleur'],
    ['Gisteren is Dirk met de ambulance naar de SEH gebracht.', 'Dirk'],
    ['Esther werd door de huisarts naar de crisisdienst doorverwezen.', 'Esther'],
    // A relative as the agent of a passive ("door zijn vrouw") is not who the care term is about.
    ['Bram is door zijn moeder naar de huisartsenpost gebracht na een angstaanval.', 'Bram'],
    ['Ilse werd door haar vriend naar de SEH gereden na een paniekaanval.', 'Ilse'],
    // A care professional the person has, with an adjective: "heeft een nieuwe psychiater gekregen".
    ['Lieke heeft een nieuwe psychiater gekregen en haar medicatie wordt aangepast.', 'Lieke'],
    ['Sem krijgt een andere behandelaar en zijn medicatie gaat omlaag.', 'Sem'],
    // "die" opening a relative clause is the clause's subject: a relative in a phrase there is not the owner.
    ['We bespraken Noor, die sinds de dood van haar moeder in een depressie zit.', 'Noor'],
    // The stay verb before its subject pronoun: "zat hij nog op de gesloten afdeling".
    ['Koen werkt nu vier dagen. Vorig jaar lag hij nog op de gesloten afdeling.', 'Koen'],
    ['Over Iris: sinds maandag zit ze weer in de kliniek.', 'Iris'],
    // Using again, said with "gaan": "is weer gaan gebruiken", "weer gaan snuiven".
    ['Rick is na zijn ontslag weer gaan gebruiken.', 'Rick'],
    ['Laura vertelde dat ze weer is gaan snuiven.', 'Laura'],
    // A relapse into a substance's use, with a possessive between: "terugval in zijn drankgebruik".
    ['Volgens zijn werkgever had Stefan een terugval in zijn cannabisgebruik.', 'Stefan'],
    ['Mirjam meldt een terugval in haar drankgebruik.', 'Mirjam'],
    // Brain damage in everyday words.
    ['Sinds zijn val heeft Thomas een hersenbeschadiging.', 'Thomas'],
    // A name no list knows where a person stands: after a possessive and a relative, or after "aan" with a
    // verb of thinking ("denk even aan Ton, die ...").
    ['De buurvrouw belde dat haar dochter Bowie weer in de kliniek is opgenomen.', 'Bowie'],
    ['Zijn broer Jorne zit sinds maart weer in de kliniek.', 'Jorne'],
    ['We denken allemaal aan Job, die na zijn hartinfarct thuis herstelt.', 'Job'],
    // Common given names that were missing from the list.
    ['Angela werkt als schoonmaakster bij de bakker, maar ze heeft een burn-out.', 'Angela'],
    ['Nog even over Gwen: ze heeft weer een angstaanval gehad.', 'Gwen'],
    ['De werkgever van Björn weet dat hij een depressie heeft.', 'Björn'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Bij nood kun je altijd bij de crisisdienst terecht, ook in het weekend.',
    'Marco werkt bij de crisisdienst en komt vertellen over zijn werk.',
    'Het crisisteam is door de gemeente beoordeeld als goed bereikbaar.',
    'Fleur heeft de folder van de SEH gebracht naar de wachtkamer.',
    'Lieke heeft een nieuwe collega gekregen en haar rooster wordt aangepast.',
    'Noor, die sinds de dood van haar moeder alleen woont, zoekt werk.',
    'Koen werkt nu vier dagen. Vorig jaar zat hij nog op de afdeling inkoop.',
    'We gaan het nieuwe formulier weer gebruiken.',
    'Thomas geeft een training over hersenletsel in de wijk.',
    'Stefan meldt een terugval in zijn aantal klanten.',
    'Haar dochter Bowie werkt sinds maart bij de Jumbo.',
    'Denk aan Job, die de sleutels van het kantoor heeft.',
    'Mijn zus Femke heeft gisteren haar rijbewijs gehaald.',
    // A care term after a client noun in lower case is no surname: an unnamed client.
    'Wat doe je als een kandidaat zelfmoordgedachten heeft? Kees van 113 geeft er een training over.',
    'Wat als een deelnemer psychoses heeft en zijn werkgever het niet weet?',
  ])('leaves "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

// Batch 40-names' one clean line flagged as an e-mail address: a mailbox named after a care service.
describe('email: a mailbox named after a care service or programme', () => {
  it.each([
    'Aanmelden kan via jeugdzorg@gemeente.nl, met vriendelijke groet, team Jeugd',
    'Vragen over de pilot? Mail mantelzorg@wijkteam-oost.nl',
    'Het adres is schuldhulpverlening@gemeente.nl',
  ])('passes "%s"', (text) => {
    expect(foundOf('email', text)).toEqual([]);
  });

  it.each([
    ['Mail hem op kees.verzorg@gmail.com', 'kees.verzorg@gmail.com'],
    ['Haar adres is zorg.jansen@hotmail.com', 'zorg.jansen@hotmail.com'],
  ])('finds "%s"', (text, address) => {
    expect(foundOf('email', text)).toEqual([address]);
  });
});
