import type { Clock } from '../../src/clock.ts';
import { importInterchange } from '../../src/interchange/import.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import type { Database } from '../../src/store/database.ts';
import { interchangeStore } from '../../src/store/interchange-repo.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';

/** The fictional region of the spreadsheet example, imported as `schakel import` does (its series and ICS link too). */
export async function importSpreadsheetRegion(db: Database, clock: Clock): Promise<void> {
  const guard = createGuard({ now: clock.now });
  const imported = await importInterchange(
    interchangeStore(db),
    JSON.stringify(spreadsheetRegion()),
    guard,
    clock,
  );
  if (!imported.ok) throw new Error(`import mislukt: ${JSON.stringify(imported.problems)}`);
}
