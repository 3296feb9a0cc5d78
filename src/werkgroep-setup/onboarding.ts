import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { type FieldProblem, InvalidInput, PrivacyRefusal } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { formMessage } from '../messages/form-message.ts';
import { type Form, type FormMetadata, OPTION_TEXT_MAX, type RawValues } from '../messages/forms/model.ts';
import {
  readWerkgroepForm,
  WERKGROEP_FIELDS,
  type WerkgroepFormAnswer,
  werkgroepForm,
} from '../messages/forms/werkgroep-form.ts';
import { type Message, shorten } from '../messages/model.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { guardText } from '../privacy/guarded-text.ts';
import { type createSeriesCommands, guardSeries } from '../rhythm/series-changes.ts';
import { DEFAULT_TIME_ZONE, todayIsoIn } from '../schedule/local-time.ts';
import { defineSeries, type SeriesInput } from '../schedule/series.ts';
import type { ChannelPlace } from '../store/werkgroep-setup-repo.ts';
import type { WerkgroepSetupStore } from '../store/werkgroep-setup-store.ts';
import { assertMaySetUp, channelOf, type Linkable, linkable, prefixOf } from './channel-links.ts';
import { createdMessage } from './onboarding-answer.ts';
import { createAnswerProblems } from './onboarding-problems.ts';

/**
 * The projectleider's guided set-up of a werkgroep (`nieuwe-werkgroep`): one form, and on
 * submission one transaction that makes the overleg, its series, its members, the channel link
 * and the audit entry. A resubmitted form (a retry, a double click) makes nothing twice.
 */

const metadataSchema = z.object({
  aanvraag: z.uuid(),
  platform: z.enum(['slack', 'teams']).optional(),
  workspace: z.string().optional(),
  channelId: z.string().min(1).optional(),
});

const expired = () => [{ field: 'form', message: words().forms.werkgroep.expired }];

/** The problems `check` throws (a PrivacyRefusal or InvalidInput), none when it passes. */
function refusedBy(check: () => unknown): readonly FieldProblem[] {
  try {
    check();
    return [];
  } catch (err) {
    if (err instanceof PrivacyRefusal || err instanceof InvalidInput) return err.problems;
    throw err;
  }
}

function placeOf(meta: z.infer<typeof metadataSchema>): ChannelPlace | null {
  return meta.platform && meta.workspace !== undefined && meta.channelId
    ? { platform: meta.platform, workspace: meta.workspace, channelId: meta.channelId }
    : null;
}

