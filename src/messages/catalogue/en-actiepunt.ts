import type { nlActiepunt } from './nl-actiepunt.ts';

export const nextYear = (date: string) => `for next year, type ${date}`;

/** English answers to `actiepunt <tekst> [tot <datum>]`; the keys are the Dutch ones (nl-actiepunt.ts). */
export const enActiepunt: typeof nlActiepunt = {
  noted: 'Action item noted, with you as its owner.',
  notedFor: (name) => `Action item noted, with ${name} as its owner.`,
  unknownOwner: (typed, names, example) =>
    `I know no ${typed} in this werkgroep, so I noted nothing. After the @, type a member's full name and then the text, as in actiepunt @${example} share the list. The members: ${names}.`,
  nothingAfterName: (name, p) =>
    `After the name, put what ${name} is to do, as in ${p}actiepunt @${name} share the list. I noted nothing.`,
  number: 'Number',
  description: 'Action item',
  owner: 'Owner',
  due: 'Due',
  noDue: 'no date agreed',
  ownerIsTypist:
    'The owner is whoever types the action item. Is it for someone else? Then let them note it themselves, or let the projectleider give it with actiepunt @Name and the text.',
  ownerIsTypistGiver: (p) =>
    `The owner is whoever types the action item. Is it for someone else? Then put the name first: ${p}actiepunt @Name and the text.`,
  mentionInText: (name, n, p, mayGive) =>
    `An @name inside the text does not make ${name} its owner: this action item is yours. Is it for ${name}? ${
      mayGive
        ? `Then put the name first, ${p}actiepunt @${name} and the text,`
        : `Then let ${name} note it themselves or the projectleider give it,`
    } and close this one with ${p}klaar ${n}.`,
  note: (n, p, owner) =>
    `It appears in every reminder until ${owner ? `${owner} closes` : 'you close'} it. Done? Type ${p}klaar ${n} or choose the button.`,
  deadlineHint: (n, date, p) => `Did you mean a deadline? Then type ${p}deadline ${n} ${date}.`,
  duplicate: (n, due, p) =>
    `This action item is already open as #${n}, with you as its owner${due}. I did not note it a second time. Type ${p}actiepunten for the list, or ${p}klaar ${n} when it is done.`,
  duplicateFor: (name, n, due, p) =>
    `This action item is already open as #${n}, with ${name} as its owner${due}. I did not note it a second time. Type ${p}actiepunten for the list, or ${p}klaar ${n} when it is done.`,
  pastDue: (date, next) =>
    `The date ${date} is in the past. Choose a date from today on${next ? `; ${nextYear(next)}` : ''}.`,
  unreadDate: (after, meant) =>
    meant
      ? `I cannot read the date after ‘${after}’. Did you mean ${meant}? Then type the action item again with ${meant}; it has not been noted yet.`
      : `I cannot read the date after ‘${after}’. Write it as 15 January, 15-01-2027, 15 January 2027, Friday 15 January or in two weeks; the action item has not been noted yet.`,
};
