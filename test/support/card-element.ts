type Element = Record<string, unknown>;

/** Every element of an Adaptive Card (parsed) that passes `test`, at any depth (a step in an Action.ShowCard included), in card order. */
export function elementsWhere(card: unknown, test: (element: Element) => boolean): Element[] {
  if (Array.isArray(card)) return card.flatMap((x) => elementsWhere(x, test));
  if (typeof card !== 'object' || card === null) return [];
  const c = card as Element;
  return [...(test(c) ? [c] : []), ...Object.values(c).flatMap((inside) => elementsWhere(inside, test))];
}

/** The element with `id` anywhere in an Adaptive Card (an input, a problem's TextBlock). */
export function elementWithId(card: unknown, id: string): Element | undefined {
  return elementsWhere(card, (e) => e.id === id)[0];
}

/** Every action of `type` titled `title` anywhere in an Adaptive Card ("Ja, schrappen" in a step too). */
export function actionsTitled(card: unknown, type: `Action.${string}`, title: string): Element[] {
  return elementsWhere(card, (e) => e.type === type && e.title === title);
}
