import { randomBytes } from 'node:crypto';
import type { DigestDocument, DigestVersion } from '../domain/digest-document.ts';
import { NotFound, TryAgainLater } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import type { DigestStore } from '../store/digest-store.ts';
import { buildDigest } from './aggregate.ts';
import type { DigestPeriod } from './stuurgroep-period.ts';
import { fixedSummary, isFixedSummary, readable } from './summary-text.ts';

export interface DraftDeps {
  readonly store: DigestStore;
  /** Drafts the summary text of a new version; by default the fixed summary from the aggregates. */
  readonly summarise?: ((document: DigestDocument) => Promise<string>) | undefined;
  /** Public https URL of this Schakel, for the preview's PDF link. */
  readonly publicUrl?: string | undefined;
}

/** How often a draft is made again when the region's members changed while it was being made. */
const ATTEMPTS = 3;

/** The summary one try wrote, and the document (as text) it was written from. */
interface Summarised {
  readonly from: string;
  readonly summary: string;
}

/**
 * Makes or refreshes the draft of a region's digest for one period: the same for `samenvatting`
 * and for the automatic draft before a stuurgroep meeting. An open draft gets a fresh count with
 * the text and choices already made kept; after a published version it is a new version that
 * corrects it.
 *
 * The figures are read (and the summary written, which may take an AI model seconds) outside any
 * transaction; the draft is written only if, under the region's lock, its members and newest
 * version are still what they were. A member erased meanwhile (vergeet-mij) makes it start again,
 * so their answers never land in a draft after their erasure withdrew the drafts. A try made again
 * reuses the summary of the try before when the document it is written from is unchanged (a member
 * added outside the werkgroepen changes the members, not the figures): the AI model is asked again
 * only for other figures. When the members keep changing, the member is told to try again later;
 * nothing is stored.
 */
export async function makeDraft(
  d: DraftDeps,
  regionId: string,
  period: DigestPeriod,
  /** The member who asked for it; null when Schakel itself made it (the demo set-up). */
  createdBy: string | null,
  now: Date,
): Promise<DigestVersion> {
  let earlier: Summarised | null = null;
  for (let attempt = 1; ; attempt++) {
    const tried = await tryDraft(d, regionId, period, createdBy, now, earlier);
    if (tried.written) break;
    earlier = tried.summarised ?? earlier;
    if (attempt >= ATTEMPTS) throw new TryAgainLater(words().answers.problems.draftMembersChanging);
  }
  const v = await d.store.read.newestVersion(regionId, period.label);
  if (!v) throw new NotFound(words().answers.problems.draftNotSaved);
  return v;
}

/**
 * One attempt: not written when the region changed before the draft could be written. `earlier`:
 * the summary a try before wrote, used again when it was written from the same document.
 */
async function tryDraft(
  d: DraftDeps,
  regionId: string,
  period: DigestPeriod,
  createdBy: string | null,
  now: Date,
  earlier: Summarised | null,
): Promise<{ readonly written: boolean; readonly summarised?: Summarised }> {
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
  // An open draft keeps its text; a new version starts from her own text of the version it
  // corrects (its preview says the figures changed), else gets a summary written now.
  const own = newest?.status === 'draft' ? null : await ownTextBefore(d, regionId, newest);
  const summarised =
    newest?.status === 'draft' || own !== null ? undefined : await summaryOf(d, document, earlier);
  const written = await d.store.transaction(async (tx) => {
    await tx.lockRegionDrafts(regionId);
    if ((await tx.regionMembersMark(regionId)) !== members) return false;
    const still = await tx.newestVersion(regionId, period.label);
    if (still?.version !== newest?.version || still?.status !== newest?.status) return false;
    if (newest?.status === 'draft') {
      // Schakel's summary of the old count is written anew from the fresh one (her text stays).
      const fixed = isFixedSummary(newest) ? { fixedSummary: fixedSummary(document) } : {};
      await tx.updateDraft({ ...key, version: newest.version }, { document, ...fixed });
      return true;
    }
    await tx.insertDraft({
      ...key,
      // After a withdrawn draft too: its number stays its own, so an old button never publishes this one.
      version: (newest?.version ?? 0) + 1,
      document,
      corrects: correctedBy(newest),
      summary: own ?? summarised?.summary ?? '',
      ownSummary: own !== null,
      omitted: [],
      createdBy,
      at: now,
      fileToken: randomBytes(24).toString('base64url'),
    });
    return true;
  });
  return summarised ? { written, summarised } : { written };
}

/** The summary of a new version: the earlier try's when written from the same document, else written now. */
async function summaryOf(
  d: DraftDeps,
  document: DigestDocument,
  earlier: Summarised | null,
): Promise<Summarised> {
  const forSummary = readable(document);
  const from = JSON.stringify(forSummary);
  if (earlier?.from === from) return earlier;
  const summary = d.summarise ? await d.summarise(forSummary) : fixedSummary(document);
  return { from, summary };
}

/** The projectleider's own summary of the published version a new one corrects, or null. */
async function ownTextBefore(
  d: DraftDeps,
  regionId: string,
  newest: DigestVersion | null,
): Promise<string | null> {
  const corrected = correctedBy(newest);
  if (corrected === null || !newest) return null;
  const before =
    newest.version === corrected
      ? newest
      : await d.store.read.findVersion(regionId, newest.period, corrected);
  return before?.status === 'published' && before.ownSummary ? before.summary : null;
}

/** The published version a new one corrects: the newest, or the one a withdrawn draft corrected. */
function correctedBy(newest: DigestVersion | null): number | null {
  if (!newest) return null;
  return newest.status === 'withdrawn' ? newest.corrects : newest.version;
}
