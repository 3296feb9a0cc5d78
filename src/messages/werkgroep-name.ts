import { words } from './catalogue/words.ts';

/** How an answer names a werkgroep: by its name, or as "de werkgroep" (in the language spoken) when not found. */
export function werkgroepName(found: { readonly name: string } | null | undefined): string {
  return found?.name ?? words().forms.created.kinds.werkgroep;
}
