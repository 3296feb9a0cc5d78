import { DateTime } from 'luxon';
import type { BuiltDelivery } from '../checkin/checkin-deliveries.ts';
import type { Delivery } from '../domain/deliveries.ts';
import { directMessageTarget } from '../jobs/direct-message-target.ts';
import { words } from '../messages/catalogue/words.ts';
import { previewMessage } from '../messages/digest-messages.ts';
import type { Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import { nextAllowedMoment, parseReminderSettings } from '../schedule/reminder-plan.ts';
import type { DigestDelivery } from '../store/digest-deliveries-repo.ts';
import type { DigestStore } from '../store/digest-store.ts';
import { type DraftDeps, makeDraft } from './make-draft.ts';
import { periodOfMeeting } from './meeting-period.ts';
import { fileLinks } from './publish-deliveries.ts';
import { draftMoment } from './stuurgroep-period.ts';

/**
 * The automatic draft before each stuurgroep meeting: planned as one delivery per projectleider
 * of the region, made and sent to them privately when due. The unique key (region, meeting date,
 * projectleider) makes double ticks, restarts and replicas send it once.
 */

// The reminders' habits: not in the quiet hours (18:00-08:00), not in the weekend.
const POLITE = parseReminderSettings();

export function draftKey(
  regionId: string,
  meetingDate: string,
  t: { platform: string; workspace: string; userId: string },
) {
  return ['digest_draft', regionId, meetingDate, t.platform, t.workspace, t.userId].join('|');
}

/**
 * When the draft for a meeting goes out: on the draft day at 09:00; when that moment has passed
 * (the date was added late, the days changed) at the next polite moment, still before the meeting.
 * Null when the meeting day has come: then the projectleider asks with `samenvatting`.
 */
export function draftDueAt(
  meetingDate: string,
  daysBefore: number,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): Date | null {
  const nowLocal = DateTime.fromJSDate(now, { zone });
  if (meetingDate <= (nowLocal.toISODate() ?? '')) return null;
  const planned = draftMoment(meetingDate, daysBefore, zone);
  if (planned.toMillis() >= now.getTime()) return planned.toJSDate();
  return nextAllowedMoment(nowLocal, POLITE).toJSDate();
}

/** Writes down the region's drafts from its dates, settings and projectleiders as they are now. */
export async function planRegionDrafts(
  store: DigestStore,
  regionId: string,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): Promise<number> {
  return store.transaction(async (tx) => {
    // One planner per region at a time: a command and the horizon run must not interleave.
    await tx.lockRegionForPlanning(regionId);
    // One after the other: a transaction is one connection, which runs one query at a time.
    const dates = await tx.stuurgroepDates(regionId);
    const settings = await tx.stuurgroepSettingsOf(regionId);
    const targets = await tx.projectleiderTargets(regionId);
    const planned: DigestDelivery[] = [];
    for (const date of dates) {
      const dueAt = draftDueAt(date, settings.daysBefore, now, zone);
      if (!dueAt) continue;
      for (const t of targets) {
        planned.push({
          key: draftKey(regionId, date, t),
          regionId,
          overlegId: null,
          occurrence: date,
          kind: 'digest_draft',
          platform: t.platform,
          workspace: t.workspace,
          channelId: t.userId,
          dueAt,
        });
      }
    }
    await tx.replaceDraftPlan(regionId, planned, now);
    return planned.length;
  });
}

/** The horizon run: every region with a stuurgroep meeting still to come. */
export async function planAllDrafts(
  store: DigestStore,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): Promise<number> {
  const today = DateTime.fromJSDate(now, { zone }).toISODate() ?? '';
  let total = 0;
  for (const id of await store.read.regionsWithStuurgroepDates(today))
    total += await planRegionDrafts(store, id, now, zone);
  return total;
}

/** The private preview with its review buttons, headed by why it came now. */
export async function buildDraftDelivery(
  deps: DraftDeps,
  d: Delivery,
  now: Date,
): Promise<BuiltDelivery | { readonly skip: string }> {
  const regionId = d.regionId;
  if (!regionId) return { skip: 'regio onbekend' };
  const meeting = d.occurrence;
  if (!(await deps.store.read.stuurgroepDates(regionId)).includes(meeting))
    return { skip: 'stuurgroepdatum bestaat niet meer' };
  const to = await deps.store.read.findProjectleiderTarget(regionId, {
    platform: d.platform,
    workspace: d.workspace,
    userId: d.channelId,
  });
  if (!to) return { skip: 'geen projectleider van de regio meer' };
  const period = await periodOfMeeting(deps.store.read, regionId, meeting);
  const v = await makeDraft(deps, regionId, period, to.memberId, now);
  const intro = words().digest.autoDraftIntro(readableIsoDate(meeting));
  const links = v.fileToken ? fileLinks(deps.publicUrl, v.fileToken) : null;
  const preview = previewMessage(v, `${v.regionId}|${v.period}|${v.version}`, v.corrects, links);
  const message: Message = {
    ...preview,
    fallback: `${intro} ${preview.fallback}`,
    blocks: [{ type: 'text', text: intro }, ...preview.blocks],
  };
  return {
    direct: true,
    target: directMessageTarget(to),
    message,
  };
}
