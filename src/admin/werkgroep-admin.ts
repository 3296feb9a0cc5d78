import { dutchMoment } from '../checkin/round-timing.ts';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { hasInvisibleCharacter, showsNothing } from '../domain/control-characters.ts';
import type { Delivery } from '../domain/deliveries.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { Replanned } from '../jobs/plan-deliveries.ts';
import { words } from '../messages/catalogue/words.ts';
import type { ReminderSetting } from '../messages/commands.ts';
import type { Block, Message } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { guardText } from '../privacy/guarded-text.ts';
import type { HolidayPeriod } from '../schedule/conflicts.ts';
import { todayIsoIn } from '../schedule/local-time.ts';
import { reminderDayLimitsAt, withinLimits } from '../schedule/reminder-limits.ts';
import {
  parseReminderSettings,
  type ReminderSettingsInput,
  reminderSettingsSchema,
} from '../schedule/reminder-plan.ts';
import { findOccurrence } from '../schedule/series.ts';
import { storedSeries } from '../schedule/stored-series.ts';
import type { AdminStore } from '../store/admin-store.ts';
import { logLine } from './logboek-lines.ts';
import { meetingsInPeriod } from './meetings-in-period.ts';
import { reminderSettingProblem } from './reminder-setting-check.ts';

/**
 * A meeting's local start 'YYYY-MM-DDTHH:mm' as people read it: "dinsdag 22 december 2026 om
 * 14:00"; what names no meeting ("2026-T2 versie 1", a digest's) stays as it is.
 */
function localMoment(occurrence: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(occurrence);
  return m?.[1] && m[2] ? words().dates.moment(readableIsoDate(m[1]), m[2]) : occurrence;
}

/** The longest name of a vacation: as long as the other names a projectleider types. */
const HOLIDAY_NAME_MAX = 200;

