import type { PlatformUser } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { MemberImportRepository } from '../store/member-import-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import type { MemberMatcher, MemberRow } from './csv-import.ts';

export interface ImportReport {
  readonly added: number;
  readonly updated: number;
  /** Members found by their e-mail address whose name the row changed: named in the summary. */
  readonly renamed: ReadonlyArray<{ readonly from: string; readonly to: string; readonly email: string }>;
  readonly matched: ReadonlyArray<{ readonly name: string; readonly platforms: readonly string[] }>;
  /** Imported, but not found on any platform: listed, never silently dropped. */
  readonly unmatched: ReadonlyArray<{ readonly name: string; readonly email: string }>;
  /** Imported without an e-mail address, so not looked up anywhere. */
  readonly withoutEmail: readonly string[];
}

/**
 * Imports checked rows into a region (and a werkgroep): platform accounts are looked up first,
 * then everything is written in one transaction, so a failure leaves nothing half-imported.
 */
export async function importMembers(
  store: UnitOfWork<MemberImportRepository>,
  opts: {
    regionId: string;
    werkgroep: string | null;
    rows: readonly MemberRow[];
    matcher: MemberMatcher;
    now: Date;
  },
): Promise<ImportReport | { error: string }> {
  if (!(await store.read.regionExists(opts.regionId)))
    return { error: words().cli.membersImport.noRegion(opts.regionId) };
  const overlegId = opts.werkgroep ? await store.read.findOverlegByName(opts.regionId, opts.werkgroep) : null;
  if (opts.werkgroep && !overlegId)
    return { error: words().cli.membersImport.noWerkgroep(opts.werkgroep, opts.regionId) };
  const found = new Map<MemberRow, PlatformUser[]>();
  for (const r of opts.rows) found.set(r, r.email ? await opts.matcher.lookup(r.email) : []);
  return store.transaction(async (tx) => {
    const { added, updated, renamed } = await tx.upsertMembers(
      opts.regionId,
      overlegId,
      opts.rows.map((row) => ({ row, identities: found.get(row) ?? [] })),
    );
    await tx.audit({
      regionId: opts.regionId,
      actorId: null,
      // The beheerder's `schakel members import`: the logboek names them, not an erased member.
      doneBy: 'cli',
      action: 'leden_geimporteerd',
      subject: opts.werkgroep ?? 'regio',
      details: { added, updated },
      at: opts.now,
    });
    return {
      added,
      updated,
      renamed,
      matched: opts.rows
        .filter((r) => (found.get(r) ?? []).length > 0)
        .map((r) => ({
          name: r.name,
          platforms: [...new Set((found.get(r) ?? []).map((u) => u.platform))],
        })),
      unmatched: opts.rows.flatMap((r) =>
        r.email && (found.get(r) ?? []).length === 0 ? [{ name: r.name, email: r.email }] : [],
      ),
      withoutEmail: opts.rows.filter((r) => !r.email).map((r) => r.name),
    };
  });
}
