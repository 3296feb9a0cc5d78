import { isActionVerb } from './action-verbs.ts';

/**
 * What `actiepunt @…` named: a werkgroep member and the text after the name, a member with no text
 * after the name, or a name no member has.
 */
export type Mention<M> =
  | { readonly kind: 'member'; readonly member: M; readonly rest: string }
  | { readonly kind: 'nameOnly'; readonly member: M }
  | { readonly kind: 'unknown'; readonly typed: string };

/**
 * What ends a name after the @: whitespace (a spaced dash too), a comma, colon or semicolon. A
 * hyphen right after it continues the name: "@Sem-Jan" is not Sem.
 */
const NAME_END = /^[\s,:;]/;
/** What is left off between the name and the text: "@Sem Wolters: belt", "@Sem Wolters - belt". */
const SEPARATOR = /^[\s,:;–-]+/;

/**
 * `actiepunt @Naam …`: the werkgroep member whose full name follows the @ at the start (any
 * capitals; the longest name first, so "@Sem Wolters" is not "@Sem"), and the text after it.
 * A member's name with nothing after it is `nameOnly`: what they are to do is missing.
 * An @ and a letter at the start that begin no member's name are `unknown`, with the name as typed: the capitalised words after the @ ("@Pietje Puk iets
 * doen" → "Pietje Puk"), or the first word. A first name alone ("@Ruben lijst delen") names the one member
 * who has it (not when a capitalised word follows it, "@Ruben Jansen …": a full name no member has,
 * unless that word is a verb an actiepunt starts with, "@Marloes Bel de werkgever");
 * two members with that first name make it `unknown`, so the answer lists the full names. Null when the text does not start with @ and a letter:
 * an @ further on ("bel @Sem") is part of the text, as the typist wrote it in a sentence.
 */
export function mentionedMember<M extends { readonly id: string; readonly name: string }>(
  text: string,
  members: ReadonlyArray<M>,
): Mention<M> | null {
  if (!/^@\p{L}/u.test(text)) return null;
  const typed = text.slice(1).toLocaleLowerCase('nl');
  const byLength = [...members].sort((a, b) => b.name.length - a.name.length);
  for (const member of byLength) {
    const name = member.name.toLocaleLowerCase('nl');
    if (!typed.startsWith(name)) continue;
    const after = text.slice(1 + name.length);
    if (after !== '' && !NAME_END.test(after)) continue;
    const rest = after.replace(SEPARATOR, '').trim();
    return rest ? { kind: 'member', member, rest } : { kind: 'nameOnly', member };
  }
  // "@Ruben lijst delen": a first name alone, when exactly one member of the werkgroep has it.
  const first = /^@(\p{L}[\p{L}'’-]*)([\s,:;][\s,:;–-]*)(\S.*)$/su.exec(text);
  // "@Sem Jansen belt" or "@Sem Wolters" alone is a full name typed, not Sem and a text
  // "Jansen belt": a capitalised word (or "van Dijk") right after the first name is no text.
  // "@Marloes Bel de werkgever": a verb after the first name is where the action begins.
  const fullNameTyped = first && /^\s+$/.test(first[2]!) && typedName(text.slice(1)).includes(' ');
  if (first && !fullNameTyped) {
    const given = first[1]!.toLocaleLowerCase('nl');
    const same = members.filter((m) => m.name.toLocaleLowerCase('nl').split(/\s+/)[0] === given);
    if (same.length === 1) return { kind: 'member', member: same[0]!, rest: first[3]!.trim() };
  }
  // "@Ruben" and nothing more: the one member with that first name, whose text is missing.
  const alone = /^@(\p{L}[\p{L}'’-]*)[\s,:;–-]*$/u.exec(text);
  if (alone) {
    const given = alone[1]!.toLocaleLowerCase('nl');
    const same = members.filter((m) => m.name.toLocaleLowerCase('nl').split(/\s+/)[0] === given);
    if (same.length === 1) return { kind: 'nameOnly', member: same[0]! };
  }
  return { kind: 'unknown', typed: typedName(text.slice(1)) };
}

/** "Pietje Puk iets doen" → "Pietje Puk"; "pietje puk" → "pietje"; at most four words. */
function typedName(afterAt: string): string {
  const wordsTyped = afterAt.split(/[\s,:;]+/).filter(Boolean);
  const capitalised = [];
  for (const word of wordsTyped.slice(0, 4)) {
    // "Pietje Bel de wethouder": the action begins at its verb, the name before it. After a
    // particle ("Sem van Deel") a capitalised word is the surname, whatever else it may be.
    if (/^\p{Lu}/u.test(capitalised.at(-1) ?? '') && isActionVerb(word)) break;
    // Particles inside a name ("Marloes ten Have") stay, when a capitalised word follows.
    if (
      /^\p{Lu}/u.test(word) ||
      (capitalised.length > 0 && /^(?:van|de|der|den|ten|ter|te|het|in|'t)$/.test(word))
    )
      capitalised.push(word);
    else break;
  }
  while (capitalised.length > 1 && !/^\p{Lu}/u.test(capitalised[capitalised.length - 1] ?? ''))
    capitalised.pop();
  return capitalised.length > 0 ? capitalised.join(' ') : (wordsTyped[0] ?? '');
}
