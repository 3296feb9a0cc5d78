import { DateTime } from 'luxon';
import { dutchLocalDate } from '../checkin/round-timing.ts';
import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { StuurgroepCommand } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import { DEFAULT_TIME_ZONE, parseLocalDate } from '../schedule/local-time.ts';
import type { DigestRepository, DigestStore } from '../store/digest-store.ts';
import { planRegionDrafts } from './auto-draft.ts';
import {
  type DigestPeriod,
  DRAFT_HOUR,
  draftMoment,
  MAX_DAYS_BEFORE,
  MIN_DAYS_BEFORE,
  type PeriodKind,
  periodForMeeting,
  type StuurgroepSettings,
} from './stuurgroep-period.ts';
import { dutchDate } from './texts.ts';

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

const KIND_TEXT: Record<PeriodKind, string> = {
  tertiaal: 'het tertiaal vóór de vergadering',
  'sinds-vorige': 'de tijd sinds de vorige stuurgroep',
};

function periodText(p: DigestPeriod): string {
  const days = `${dutchDate(p.from)} t/m ${dutchDate(p.to)}`;
  return p.label === p.tertiaal.label ? `tertiaal ${p.label} (${days})` : days;
}

function assertMayPlan(actor: Member | null, regionId: string): Member {
  return authorize(actor, 'stuurgroep.plan', { regionId });
}

function validDate(date: string): string {
  if (!parseLocalDate(date))
    throw new InvalidInput([
      { field: 'datum', message: `${date} is geen bestaande datum. Gebruik JJJJ-MM-DD.` },
    ]);
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
    return at.toMillis() < clock.now().getTime() ? `concept op ${day} (voorbij)` : `concept op ${day}`;
  }

  async function overview(regionId: string, prefix: string, lead?: string): Promise<Message> {
    const [dates, s] = await Promise.all([
      store.read.stuurgroepDates(regionId),
      store.read.stuurgroepSettingsOf(regionId),
    ]);
    const coming = dates.filter((d) => d >= today());
    const items = coming.map(
      (d) =>
        `${dutchLocalDate(d)}: ${draftText(d, s)}, over ${periodText(periodForMeeting(dates, d, s.periodKind))}`,
    );
    return {
      fallback: lead ?? 'Komende stuurgroepvergaderingen',
      blocks: [
        ...(lead ? [{ type: 'text' as const, text: lead }] : []),
        { type: 'heading', text: 'Komende stuurgroepvergaderingen' },
        {
          type: 'list',
          items:
            items.length > 0
              ? items
              : [`Nog geen datum. Voeg er een toe met ${prefix}stuurgroep JJJJ-MM-DD.`],
        },
        {
          type: 'note',
          text: `Het concept van de samenvatting komt ${s.daysBefore} dagen vooraf om ${String(DRAFT_HOUR).padStart(2, '0')}:00 (valt dat in het weekend, dan de vrijdag ervoor) en gaat over ${KIND_TEXT[s.periodKind]}. Wijzigen: ${prefix}stuurgroep instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]. Een datum weghalen: ${prefix}stuurgroep weg JJJJ-MM-DD.`,
        },
      ],
    };
  }

  async function change(
    regionId: string,
    actor: Member,
    action: string,
    subject: string,
    work: (tx: DigestRepository) => Promise<boolean>,
  ) {
    const at = clock.now();
    const changed = await store.transaction(async (tx) => {
      if (!(await work(tx))) return false;
      await tx.audit({ regionId, actorId: actor.id, action, subject, at });
      return true;
    });
    if (changed) await planRegionDrafts(store, regionId, at, timeZone);
    return changed;
  }

  return {
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
          const added = await change(regionId, actor, 'stuurgroepdatum_toegevoegd', date, (tx) =>
            tx.addStuurgroepDate(regionId, date, actor.id, clock.now()),
          );
          const past =
            date < today()
              ? ' Die datum is al voorbij: er komt geen concept, maar hij telt mee als vorige vergadering.'
              : '';
          const lead = added
            ? `Genoteerd: stuurgroep op ${dutchLocalDate(date)}.${past}`
            : `De stuurgroep van ${dutchLocalDate(date)} stond er al.`;
          return overview(regionId, prefix, lead);
        }
        case 'weg': {
          const date = validDate(command.date);
          const removed = await change(regionId, actor, 'stuurgroepdatum_verwijderd', date, (tx) =>
            tx.removeStuurgroepDate(regionId, date),
          );
          if (!removed)
            throw new NotFound(
              `Er staat geen stuurgroep op ${dutchLocalDate(date)}. Typ ${prefix}stuurgroep voor de lijst.`,
            );
          return overview(
            regionId,
            prefix,
            `De stuurgroep van ${dutchLocalDate(date)} is weggehaald; het concept daarvoor komt niet meer.`,
          );
        }
        case 'instellingen': {
          const { days, periodKind } = command;
          if (days === null && periodKind === null) return overview(regionId, prefix);
          if (days !== null && (days < MIN_DAYS_BEFORE || days > MAX_DAYS_BEFORE))
            throw new InvalidInput([
              {
                field: 'dagen',
                message: `Kies ${MIN_DAYS_BEFORE} tot en met ${MAX_DAYS_BEFORE} dagen voor de vergadering.`,
              },
            ]);
          const current = await store.read.stuurgroepSettingsOf(regionId);
          const next: StuurgroepSettings = {
            daysBefore: days ?? current.daysBefore,
            periodKind: periodKind ?? current.periodKind,
          };
          await change(
            regionId,
            actor,
            'stuurgroep_instellingen_gewijzigd',
            `${next.daysBefore} dagen, ${next.periodKind}`,
            async (tx) => {
              await tx.saveStuurgroepSettings(regionId, next);
              return true;
            },
          );
          return overview(
            regionId,
            prefix,
            'De instellingen van de stuurgroep-samenvatting zijn bijgewerkt.',
          );
        }
      }
    },
  };
}

export type StuurgroepCalendar = ReturnType<typeof createStuurgroepCalendar>;