export function createOnboarding(d: {
  store: WerkgroepSetupStore;
  clock: Clock;
  guard: FreeTextGuard;
  series: ReturnType<typeof createSeriesCommands>;
  /** Plans the new werkgroep's reminders (src/jobs/plan-deliveries.ts). */
  planOverleg: (overlegId: string, now: Date) => Promise<unknown>;
}) {
  const answerData = { store: d.store.read, series: d.series };
  const problemsWith = createAnswerProblems({ read: d.store.read, clock: d.clock });

  /** Where the form was asked from can receive the reminders, unless it is linked already. */
  async function channelFor(user: PlatformUser, place: ChannelPlace | null): Promise<Linkable> {
    if (!place) {
      return {
        ok: false,
        reason: words().answers.links.afterwards(prefixOf(user.platform)),
      };
    }
    const linked = await d.store.read.overleggenOfChannel(channelOf(place));
    if (linked[0]) {
      return {
        ok: false,
        reason: words().answers.links.belongsTo(linked[0].name, prefixOf(user.platform)),
      };
    }
    return linkable(d.store.read, user, place);
  }

  async function build(
    actor: Member,
    user: PlatformUser,
    metadata: FormMetadata,
    name?: string,
  ): Promise<Form> {
    const meta = metadataSchema.parse(metadata);
    const where = await channelFor(user, placeOf(meta));
    const members = (await d.store.read.regionMembers(actor.regionId))
      .filter((m) => m.id !== actor.id)
      .map((m) => ({
        value: m.id,
        label: shorten(m.name, OPTION_TEXT_MAX),
        description: shorten(m.organisation, OPTION_TEXT_MAX),
      }));
    return werkgroepForm({
      metadata,
      members,
      channelNote: where.ok ? null : where.reason,
      regionName: await d.store.read.regionName(actor.regionId),
      // A new werkgroep has no zone of its own yet: its answer is checked in the default one.
      today: todayIsoIn(d.clock.now(), DEFAULT_TIME_ZONE),
      ...(name ? { name } : {}),
    });
  }

  /** Where the answer asks its channel to be linked: that place, and whether it can be. */
  async function linkFor(
    user: PlatformUser,
    meta: z.infer<typeof metadataSchema>,
    link: boolean | undefined,
  ) {
    const place = placeOf(meta);
    return link && place ? await channelFor(user, place) : null;
  }

  return {
    /** The form, opened from a channel (`place`, offered for linking) or from the home card (null). */
    async openForm(
      member: Member | null,
      user: PlatformUser,
      place: ChannelPlace | null,
      name: string | null,
    ): Promise<Message> {
      const actor = assertMaySetUp(member);
      const metadata: Record<string, string> = { aanvraag: randomUUID() };
      if (place) Object.assign(metadata, channelOf(place));
      const form = await build(actor, user, metadata, name ?? undefined);
      return formMessage(form);
    },

    /** The form again, to show it beside the problems of a submission. */
    async formFor(member: Member | null, user: PlatformUser, metadata: FormMetadata): Promise<Form> {
      const actor = assertMaySetUp(member);
      if (!metadataSchema.safeParse(metadata).success) throw new InvalidInput(expired());
      return build(actor, user, metadata);
    },

    /**
     * For an answer with fields the form itself refused: what the database and the clock say of
     * the fields that could be read, to be shown in the same reply.
     */
    async draftProblems(
      member: Member | null,
      user: PlatformUser,
      metadata: FormMetadata,
      values: RawValues,
    ): Promise<FieldProblem[]> {
      const actor = assertMaySetUp(member);
      const meta = metadataSchema.safeParse(metadata);
      if (!meta.success) return [];
      const { answer } = readWerkgroepForm(values);
      return problemsWith(actor, answer, await linkFor(user, meta.data, answer.linkChannel));
    },

    async submit(
      member: Member | null,
      user: PlatformUser,
      metadata: FormMetadata,
      a: WerkgroepFormAnswer,
    ): Promise<Message> {
      const actor = assertMaySetUp(member);
      const meta = metadataSchema.safeParse(metadata);
      if (!meta.success) throw new InvalidInput(expired());
      const requestKey = `werkgroep:${actor.regionId}:${meta.data.aanvraag}`;
      const made = await d.store.read.overlegMadeByRequest(actor.regionId, requestKey);
      if (made) return createdMessage(answerData, made, user.platform);

      const where = await linkFor(user, meta.data, a.linkChannel);
      const series: SeriesInput = {
        firstStart: `${a.date}T${a.time}`,
        everyWeeks: a.everyWeeks,
        durationMinutes: a.durationMinutes,
        changes: [],
        exceptions: [],
      };
      // Every refusal in one reply: client data in the name, what the database and the clock say,
      // and a series that cannot be (a first meeting in the hour skipped in spring).
      const problems = [
        ...refusedBy(() => guardText(d.guard, WERKGROEP_FIELDS.name, a.name)),
        ...(await problemsWith(actor, a, where)),
        ...refusedBy(() => defineSeries(series)).map((p) =>
          p.field === 'firstStart' ? { ...p, field: WERKGROEP_FIELDS.time } : p,
        ),
      ];
      if (problems.length > 0) {
        // The twin of this submission may have just made it: then that is the answer.
        const meanwhile = await d.store.read.overlegMadeByRequest(actor.regionId, requestKey);
        if (meanwhile) return createdMessage(answerData, meanwhile, user.platform);
        throw new InvalidInput(problems);
      }
      const name = guardText(d.guard, WERKGROEP_FIELDS.name, a.name);
      const guardedSeries = guardSeries(d.guard, series);
      const now = d.clock.now();
      const overlegId = await d.store
        .transaction(async (tx) => {
          // A twin of this submission waits here until the first commits, then changes nothing.
          if (!(await tx.recordRequest(requestKey, now))) return null;
          const id = await tx.insertOverleg({
            regionId: actor.regionId,
            name,
            kind: a.kind,
            at: now,
          });
          await tx.saveSeries(id, guardedSeries, null, now);
          const added = await tx.addOverlegMembers(id, actor.regionId, [actor.id, ...a.memberIds]);
          if (where?.ok) await tx.linkChannel(id, where.channel);
          await tx.audit({
            regionId: actor.regionId,
            actorId: actor.id,
            action: 'werkgroep_aangemaakt',
            subject: id,
            details: {
              aanvraag: requestKey,
              soort: a.kind,
              firstStart: series.firstStart,
              everyWeeks: a.everyWeeks,
              leden: added,
              kanaal: where?.ok ? { platform: where.channel.platform, id: where.channel.channelId } : null,
            },
            at: now,
          });
          return id;
        })
        .catch((err: unknown) => {
          // Another form took the same name in the meantime (unique per region).
          if ((err as { code?: string }).code !== '23505') throw err;
          throw new InvalidInput([
            {
              field: WERKGROEP_FIELDS.name,
              message: words().forms.werkgroep.nameJustTaken,
            },
          ]);
        });
      const id = overlegId ?? (await d.store.read.overlegMadeByRequest(actor.regionId, requestKey));
      if (!id) throw new InvalidInput(expired());
      if (overlegId) await d.planOverleg(id, now);
      return createdMessage(answerData, id, user.platform);
    },
  };
}
