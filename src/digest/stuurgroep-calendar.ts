import { DateTime } from 'luxon';
import { dutchLocalDate, tertiaalOfMeeting } from '../checkin/round-timing.ts';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { StuurgroepCommand } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { nextYearTyped, passedLately, withNextYear } from '../messages/next-year.ts';
import { tertiaalName } from '../messages/period-words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { DEFAULT_TIME_ZONE, parseLocalDate } from '../schedule/local-time.ts';
import type { DigestRepository, DigestStore } from '../store/digest-store.ts';
import { draftDueAt, planRegionDrafts } from './auto-draft.ts';
import { nextStuurgroepMessage, publishedOf } from './stuurgroep-next.ts';
import {
  type DigestPeriod,
  DRAFT_HOUR,
  draftMoment,
  MAX_DAYS_BEFORE,
  MIN_DAYS_BEFORE,
  nextMeeting,
  periodForMeeting,
  type StuurgroepSettings,
} from './stuurgroep-period.ts';

/**
 * The stuurgroep's calendar, kept by the projectleider (or the region's beheerder): the meeting
 * dates, and when and over which period the digest draft is made. Every change is logged and
 * replans the automatic drafts at once.
 */

interface Place {
  readonly platform: PlatformUser['platform'];
  readonly workspace: string;
  readonly channelId: string;
}

function periodText(p: DigestPeriod): string {
  const w = words().answers.stuurgroep;
  const name = p.label === p.tertiaal.label ? tertiaalName(p.label) : null;
  return name ? w.tertiaal(name) : w.days(readableShortDate(p.from), readableShortDate(p.to));
}

function assertMayPlan(actor: Member | null, regionId: string): Member {
  return authorize(actor, 'stuurgroep.plan', { regionId });
}

function validDate(date: string): string {
  if (!parseLocalDate(date))
    throw new InvalidInput([{ field: 'datum', message: words().answers.stuurgroep.noSuchDate(date) }]);
  return date;
}

