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
};
