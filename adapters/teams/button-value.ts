/**
 * The `value` a Schakel card button carries in its Action.Execute data: always text (a number
 * read as its digits). Anything else is no value of ours; it becomes '' and the handler answers
 * "unknown button" instead of failing on it (String() throws on an object whose toString is text).
 */
export function buttonValue(data: unknown): string {
  const value = (data as { value?: unknown } | null | undefined)?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