export function createStuurgroepCalendar({
  store,
  clock,
  timeZone = DEFAULT_TIME_ZONE,
}: {
  store: DigestStore;
  clock: Clock;
  /** SCHAKEL_TIMEZONE: the stuurgroep's dates and draft moments are local to the installation. */
  timeZone?: string;
}) {
  async function regionOf(member: Member | null, place: Place): Promise<string> {
    const known = authorize(member, 'schakel.use');
    const overlegId = await store.read.overlegForChannel(place);
    const overleg = overlegId ? await store.read.findOverleg(overlegId) : null;
    return overleg?.regionId ?? known.regionId;
  }

  const today = () => DateTime.fromJSDate(clock.now(), { zone: timeZone }).toISODate() ?? '';

  function draftText(date: string, s: StuurgroepSettings): string {
    const at = draftMoment(date, s.daysBefore, timeZone);
    const day = dutchLocalDate(at.toISODate() ?? date);
    const w = words().answers.stuurgroep;
    return at.toMillis() < clock.now().getTime() ? w.draftPast(day) : w.draftOn(day);
  }

  /** The calendar as shown; `known` the region's dates when the caller has just read them. */
  async function overview(
    regionId: string,
    prefix: string,
    lead?: string,
    known?: string[],
  ): Promise<Message> {
    const [dates, s] = await Promise.all([
      known ?? store.read.stuurgroepDates(regionId),
      store.read.stuurgroepSettingsOf(regionId),
    ]);
    const coming = dates.filter((d) => d >= today());
    const w = words().answers.stuurgroep;
    const items = coming.map((d) =>
      w.line(dutchLocalDate(d), draftText(d, s), periodText(periodForMeeting(dates, d, s.periodKind))),
    );
    return {
      fallback: lead ?? w.heading,
      blocks: [
        ...(lead ? [{ type: 'text' as const, text: lead }] : []),
        { type: 'heading', text: w.heading },
        { type: 'list', items: items.length > 0 ? items : [w.none(prefix)] },
        {
          type: 'note',
          text: w.note(s.daysBefore, String(DRAFT_HOUR).padStart(2, '0'), w.kinds[s.periodKind], prefix),
        },
      ],
    };
  }

  /** The region's other stuurgroep `dates` in the tertiaal of `date` (a second meeting there is likely a slip). */
  function sameTertiaal(dates: readonly string[], date: string): string[] {
    const tertiaal = tertiaalOfMeeting(date).label;
    return dates.filter((d) => d !== date && tertiaalOfMeeting(d).label === tertiaal);
  }

  /**
   * For a past `date`: the last stuurgroep already held after it, if any. Such a date can count for
   * nothing (a period runs from the meeting just before): a year slipped ("stuurgroep 1 januari
   * 2020"). A new one is refused, nothing noted; one already there is answered with how to remove it.
   */
  function heldAfter(dates: readonly string[], date: string): string | undefined {
    if (date >= today()) return undefined;
    const held = dates.filter((d) => d > date && d < today()).sort();
    const last = held[held.length - 1];
    if (last && !dates.includes(date))
      throw new InvalidInput([
        {
          field: 'datum',
          message: words().answers.stuurgroep.beforeLastHeld(dutchLocalDate(date), dutchLocalDate(last)),
        },
      ]);
    return last;
  }

  async function change(
    regionId: string,
    actor: Member,
    action: string,
    /** What the logboek names; a function when the work decides it (read under the lock). */
    subject: string | (() => string),
    work: (tx: DigestRepository) => Promise<boolean>,
  ) {
    const at = clock.now();
    const changed = await store.transaction(async (tx) => {
      if (!(await work(tx))) return false;
      const named = typeof subject === 'string' ? subject : subject();
      await tx.audit({ regionId, actorId: actor.id, action, subject: named, at });
      return true;
    });
    if (changed) await planRegionDrafts(store, regionId, at, timeZone);
    return changed;
  }

  return {
    /**
     * `volgende` for a reader of the summary: the region's next stuurgroep meeting. Without one,
     * `orElse` (the stuurgroep channel's own series, as the home card shows it) when it has an answer.
     * `inRegion`: the region of the stuurgroep channel asked in (refused when it is not the member's).
     */
    async next(
      member: Member | null,
      prefix: string,
      orElse?: () => Promise<Message | null>,
      inRegion?: string,
    ): Promise<Message> {
      const { regionId } = authorize(member, 'digest.read', { regionId: inRegion });
      const [dates, settings] = await Promise.all([
        store.read.stuurgroepDates(regionId),
        store.read.stuurgroepSettingsOf(regionId),
      ]);
      const date = nextMeeting(dates, today());
      if (!date) return (await orElse?.()) ?? nextStuurgroepMessage(null, timeZone, prefix);
      // Made is what the versions hold; when it comes is the scheduler's own rule (auto-draft.ts).
      const period = periodForMeeting(dates, date, settings.periodKind);
      const version = await store.read.newestVersion(regionId, period.label);
      const madeAt = version && version.status !== 'withdrawn' ? version.createdAt : null;
      const dueAt = draftDueAt(date, settings.daysBefore, clock.now(), timeZone);
      const published = await publishedOf(store.read, version);
      return nextStuurgroepMessage({ date, draft: { madeAt, dueAt, published } }, timeZone, prefix);
    },

    /** `stuurgroep [JJJJ-MM-DD | weg JJJJ-MM-DD | instellingen …]` typed anywhere in the region. */
    async stuurgroep(
      member: Member | null,
      place: Place,
      command: StuurgroepCommand,
      prefix: string,
    ): Promise<Message> {
      const regionId = await regionOf(member, place);
      const actor = assertMayPlan(member, regionId);
      switch (command.action) {
        case 'lijst':
          return overview(regionId, prefix);
        case 'toevoegen': {
          const date = validDate(command.date);
          // The region's dates, read once: checked before the date is added, then shown with it.
          let dates: string[] = [];
          let later: string | undefined;
          const added = await change(regionId, actor, 'stuurgroepdatum_toegevoegd', date, async (tx) => {
            dates = await tx.stuurgroepDates(regionId);
            later = heldAfter(dates, date);
            return tx.addStuurgroepDate(regionId, date, actor.id, clock.now());
          });
          if (added) dates = [...dates, date].sort();
          const w = words().answers.stuurgroep;
          // Passed lately ("stuurgroep 3 december" on 6 December): how to type next year's too.
          // "gisteren" meant yesterday: next year's same day is no likely meaning.
          const lately = passedLately(date, today()) && !command.countedBack;
          const hint = lately ? nextYearTyped(date, today()) : null;
          const past = later
            ? w.pastNotCounted(dutchLocalDate(later), prefix, date)
            : date < today()
              ? withNextYear(w.past, hint)
              : '';
          const lead = added ? w.added(dutchLocalDate(date), past) : w.already(dutchLocalDate(date), past);
          const close = added ? sameTertiaal(dates, date) : [];
          const warning = close.length > 0 ? w.sameTertiaal(close.map(dutchLocalDate), prefix) : '';
          return overview(regionId, prefix, `${lead}${warning}`, dates);
        }
        case 'weg': {
          const date = validDate(command.date);
          const removed = await change(regionId, actor, 'stuurgroepdatum_verwijderd', date, (tx) =>
            tx.removeStuurgroepDate(regionId, date),
          );
          if (!removed) throw new NotFound(words().answers.stuurgroep.notThere(dutchLocalDate(date), prefix));
          return overview(regionId, prefix, words().answers.stuurgroep.removed(dutchLocalDate(date)));
        }
        case 'instellingen': {
          const { days, periodKind } = command;
          if (days === null && periodKind === null) return overview(regionId, prefix);
          if (days !== null && (days < MIN_DAYS_BEFORE || days > MAX_DAYS_BEFORE))
            throw new InvalidInput([
              {
                field: 'dagen',
                message: words().answers.stuurgroep.daysRange(MIN_DAYS_BEFORE, MAX_DAYS_BEFORE),
              },
            ]);
          // Read and changed under the region's lock: "dagen" and "periode" sent at once both stand,
          // the second made to the settings as the first left them.
          let next: StuurgroepSettings | undefined;
          await change(
            regionId,
            actor,
            'stuurgroep_instellingen_gewijzigd',
            () => `${next?.daysBefore} dagen, ${next?.periodKind}`,
            async (tx) => {
              await tx.lockRegionDrafts(regionId);
              const current = await tx.stuurgroepSettingsOf(regionId);
              next = { daysBefore: days ?? current.daysBefore, periodKind: periodKind ?? current.periodKind };
              await tx.saveStuurgroepSettings(regionId, next);
              return true;
            },
          );
          return overview(regionId, prefix, words().answers.stuurgroep.settingsChanged);
        }
      }
    },
  };
}

export type StuurgroepCalendar = ReturnType<typeof createStuurgroepCalendar>;
