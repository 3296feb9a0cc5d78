import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import type { DigestDocument, DigestVersion } from '../domain/digest-document.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import {
  DIGEST_ACTIONS,
  type DigestAction,
  previewMessage,
  publishedMessage,
} from '../messages/digest-messages.ts';
import { confirmationText } from '../messages/forms/confirmation.ts';
import { DIGEST_TEXT_FIELD, digestOmitForm, digestTextForm } from '../messages/forms/digest-form.ts';
import type { Form, FormMetadata } from '../messages/forms/model.ts';
import type { FormAnswer } from '../messages/forms/parse.ts';
import { currentLocale } from '../messages/locale.ts';
import { type Message, say as textMessage } from '../messages/model.ts';
import { guardText } from '../privacy/guarded-text.ts';
import { DEFAULT_TIME_ZONE, localDateOf } from '../schedule/local-time.ts';
import type { SystemActor } from '../store/audit-repo.ts';
import type { DigestStore } from '../store/digest-store.ts';
import { svgToPng } from './chart-png.ts';
import { trendChartSvg } from './chart-svg.ts';
import { makeDraft } from './make-draft.ts';
import { periodForCommand } from './meeting-period.ts';
import { withoutSections } from './omit.ts';
import { periodProblem, refuseUnstarted } from './period-started.ts';
import { enqueuePublication, fileLinks } from './publish-deliveries.ts';
import { publishedAnswer } from './published-answer.ts';
import { renderDigest } from './render.ts';
import { stuurgroepDateOfLabel } from './stuurgroep-period.ts';
import { summaryIn } from './summary-text.ts';

/**
 * Review and publish of the stuurgroep digest. The projectleider makes a draft (stored, shown only
 * to them), edits its text and leaves sections out, then publishes: the version is frozen as it was
 * reviewed and queued for every stuurgroep channel of the region (the scheduler sends and retries
 * it). A later publish for the same period is a new version that says it corrects the earlier one.
 */

export interface DigestPublishDeps {
  readonly store: DigestStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly guard: { check(fields: Record<string, string | undefined>): void };
  readonly publicUrl?: string | undefined;
  /** Drafts the summary text of a new version; by default the fixed summary from the aggregates. */
  readonly summarise?: ((document: DigestDocument) => Promise<string>) | undefined;
  /** SCHAKEL_TIMEZONE: what "today" is when no period is named. */
  readonly timeZone?: string | undefined;
}

/** Where a command was typed: its channel decides the region, a direct message the member's own. */
export interface DigestPlace {
  readonly platform: PlatformUser['platform'];
  readonly workspace: string;
  readonly channelId: string;
}

/** What a button carries: the draft it is about, as "region|period|version". */
const metadataSchema = z.object({
  regionId: z.string().min(1),
  // A tertiaal ('2026-T2') or the time since the previous stuurgroep meeting ('SG-2026-10-15').
  period: z.string().regex(/^(\d{4}-T[123]|SG-\d{4}-\d{2}-\d{2})$/),
  version: z.coerce.number().int().min(1),
});
type Key = z.infer<typeof metadataSchema>;
function parseKey(value: string) {
  const [regionId, period, version] = value.split('|');
  return metadataSchema.safeParse({ regionId, period, version });
}

const keyValue = (k: Key) => `${k.regionId}|${k.period}|${k.version}`;
const keyMetadata = (k: Key): FormMetadata => ({
  regionId: k.regionId,
  period: k.period,
  version: String(k.version),
});
const alreadyPublished = (v: DigestVersion) =>
  new NotFound(
    words().answers.digest.alreadyPublished(v.version, stuurgroepDateOfLabel(v.period) ?? v.period),
  );
/** A plain text answer, by default to the one who asked only. */
const say = (text: string, isPrivate = true): Message => ({ ...textMessage(text), private: isPrivate });

