import { randomBytes } from 'node:crypto';
import { aggregatesOf } from '../ai/aggregates.ts';
import { deterministicSummary } from '../ai/deterministic.ts';
import type { DigestDocument, DigestVersion } from '../domain/digest-document.ts';
import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import type { DigestStore } from '../store/digest-store.ts';
import { buildDigest } from './aggregate.ts';
import { type DigestPeriod, stuurgroepDateOfLabel } from './stuurgroep-period.ts';

export interface DraftDeps {
  readonly store: DigestStore;
  /** Drafts the summary text of a new version; by default the fixed summary from the aggregates. */
  readonly summarise?: ((document: DigestDocument) => Promise<string>) | undefined;
  /** Public https URL of this Schakel, for the preview's PDF link. */
  readonly publicUrl?: string | undefined;
}

/** How often a draft is made again when the region's members changed while it was being made. */
const ATTEMPTS = 3;

/**
 * Makes or refreshes the draft of a region's digest for one period: the same for `samenvatting`
 * and for the automatic draft before a stuurgroep meeting. An open draft gets a fresh count with
 * the text and choices already made kept; after a published version it is a new version that
 * corrects it.
 *
 * The figures are read (and the summary written, which may take an AI model seconds) outside any
 * transaction; the draft is written only if, under the region's lock, its members and newest
 * version are still what they were. A member erased meanwhile (vergeet-mij) makes it start again,
 * so their answers never land in a draft after their erasure withdrew the drafts.
 */
export async function makeDraft(
  d: DraftDeps,
  regionId: string,
  period: DigestPeriod,
  createdBy: string,
  now: Date,
): Promise<DigestVersion> {
  for (let attempt = 1; ; attempt++) {
    if (await tryDraft(d, regionId, period, createdBy, now)) break;
    if (attempt >= ATTEMPTS)
      throw new Error('concept niet gemaakt: de leden van de regio veranderden steeds');
  }
  const v = await d.store.read.newestVersion(regionId, period.label);
  if (!v) throw new NotFound(words().answers.problems.draftNotSaved);
  return v;
}

/** One attempt: false when the region changed before the draft could be written. */
async function tryDraft(
  d: DraftDeps,
  regionId: string,
  period: DigestPeriod,
  createdBy: string,
  now: Date,
): Promise<boolean> {
  const members = await d.store.read.regionMembersMark(regionId);
  // The per-tertiaal figures come from the period's tertiaal, the rest from its own days.
  const built = await buildDigest(
    d.store.read,
    regionId,
    { ...period.tertiaal, from: period.from, to: period.to },
    now,
  );
  const document: DigestDocument = {
    ...built,
    period: { label: period.label, from: period.from, to: period.to },
  };
  const newest = await d.store.read.newestVersion(regionId, period.label);
  const key = { regionId, period: period.label };
  let summary = '';
  if (newest?.status !== 'draft') {
    const forSummary = readable(document);
    summary = d.summarise ? await d.summarise(forSummary) : deterministicSummary(aggregatesOf(forSummary));
  }
  return d.store.transaction(async (tx) => {
    await tx.lockRegionDrafts(regionId);
    if ((await tx.regionMembersMark(regionId)) !== members) return false;
    const still = await tx.newestVersion(regionId, period.label);
    if (still?.version !== newest?.version || still?.status !== newest?.status) return false;
    if (newest?.status === 'draft') {
      await tx.updateDraft({ ...key, version: newest.version }, { document });
      return true;
    }
    await tx.insertDraft({
      ...key,
      // After a withdrawn draft too: its number stays its own, so an old button never publishes this one.
      version: (newest?.version ?? 0) + 1,
      document,
      corrects: correctedBy(newest),
      summary,
      omitted: [],
      createdBy,
      at: now,
      fileToken: randomBytes(24).toString('base64url'),
    });
    return true;
  });
}

/** The published version a new one corrects: the newest, or the one a withdrawn draft corrected. */
function correctedBy(newest: DigestVersion | null): number | null {
  if (!newest) return null;
  return newest.status === 'withdrawn' ? newest.corrects : newest.version;
}

/** The summary names the period in words: "de periode van 16 juni t/m 14 oktober 2026", not its key. */
function readable(document: DigestDocument): DigestDocument {
  if (!stuurgroepDateOfLabel(document.period.label)) return document;
  const { from, to } = document.period;
  return {
    ...document,
    period: {
      ...document.period,
      label: `de periode van ${readableShortDate(from, 'nl')} t/m ${readableShortDate(to, 'nl')}`,
    },
  };
}
