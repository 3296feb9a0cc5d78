/** The element with `id` anywhere in an Adaptive Card (an input, a problem's TextBlock). */
export function elementWithId(card: unknown, id: string): Record<string, unknown> | undefined {
  if (typeof card !== 'object' || card === null) return undefined;
  const c = card as Record<string, unknown>;
  if (c.id === id) return c;
  for (const inside of Object.values(c)) {
    const found = Array.isArray(inside)
      ? inside.map((x) => elementWithId(x, id)).find(Boolean)
      : elementWithId(inside, id);
    if (found) return found;
  }
  return undefined;
}
