import type { Words } from './nl.ts';

/** Someone Schakel does not know: new, or erased (vergeet-mij keeps nothing to tell them apart). */
export const STRANGER =
  "I don't know you yet, or no longer: are you new, or did you have your data erased with vergeet-mij?";

/** What the help's example command does, in the words after "for example … for". */
const EXAMPLE_GLOSS: Record<string, string> = {
  volgende: 'the next meetings',
  'samenvatting laatste': 'the latest summary',
  landelijk: 'the national overview',
  'nieuwe-werkgroep': 'a new werkgroep',
};

/** The help's words in English (`help`, `help alles`, the shortcuts). */
export const enHelp: Words['help'] = {
  shortcuts: {
    samenvatting: 'Review the summary',
    'nieuwe-werkgroep': 'New werkgroep',
    volgende: 'Next meetings',
    checkin: 'Fill in the check-in',
    actiepunten: 'Open action items',
    agenda: 'Agenda',
    'mijn-gegevens': 'My data',
    stuurgroep: 'Stuurgroep dates',
    logboek: 'Log',
    landelijk: 'National overview',
    'samenvatting laatste': 'Latest summary',
  },
  allCommandsButton: 'All commands',
  typeHint: (p, example = 'volgende') =>
    `You can also type a command. Commands are Dutch words, typed as they are (there are no English ones): for example ${p}${example} for ${EXAMPLE_GLOSS[example] ?? 'what it names'}, or ${p}help alles for all commands.`,
  privacyRule:
    'Never write client data (name, BSN, date of birth, address, diagnosis) in Schakel. I refuse text that looks like it.',
  greeting: (firstName) =>
    `Hi ${firstName}! I am Schakel, the assistant of your collaboration between mental health care (GGZ) and Work & Income.`,
  greetingStranger:
    'Hi! I am Schakel, the assistant of the regional collaboration between mental health care (GGZ) and Work & Income.',
  memberOf: (werkgroepen) => `You take part in: ${werkgroepen}.`,
  noWerkgroep: 'You are not linked to a werkgroep yet. Ask your projectleider to add you.',
  landelijkRole: 'You follow the collaboration of all regions in the national overview.',
  stuurgroepRole: "As a stuurgroep member you read the werkgroepen's summary.",
  unknown: `${STRANGER} Ask your projectleider to link you (again) to your werkgroep; then you can carry on straight away.`,
  heading: 'Schakel: what I do for you',
  whatIDo: [
    'I remind the werkgroep of every meeting (every 4 weeks), with the agenda and the open action items.',
    'After the meeting I ask you for a short check-in (less than a minute): the level of collaboration, knelpunten (bottlenecks) and what went well.',
    'For every stuurgroep (3 times a year) I make a summary that the projectleider reviews first.',
  ],
  dateHint:
    'Write a <datum> (date) as you are used to: 3 March, 12 Jan, 12-1, Tuesday, next week Tuesday, in two weeks or 2027-01-12.',
  forProjectleider: 'For the projectleider:',
  forBeheerder: 'For the administrator:',
  forStuurgroep: 'For the stuurgroep:',
  commandsNote:
    'The commands below are Dutch words: type them exactly as shown, in Dutch (there are no English ones). <tekst> is your text, <nummer> the number Schakel shows with the item, <datum> a date, <naam> a name, <dagen> a number of days.',
  commands: {
    help: 'what you do most, with buttons',
    helpAll: 'this overview',
    overzicht:
      'your werkgroepen, open check-ins and actiepunten on one card (also: start, or a greeting such as hoi or hallo)',
    volgende: 'the coming meetings, with a warning for public holidays and school holidays',
    agenda: 'the agenda of the next meeting',
    agendapunt: 'an agenda item for the next meeting',
    actiepunten: 'the open action items',
    actiepunt: 'an action item with you as its owner',
    klaar: 'close your action item',
    deadline: "set or change your action item's deadline; geen removes it",
    schrap:
      'remove an action item created by mistake (a typo, the wrong owner, a duplicate); it does not count as done',
    reeks: 'the series and the link for your calendar',
    checkin: 'fill in or change the check-in of the last meeting',
    checklist: 'the checklist Effectief Samenwerken (once per tertiaal)',
    mijnGegevens: 'everything Schakel stores about you',
    vergeetMij: 'have your data erased',
    taal: 'which language Schakel writes to you in (nl or en)',
    nieuweWerkgroep:
      'create a werkgroep: name, kind, first meeting, rhythm and members; link its channel by typing koppel in that channel',
    koppel: 'link this channel to a werkgroep: the reminders then come here',
    ontkoppel: 'unlink this channel from its werkgroep',
    nieuweReeks: 'create the series of meetings',
    verplaats: 'move one meeting',
    annuleer: 'cancel one meeting',
    herstel: 'let a cancelled meeting go ahead after all, as it was planned',
    wijzig: 'change the series from a date on',
    herinneringen: 'when the reminders go out',
    vakantie: 'a holiday period of the region',
    vakanties: 'the holidays of the region',
    vakantieWeg: 'remove a holiday of the region (with the start date when two share a name)',
    voortgang: "fill in the region's progress figures",
    checklistWerkgroep: 'the checklist as the werkgroep agreed on it together',
    checkinDagen: 'how long the check-in stays open',
    mislukt: 'messages that did not arrive',
    logboek: 'who changed what',
    samenvatting:
      'review and publish the draft of the stuurgroep summary (by default for the coming stuurgroep, otherwise the previous tertiaal)',
    stuurgroep:
      'the coming stuurgroep meetings; add or remove a date. The draft comes by itself a few days before',
    stuurgroepInstellingen: 'how many days before the draft comes and which period it covers',
    beheerderNieuweWerkgroep: 'create a werkgroep of your region',
    beheerderKoppel: 'link this channel to a werkgroep',
    beheerderStuurgroep: "your region's stuurgroep meetings and when the draft comes",
    samenvattingLaatste: 'the latest published stuurgroep summary',
    landelijk: 'the national overview of all regions (by default the previous tertiaal)',
  },
};