/** What the projectleider (and the beheerder) look after: the log, failed messages, holidays. */
export function createAdminCommands({
  store,
  clock,
  guard,
  planOverleg,
  timeZone,
}: {
  store: AdminStore;
  clock: Clock;
  /** SCHAKEL_TIMEZONE: the logboek's times are local, as everywhere else. */
  timeZone: string;
  guard: FreeTextGuard;
  /** Plans the werkgroep's reminders again from its settings as they are now (src/jobs/plan-deliveries.ts). */
  /** Re-plans a werkgroep after a change; says so when its stored series breaks the rules. */
  planOverleg: (overlegId: string, now: Date) => Promise<Pick<Replanned, 'notPlanned'>>;
}) {
  async function overleg(overlegId: string) {
    const o = await store.read.findOverleg(overlegId);
    if (!o) throw new NotFound(words().answers.admin.noOverleg);
    return o;
  }

  /** A holiday period is the region's: every werkgroep of it is planned again; what is not, named. */
  async function planRegion(regionId: string): Promise<string | null> {
    const said: string[] = [];
    for (const id of await store.read.overlegIdsOfRegion(regionId)) {
      const { notPlanned } = await planOverleg(id, clock.now());
      if (notPlanned) said.push(notPlanned);
    }
    return said.length > 0 ? said.join(' ') : null;
  }

  return {
    async auditLog(actor: Member | null, overlegId: string): Promise<Message> {
      const o = await overleg(overlegId);
      authorize(actor, 'audit.read', { regionId: o.regionId });
      const entries = await store.read.auditEntries(o.regionId, 20);
      const w = words().answers.admin;
      return {
        fallback: w.logFallback,
        blocks: [
          { type: 'heading', text: w.logHeading },
          {
            type: 'list',
            items:
              entries.length > 0
                ? entries.map(
                    (e) =>
                      `${dutchMoment(e.at, timeZone)} — ${e.doneBy ? w.doneBy[e.doneBy] : (e.actor ?? w.erasedMember)}: ${logLine(e)}`,
                  )
                : [w.logEmpty],
          },
        ],
      };
    },

    async failedMessages(actor: Member | null, overlegId: string): Promise<Message> {
      const o = await overleg(overlegId);
      authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      const listed = await store.read.failedDeliveries(overlegId);
      const w = words().answers.admin;
      if (listed.length === 0)
        return { fallback: w.noFailures, blocks: [{ type: 'text', text: w.noFailures }] };
      const failed = listed.filter((d) => d.status === 'failed');
      const late = listed.filter((d) => d.status === 'skipped');
      const kind = (d: Delivery) => w.kinds[d.kind] ?? d.kind;
      // A moved meeting keeps its original start as its identity: name the day it takes place.
      const stored = await store.read.findSeries(overlegId);
      const series = stored && storedSeries(stored.definition);
      const meeting = (occurrence: string) => {
        const found = series && findOccurrence(series, occurrence);
        return localMoment(found ? found.start.toFormat("yyyy-MM-dd'T'HH:mm") : occurrence);
      };
      const blocks: Block[] = [];
      if (failed.length > 0) {
        blocks.push(
          { type: 'heading', text: w.failedHeading },
          {
            type: 'list',
            items: failed.map((f) => w.failedLine(kind(f), meeting(f.occurrence), f.platform, f.attempts)),
          },
          { type: 'note', text: w.failedNote },
        );
      }
      if (late.length > 0) {
        blocks.push(
          { type: 'heading', text: w.skippedLateHeading },
          {
            type: 'list',
            items: late.map((d) =>
              w.skippedLateLine(kind(d), meeting(d.occurrence), d.platform, dutchMoment(d.dueAt, timeZone)),
            ),
          },
          { type: 'note', text: w.skippedLateNote },
        );
      }
      return {
        fallback:
          late.length === 0 ? w.failedCount(failed.length) : w.undeliveredCount(failed.length, late.length),
        blocks,
      };
    },

    /** Shows the reminder settings, or changes one of them (projectleider only). */
    async reminderSettings(
      actor: Member | null,
      overlegId: string,
      setting: ReminderSetting | null,
      /** What comes before a command where it is typed ("/schakel "), for the example in a refusal. */
      prefix = '',
    ): Promise<Message> {
      const o = await overleg(overlegId);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      // Read and changed under the overleg's lock: two settings changed at once (two tabs, two
      // projectleiders) both stand, the second made to the settings as the first left them.
      const { next, series } = await store.transaction(async (tx) => {
        if (setting) await tx.lockOverlegForPlanning(overlegId);
        const current = await tx.reminderSettingsOf(overlegId);
        const stored = await tx.findSeries(overlegId);
        const series = stored && storedSeries(stored.definition);
        if (!setting) return { next: current, series };
        const field = {
          agenda: 'agendaCallDaysBefore',
          herinnering: 'reminderDaysBefore',
          uur: 'sendHour',
          weekend: 'allowWeekend',
          checkin: 'checkinAfterEnd',
        }[setting.key];
        const next: ReminderSettingsInput = { ...current, [field]: setting.value };
        const problem =
          reminderSettingProblem(setting, current, series, clock.now(), prefix) ??
          (reminderSettingsSchema.safeParse(next).success ? null : words().answers.admin.badSetting(prefix));
        if (problem) throw new InvalidInput([{ field: setting.key, message: problem }]);
        await tx.saveReminderSettings(overlegId, next);
        await tx.audit({
          regionId: o.regionId,
          actorId: pl.id,
          action: 'herinneringen_gewijzigd',
          subject: overlegId,
          details: setting,
          at: clock.now(),
        });
        return { next, series };
      });
      if (setting) await planOverleg(overlegId, clock.now());
      // As they act: days ahead beyond what this series allows count as its limit (reminder-limits.ts).
      const s = withinLimits(parseReminderSettings(next), reminderDayLimitsAt(series, clock.now()));
      const w = words().answers.admin;
      return {
        fallback: w.remindersHeading,
        blocks: [
          { type: 'heading', text: setting ? w.remindersChanged : w.remindersHeading },
          {
            type: 'facts',
            facts: [
              { label: w.agendaCall, value: w.agendaCallValue(s.agendaCallDaysBefore, s.sendHour) },
              { label: w.reminder, value: w.reminderValue(s.reminderDaysBefore, s.sendHour) },
              { label: w.checkinAfter, value: s.checkinAfterEnd ? w.yes : w.no },
              { label: w.weekend, value: s.allowWeekend ? w.yes : w.no },
              { label: w.quietHours, value: `${s.quietHours.from}–${s.quietHours.to}` },
            ],
          },
          { type: 'note', text: w.remindersChangeNote(prefix) },
        ],
      };
    },

    async addHolidayPeriod(
      actor: Member | null,
      overlegId: string,
      p: { label: string; from: string; to: string },
      prefix = '',
    ) {
      const o = await overleg(overlegId);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      // The name is in every warning about a meeting in the period: as long as a name may be.
      const length = p.label.trim().length;
      if (length > HOLIDAY_NAME_MAX) {
        const message = words().fields.notSavedTooLong(length, HOLIDAY_NAME_MAX);
        throw new InvalidInput([{ field: 'vakantie', message }]);
      }
      const label = guardText(guard, 'vakantie', p.label);
      // As a werkgroep's name: a zero-width sign would make it pass for another name, or for none;
      // a name of signs that show nothing (a Hangul filler) is none either.
      if (hasInvisibleCharacter(label.trim()) || showsNothing(label)) {
        throw new InvalidInput([{ field: 'vakantie', message: words().fields.controlCharacter }]);
      }
      if (p.to < p.from) {
        const message = words().answers.admin.endBeforeStart(p.label, p.to, p.from, prefix);
        throw new InvalidInput([{ field: 'vakantie', message }]);
      }
      // Over before today (a year slipped, "2025" for "2026"): no meeting in it is still to be warned about.
      if (p.to < todayIsoIn(clock.now(), timeZone)) {
        const message = words().answers.admin.holidayPast(
          label,
          readableIsoDate(p.from),
          readableIsoDate(p.to),
        );
        throw new InvalidInput([{ field: 'vakantie', message }]);
      }
      // Under the region's lock: the same period sent twice at once (two tabs) is noted once.
      await store.transaction(async (tx) => {
        await tx.lockRegionHolidays(o.regionId);
        const same = (await tx.holidayPeriodsOf(o.regionId)).find(
          (h) =>
            h.from === p.from && h.to === p.to && h.name.trim().toLowerCase() === label.trim().toLowerCase(),
        );
        if (same) {
          const message = words().answers.admin.holidayThere(
            same.name,
            readableIsoDate(same.from),
            readableIsoDate(same.to),
          );
          throw new InvalidInput([{ field: 'vakantie', message }]);
        }
        await tx.addHolidayPeriod(o.regionId, { ...p, label }, pl.id, clock.now());
      });
      // The period stands; a stored series the rules refuse is named (nothing planned for it). The
      // meetings in it are named, so the projectleider sees at once which ones get the warning.
      const notPlanned = await planRegion(o.regionId);
      return { notPlanned, meetings: await meetingsInPeriod(store.read, o.regionId, p, clock.now()) };
    },

    /** The holiday periods of the werkgroep's region, in date order (the router checked who asks). */
    async holidayPeriods(overlegId: string) {
      return store.read.holidayPeriodsOf((await overleg(overlegId)).regionId);
    },

    /**
     * The region's holiday period of this name (and start date, when given) goes; what went, none
     * when none matches. Several of the name and no start date: nothing goes, they are to choose from.
     */
    async removeHolidayPeriod(
      actor: Member | null,
      overlegId: string,
      name: string,
      from?: string,
    ): Promise<
      | { kind: 'removed'; removed: HolidayPeriod[]; notPlanned: string | null }
      | { kind: 'choose'; periods: HolidayPeriod[] }
    > {
      const o = await overleg(overlegId);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      if (!from) {
        const key = name.trim().toLowerCase();
        const named = (await store.read.holidayPeriodsOf(o.regionId)).filter(
          (h) => h.name.trim().toLowerCase() === key,
        );
        if (named.length > 1) return { kind: 'choose', periods: named };
      }
      const removed = await store.read.removeHolidayPeriods(o.regionId, name, from, pl.id, clock.now());
      const notPlanned = removed.length > 0 ? await planRegion(o.regionId) : null;
      return { kind: 'removed', removed, notPlanned };
    },
  };
}
