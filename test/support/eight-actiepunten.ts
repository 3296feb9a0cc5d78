/**
 * Eight actiepunten to note in a werkgroep: more than the five Klaar buttons a card holds, so the card
 * shows the list "Welk actiepunt is klaar?" (Slack, Teams and the local chat tests of that list).
 */
export const EIGHT_ACTIEPUNTEN = [
  'Werkgeversontbijt plannen',
  'Folder IPS rondsturen',
  'Convenant delen met de FG',
  'Terugkoppeling werkgeversdag',
  'Nieuwsbrief schrijven',
  'Scholing jobcoaches regelen',
  'Wachtlijst IPS bespreken met het UWV',
  'Evaluatie pilot plannen',
] as const;
