// Numbers in forms: as a member types them, and as a Dutch reader reads them.

/** A number as a Dutch or English speaker types it: "3,5" and "3.5" alike. */
export function toNumber(value: string | undefined): number | undefined {
  const text = value?.trim().replace(',', '.');
  if (!text || !/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** "3,5": numbers as a Dutch reader writes them. */
export function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}
