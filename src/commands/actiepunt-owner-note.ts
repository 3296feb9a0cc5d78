import { can } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { mentionedMember } from './actiepunt-mention.ts';
import type { CommandUses } from './uses.ts';

type Named = { readonly id: string; readonly name: string };

/**
 * Under an actiepunt noted with its typist as owner: how another owner is named, in words for who
 * typed it (the projectleider names one herself, with @ at the start; anyone else asks her). When
 * the text names another member of the werkgroep with @ further on ("agenda mailen naar @Ruben"),
 * which is text (actiepunt-mention.ts), the note says that this made them no owner, and how it would.
 */
export async function ownerNote(
  text: string,
  number: number,
  members: ReadonlyArray<Named>,
  member: Member | null,
  werkgroepId: string,
  uses: Pick<CommandUses, 'werkgroepInfo'>,
  prefix: string,
): Promise<string> {
  const regionId = (await uses.werkgroepInfo(werkgroepId))?.regionId;
  const mayGive = can(member, 'actiepunt.assign', { regionId });
  const w = words().answers.actiepunt;
  const named = mentionedInText(text, members, member?.id ?? null);
  if (named) return w.mentionInText(named.name, number, prefix, mayGive);
  return mayGive ? w.ownerIsTypistGiver(prefix) : w.ownerIsTypist;
}

/** The first other werkgroep member named with @ after the start of the text ("… naar @Ruben"). */
function mentionedInText(text: string, members: ReadonlyArray<Named>, typist: string | null): Named | null {
  for (const m of text.matchAll(/[\s(,;:"'‘“]@\p{L}/gu)) {
    const named = mentionedMember(text.slice(m.index + 1), members);
    const found = named && named.kind !== 'unknown' ? named.member : null;
    if (found && found.id !== typist) return found;
  }
  return null;
}
