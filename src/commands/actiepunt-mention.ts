/**
 * `actiepunt @Naam …`: the werkgroep member whose full name follows the @ at the start (any
 * capitals), and the text after it. Null when the text does not start with @ and a member's name:
 * then the whole text is the actiepunt, as before.
 */
export function mentionedMember<M extends { readonly id: string; readonly name: string }>(
  text: string,
  members: ReadonlyArray<M>,
): { readonly member: M; readonly rest: string } | null {
  if (!text.startsWith('@')) return null;
  const typed = text.slice(1).toLocaleLowerCase('nl');
  // The longest name first: "@Sem Wolters" is not "@Sem" when both are members.
  const byLength = [...members].sort((a, b) => b.name.length - a.name.length);
  for (const member of byLength) {
    const name = member.name.toLocaleLowerCase('nl');
    if (!typed.startsWith(name)) continue;
    const after = text.slice(1 + name.length);
    if (after !== '' && !/^[\s,:;–-]/.test(after)) continue;
    const rest = after.replace(/^[\s,:;–-]+/, '').trim();
    if (rest) return { member, rest };
  }
  return null;
}
