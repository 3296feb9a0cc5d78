import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// A weak care word (an admission, a clinic, a psychologist, a relapse, a depot, a crisis appointment)
// said of the person a sentence is about: the person is its subject or its possessor.
describe('name_health: a weak care word of the sentence subject', () => {
  it.each([
    // An admission or a clinic the subject comes from, goes to or is in.
    ['Roel is sinds maandag thuis na twee weken opname.', 'Roel'],
    ['Ilse mag vrijdag naar huis na de opname.', 'Ilse'],
    ['Ilse is na haar opname weer gaan werken, drie ochtenden.', 'Ilse'],
    ["bram is na z'n opname weer gestart bij de bakker", 'bram'],
    ['Sander is sinds januari weer uit de kliniek.', 'Sander'],
    ['Noor belde vanuit de kliniek, ze mag daar haar telefoon weinig gebruiken.', 'Noor'],
    ['Femke zit nog in de kliniek tot eind mei.', 'Femke'],
    // A psychologist the subject has, a depot the subject takes, a relapse or crisis appointment had.
    ['Yusuf heeft sinds kort een fijne psycholoog.', 'Yusuf'],
    ['Tim krijgt zijn depot nu elke twee weken.', 'Tim'],
    ['Tim neemt zijn depotinjectie trouw.', 'Tim'],
    ['Priya had vorige maand een terugval, ze werkt nu halve dagen.', 'Priya'],
    ['Karin heeft een crisisgesprek bij de huisartsenpost gehad.', 'Karin'],
    // A case note: the name, then the admission ("dr. X:" is the one who says it).
    ['dr. Veen: Marit opname 3 wk.', 'Marit'],
    // A treater visited, a relapse, a worry about one; the subject after an opening of time.
    ['Joost is gisteren bij de psycholoog geweest.', 'Joost'],
    ['Joost komt net van de psychiater, het gaat beter.', 'Joost'],
    ['Joost is terug van de opname en wil weer werken.', 'Joost'],
    ['Anouk is teruggevallen, ze komt deze week niet.', 'Anouk'],
    ['Anouk maakt zich zorgen over een terugval.', 'Anouk'],
    ['Vorige week is Pim na de opname weer begonnen.', 'Pim'],
    ['Morgen heeft Pim een afspraak bij de psycholoog.', 'Pim'],
    ['Bas had gisteren op het werk een meltdown.', 'Bas'],
    // A pronoun opening a clause, for the person named before it.
    ['Heb Joost gesproken: hij is weer thuis na de opname.', 'Joost'],
    // The next sentence goes on about the person with a pronoun.
    ['Lars gaat het goed. Hij is na zijn opname weer aan de slag.', 'Lars'],
    // A meeting in the sentence does not take away an admission that is theirs.
    ['Kevin had na zijn opname een overleg met de werkgever.', 'Kevin'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    // A colleague: of an organisation, a role in brackets or apposition, a professional verb.
    'Kevin van de kliniek belt je morgen terug.',
    'Fatima (psycholoog) sluit aan bij het overleg.',
    'Fatima, psycholoog bij Mediant, sluit aan.',
    'Stijn werkt op de opnameafdeling.',
    'Stijn werkt in de kliniek als verpleegkundige.',
    'Sanne geeft een training over terugval en werk.',
    'Namens de kliniek belt Joris over de planning.',
    'Joris is psycholoog en heeft een nieuwe collega.',
    'Erik zoekt uit of de opname vergoed wordt voor cliënten.',
    'Sem heeft een nieuwe baan. Hij is begonnen als begeleider in de kliniek.',
    'Iris heeft een terugval in het aantal aanmeldingen gezien.',
    'Anouk heeft een opname van het webinar gemaakt.',
    'Joost zit morgen bij de psychiater van de cliënt.',
    'Joost bespreekt bij de psycholoog de voortgang van de deelnemer.',
    'Anouk is teruggevallen in uren, van 32 naar 24.',
    'Met Pim bespreek ik de planning van de opname.',
    'Sanne belt de cliënt, hij is na de opname weer thuis.',
    'Sanne belt de cliënt over zijn opname.',
    'Bas geeft een workshop over meltdowns op de werkvloer.',
    'Bas legt de werkgever uit wat een shutdown is.',
    'Ik bel Sanne morgen, de deelnemer is terug uit de kliniek.',
    'Volgens Pim is de opname een goed idee voor cliënten.',
    'Ik heb Pim gevraagd naar de wachttijd voor een opname.',
    // Unnamed clients, and a name that is not the subject.
    'De cliënt is weer thuis na de opname.',
    'Na de opname is er een gesprek met de werkgever, zegt Sanne.',
    'Een terugval hoort bij herstel, vertelt Marieke.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

// A strong care term the owner walk gave to nobody: a role in a phrase before an adjunct of the
// subject's clause, and one's own story about it.
describe('name_health: a care term of the subject past a role or a story', () => {
  it.each([
    ['Thijs heeft drie maanden gewerkt bij de werkgever, ondanks een nieuwe psychose.', 'Thijs'],
    ['Sara bleef bij haar leidinggevende, vanwege haar burn-out in het voorjaar.', 'Sara'],
    ['Ruben Kok wil zijn verhaal over verslaving vertellen op de bijeenkomst.', 'Ruben Kok'],
    ['Lisa deelt haar ervaringen met depressie op de themadag.', 'Lisa'],
    ['Kevin is met de jobcoach naar de werkgever geweest, sinds de psychose gaat het beter.', 'Kevin'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Thijs sprak met de werkgever over een nieuwe psychose.',
    'Lisa heeft ervaring met autisme en geeft de training.',
    'Lisa geeft haar presentatie over autisme.',
    'Sanne vertelt het verhaal over PTSS van een cliënt.',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