export function createDigestPublishing(d: DigestPublishDeps) {
  const data = d.store.read;
  const today = () => localDateOf(DateTime.fromJSDate(d.clock.now()), d.timeZone ?? DEFAULT_TIME_ZONE);
  async function regionOf(member: Member | null, place: DigestPlace): Promise<string> {
    const known = authorize(member, 'schakel.use');
    const overlegId = await data.overlegForChannel(place);
    const overleg = overlegId ? await data.findOverleg(overlegId) : null;
    return overleg?.regionId ?? known.regionId;
  }

  function preview(v: DigestVersion): Message {
    return previewMessage(v, keyValue(v), v.corrects, v.fileToken ? links(v.fileToken) : null);
  }

  /** The draft a button or form is about, for its region's projectleider only. */
  async function draftFor(actor: Member | null, key: Key): Promise<DigestVersion> {
    authorize(actor, 'digest.draft', { regionId: key.regionId });
    const v = await data.findVersion(key.regionId, key.period, key.version);
    if (!v) throw new NotFound(words().answers.digest.expired);
    if (v.status === 'withdrawn') throw new NotFound(words().answers.digest.withdrawn);
    if (v.status === 'published') throw alreadyPublished(v);
    return v;
  }

  function formOf(formId: string, v: DigestVersion): Form {
    const meta = keyMetadata(v);
    const back = { id: DIGEST_ACTIONS.show, value: keyValue(v) };
    if (formId === 'samenvatting-tekst')
      return { ...digestTextForm(meta, summaryIn(v, currentLocale())), back };
    if (formId === 'samenvatting-onderdelen') return { ...digestOmitForm(meta, v.omitted), back };
    throw new InvalidInput([{ field: 'form', message: words().answers.digest.unknownForm }]);
  }

  const links = (token: string) => fileLinks(d.publicUrl, token);

  /** `doneBy`: published by Schakel itself (the demo set-up), on the projectleider's review. */
  async function publish(actor: Member | null, key: Key, doneBy?: SystemActor): Promise<Message> {
    const v = await draftFor(actor, key);
    // A draft of a period ahead, made before Schakel refused those, is not sent either.
    refuseUnstarted(v.document.period, today());
    const channels = await data.stuurgroepChannelTargets(key.regionId);
    if (channels.length === 0) throw new NotFound(words().answers.digest.noChannel);
    const token = randomBytes(24).toString('base64url');
    const at = d.clock.now();
    const published = await d.store.transaction(async (tx) => {
      const by = doneBy ? null : (actor?.id ?? null);
      if (!(await tx.markPublished(key, { token, by, at }))) return false;
      // Frozen and queued in one go: the scheduler posts it to each channel once, retrying a failure.
      await enqueuePublication(tx, key, channels, at);
      await tx.audit({
        regionId: key.regionId,
        actorId: by,
        ...(doneBy ? { doneBy } : {}),
        action: 'samenvatting_gepubliceerd',
        subject: `${key.period} versie ${key.version}`,
        details: {
          period: key.period,
          version: key.version,
          corrects: v.corrects,
          channels: channels.length,
        },
        at,
      });
      return true;
    });
    if (!published) {
      // Another click on the same button won the race (a double click): say what happened to the draft.
      const now = await data.findVersion(key.regionId, key.period, key.version);
      if (now?.status === 'published') throw alreadyPublished(now);
      throw new NotFound(words().answers.digest.expired);
    }
    // This answer replaces the card with the draft: what was published stays in view, in short.
    return publishedAnswer(v, { channels: channels.length, pdf: links(token)?.pdf, today: today() });
  }

  return {
    /**
     * `samenvatting [JJJJ-Tn | JJJJ-MM-DD]`: the draft of a period, made or refreshed from today's
     * data. Without one it is the period of the coming stuurgroep meeting, or, when none is
     * planned, the tertiaal before today's (the one just finished that the stuurgroep discusses).
     */
    async digestDraft(
      member: Member | null,
      place: DigestPlace,
      periodLabel: string | null,
      doneBy?: SystemActor,
    ): Promise<Message> {
      const regionId = await regionOf(member, place);
      const actor = authorize(member, 'digest.draft', { regionId: regionId });
      const period = await periodForCommand(data, regionId, periodLabel, today());
      if (!period)
        throw new InvalidInput([{ field: 'periode', message: periodProblem(periodLabel, today()) }]);
      refuseUnstarted(period, today());
      // Made by Schakel itself (the demo set-up): not the projectleider's, so not in her mijn-gegevens.
      const createdBy = doneBy ? null : actor.id;
      return preview(await makeDraft(d, regionId, period, createdBy, d.clock.now()));
    },

    /** `samenvatting laatste`: the latest published digest, for the region's stuurgroep and projectleider. */
    async latestDigest(member: Member | null, place: DigestPlace): Promise<Message> {
      const regionId = await regionOf(member, place);
      authorize(member, 'digest.read', { regionId });
      const v = await data.latestPublished(regionId, today());
      if (!v?.fileToken) return { ...say(words().answers.digest.noneYet), refusal: 'declined' };
      return { ...publishedMessage(v, links(v.fileToken), v.corrects !== null), private: true };
    },

    /**
     * A review button: publish now, the form to edit the text or leave sections out, or back to
     * the preview. `doneBy`: pressed by Schakel itself (the demo set-up), so the logboek says so.
     */
    async digestAction(
      user: PlatformUser,
      action: DigestAction,
      value: string,
      doneBy?: SystemActor,
    ): Promise<Message> {
      const parsed = parseKey(value);
      if (!parsed.success) throw new NotFound(words().answers.digest.expired);
      const actor = await data.findMemberByIdentity(user);
      if (action === DIGEST_ACTIONS.publish) return publish(actor, parsed.data, doneBy);
      const v = await draftFor(actor, parsed.data);
      // "Annuleren" or "Nog niet": the preview again, nothing changed.
      if (action === DIGEST_ACTIONS.show) return preview(v);
      const form = formOf(
        action === DIGEST_ACTIONS.editText ? 'samenvatting-tekst' : 'samenvatting-onderdelen',
        v,
      );
      return { fallback: form.title, private: true, blocks: [{ type: 'text', text: form.title }], form };
    },

    /** The form again, to show it beside the problems of a submission. */
    async digestFormFor(user: PlatformUser, formId: string, metadata: FormMetadata): Promise<Form> {
      const key = metadataSchema.safeParse(metadata);
      if (!key.success) throw new InvalidInput([{ field: 'form', message: words().answers.digest.expired }]);
      return formOf(formId, await draftFor(await data.findMemberByIdentity(user), key.data));
    },

    /** A submitted review form, parsed: the draft changed and shown again; refusals are thrown. */
    async submitDigestForm(
      user: PlatformUser,
      metadata: FormMetadata,
      answer: DigestFormAnswer,
    ): Promise<Message> {
      const key = metadataSchema.safeParse(metadata);
      if (!key.success) throw new InvalidInput([{ field: 'form', message: words().answers.digest.expired }]);
      const v = await draftFor(await data.findMemberByIdentity(user), key.data);
      // Saved as it was: nothing stored, and said so (not "aangepast").
      // Shown in her language: Schakel's summary sent back as it was shown is no text of hers.
      const shown = summaryIn(v, currentLocale()).trim();
      if (answer.form === 'samenvatting-tekst' && answer.value.summary.trim() === shown) {
        const same = words().confirmation.samenvattingTekstUnchanged;
        const p = preview(v);
        return { ...p, fallback: same, blocks: [{ type: 'text', text: same }, ...p.blocks] };
      }
      if (answer.form === 'samenvatting-tekst') {
        // Client data never reaches the stuurgroep: the guard refuses it beside the field, nothing is stored.
        const summary = guardText(d.guard, DIGEST_TEXT_FIELD, answer.value.summary);
        await data.updateDraft(key.data, { summary });
      } else await data.updateDraft(key.data, { omitted: answer.value.omitted });
      const changed = (await data.findVersion(key.data.regionId, key.data.period, key.data.version)) ?? v;
      const done = confirmationText(answer.form);
      const p = preview(changed);
      return { ...p, fallback: done, blocks: [{ type: 'text', text: done }, ...p.blocks] };
    },

    /**
     * GET /digest/<token>.png|pdf: the files of a published version, rendered from its frozen
     * document, so later check-ins do not change what the stuurgroep was sent. Null: no such file.
     */
    async digestFile(token: string, kind: 'png' | 'pdf'): Promise<{ type: string; body: Uint8Array } | null> {
      const v = await data.versionByToken(token);
      if (!v) return null;
      const doc = withoutSections(v.document, v.omitted);
      if (kind === 'png') return { type: 'image/png', body: svgToPng(trendChartSvg(doc)) };
      // The version as approved: its summary text on top, the sections left out not there at all.
      // A draft's preview reads as it stands now, marked as a draft.
      const at = v.publishedAt ?? d.clock.now();
      const pdf = await renderDigest(doc, 'pdf', at, { ...v, draft: v.status === 'draft' });
      return { type: 'application/pdf', body: typeof pdf === 'string' ? Buffer.from(pdf) : pdf };
    },
  };
}

export type DigestPublishing = ReturnType<typeof createDigestPublishing>;
export type DigestFormAnswer = Extract<
  FormAnswer,
  { form: 'samenvatting-tekst' | 'samenvatting-onderdelen' }
>;
