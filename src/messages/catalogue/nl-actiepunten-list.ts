import { count } from './counting.ts';

/**
 * Dutch answers about `actiepunten`: the list of open actiepunten and its Klaar buttons.
 * Part of the Dutch answers (nl-answers.ts); English in en-actiepunten-list.ts.
 */
export const nlActiepunten = {
  none: 'Er staan geen open actiepunten.',
  count: (n: number) => count(n, 'open actiepunt', 'open actiepunten'),
  heading: 'Open actiepunten',
  /** A bare `klaar`, none of the open ones the member's: some they may finish still (the projectleider's, or without owner). */
  noneOwn: 'Geen van deze actiepunten staat op jouw naam.',
  /** A bare `klaar`, none of the open ones the member's, nor theirs to finish. */
  noneOwnToFinish:
    'Geen van deze actiepunten staat op jouw naam, dus je hebt er geen af te ronden: dat doet de eigenaar of de projectleider.',
  /** After an actiepunt whose owner is gone (erased) or never named. */
  noOwner: 'zonder eigenaar',
  due: (date: string, overdue: boolean) => ` (uiterlijk ${date}${overdue ? ' — te laat' : ''})`,
  klaarHint: (p: string) => `Of typ ${p}klaar <nummer>; een nummer blijft bij zijn actiepunt.`,
  klaarButton: (n: number) => `Klaar #${n}`,
  klaarTitle: 'Actiepunt afronden',
  klaarQuestion: 'Welk actiepunt is klaar?',
  klaarPlaceholder: 'Kies een actiepunt',
  klaarSubmit: 'Klaar melden',
  klaarChoose: 'Kies eerst het actiepunt dat klaar is.',
  /** Removing one noted by mistake: its button, the question before it goes, and the typed way. */
  schrapButton: (n: number) => `Schrap #${n}`,
  schrapTitle: (n: number) => `Actiepunt #${n} schrappen?`,
  schrapQuestion: (n: number, description: string) =>
    `#${n} ${description} verdwijnt uit de lijst en telt nergens mee, ook niet als afgerond. Dat kun je niet ongedaan maken.`,
  schrapYes: 'Ja, schrappen',
  schrapNo: 'Nee, laten staan',
  schrapHint: (p: string) =>
    `Per ongeluk aangemaakt (een typfout, de verkeerde eigenaar, dubbel)? Typ ${p}schrap actiepunt <nummer>; het telt dan nergens mee.`,
};
