import { words } from '../messages/catalogue/words.ts';
import { regionExists } from '../store/member-import-repo.ts';
import { regionListing } from '../store/regions-repo.ts';
import type { CliIo } from './command.ts';

/** The pool the commands get from withDatabase (the type only: queries stay in src/store/). */
type Queryable = Parameters<typeof regionListing>[0];

function said(io: Pick<CliIo, 'english'>) {
  return words(io.english ? 'en' : 'nl').cli.regions;
}

/** "Bestaande regio's: …" naming the regions there are (a typo is then seen at once), or null when there is none. */
export async function knownRegions(db: Queryable, io: Pick<CliIo, 'english'>): Promise<string | null> {
  const regions = await regionListing(db);
  if (regions.length === 0) return null;
  return said(io).known(regions.map((r) => `${r.id} (${r.name})`).join(', '));
}

/** The line after "Regio x bestaat niet.": the regions there are, or that there is none yet and how one is made. */
export async function regionsHint(db: Queryable, io: Pick<CliIo, 'english'>): Promise<string> {
  return (await knownRegions(db, io)) ?? said(io).none;
}

/**
 * For the commands that make a region's document: "Regio x bestaat niet." with the regions there
 * are, or null when region `id` is there.
 */
export async function missingRegion(db: Queryable, id: string, io: Pick<CliIo, 'english'>) {
  if (await regionExists(db, id)) return null;
  return `${words(io.english ? 'en' : 'nl').answers.problems.noRegion(id)}\n${await regionsHint(db, io)}`;
}
