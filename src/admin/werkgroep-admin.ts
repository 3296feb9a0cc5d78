import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import type { ReminderSetting } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { guardText } from '../privacy/guarded-text.ts';
import {
  parseReminderSettings,
  type ReminderSettingsInput,
  reminderSettingsSchema,
} from '../schedule/reminder-plan.ts';
import type { AdminStore } from '../store/admin-store.ts';

const KIND_LABELS: Record<string, string> = {
  agenda_call: 'oproep agendapunten',
  reminder: 'herinnering',
  checkin_invite: 'uitnodiging check-in',
  cancel_notice: 'bericht over afgelasting',
  checkin_dm: 'check-in in een privébericht',
  checkin_nudge: 'herinnering aan de check-in',
  round_close: 'samenvatting van de check-in',
  digest_draft: 'concept van de stuurgroep-samenvatting',
  digest_publish: 'gepubliceerde stuurgroep-samenvatting',
};

/** What the projectleider (and the beheerder) look after: the log, failed messages, holidays. */
export function createAdminCommands({
  store,
  clock,
  guard,
  planOverleg,
}: {
  store: AdminStore;
  clock: Clock;
  guard: FreeTextGuard;
  /** Plans the werkgroep's reminders again from its settings as they are now (src/jobs/plan-deliveries.ts). */
  planOverleg: (overlegId: string, now: Date) => Promise<unknown>;
}) {
  async function overleg(overlegId: string) {
    const o = await store.read.findOverleg(overlegId);
    if (!o) throw new NotFound('Dit overleg bestaat niet (meer).');
    return o;
  }

  return {
    async auditLog(actor: Member | null, overlegId: string): Promise<Message> {
      const o = await overleg(overlegId);
      authorize(actor, 'audit.read', { regionId: o.regionId });
      const entries = await store.read.auditEntries(o.regionId, 20);
      return {
        fallback: 'Logboek',
        blocks: [
          { type: 'heading', text: 'Logboek (laatste 20)' },
          {
            type: 'list',
            items:
              entries.length > 0
                ? entries.map(
                    (e) =>
                      `${e.at.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${e.actor ?? 'gewist lid'}: ${e.action.replaceAll('_', ' ')}`,
                  )
                : ['Nog niets vastgelegd.'],
          },
        ],
      };
    },

    async failedMessages(actor: Member | null, overlegId: string): Promise<Message> {
      const o = await overleg(overlegId);
      authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      const failed = await store.read.failedDeliveries(overlegId);
      if (failed.length === 0)
        return {
          fallback: 'Geen mislukte berichten.',
          blocks: [{ type: 'text', text: 'Geen mislukte berichten.' }],
        };
      return {
        fallback: `${failed.length} mislukte berichten`,
        blocks: [
          { type: 'heading', text: 'Mislukte berichten' },
          {
            type: 'list',
            items: failed.map(
              (f) =>
                `${KIND_LABELS[f.kind] ?? f.kind} voor ${f.occurrence.replace(/T(\d{2}:)/, ' $1')} naar ${f.platform} (${f.attempts} pogingen)`,
            ),
          },
          {
            type: 'note',
            text: 'Controleer of Schakel nog in het kanaal zit. Nieuwe berichten worden gewoon verstuurd.',
          },
        ],
      };
    },

    /** Shows the reminder settings, or changes one of them (projectleider only). */
    async reminderSettings(
      actor: Member | null,
      overlegId: string,
      setting: ReminderSetting | null,
    ): Promise<Message> {
      const o = await overleg(overlegId);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      const current = await store.read.reminderSettingsOf(overlegId);
      let next: ReminderSettingsInput = current;
      if (setting) {
        const field = {
          agenda: 'agendaCallDaysBefore',
          herinnering: 'reminderDaysBefore',
          uur: 'sendHour',
          weekend: 'allowWeekend',
          checkin: 'checkinAfterEnd',
        }[setting.key];
        next = { ...current, [field]: setting.value };
        const checked = reminderSettingsSchema.safeParse(next);
        if (!checked.success) {
          throw new InvalidInput([
            {
              field: setting.key,
              message: `Die waarde kan niet: ${checked.error.issues[0]?.message ?? 'ongeldig'}.`,
            },
          ]);
        }
        await store.transaction(async (tx) => {
          await tx.saveReminderSettings(overlegId, next);
          await tx.audit({
            regionId: o.regionId,
            actorId: pl.id,
            action: 'herinneringen_gewijzigd',
            subject: overlegId,
            details: setting,
            at: clock.now(),
          });
        });
        await planOverleg(overlegId, clock.now());
      }
      const s = parseReminderSettings(next);
      return {
        fallback: 'Herinneringen van deze werkgroep',
        blocks: [
          { type: 'heading', text: setting ? 'Herinneringen aangepast' : 'Herinneringen van deze werkgroep' },
          {
            type: 'facts',
            facts: [
              {
                label: 'Oproep agendapunten',
                value: `${s.agendaCallDaysBefore} dagen vooraf om ${s.sendHour}:00`,
              },
              { label: 'Herinnering', value: `${s.reminderDaysBefore} dag(en) vooraf om ${s.sendHour}:00` },
              { label: 'Check-in na afloop', value: s.checkinAfterEnd ? 'ja' : 'nee' },
              { label: 'Ook in het weekend', value: s.allowWeekend ? 'ja' : 'nee' },
              { label: 'Stille uren', value: `${s.quietHours.from}–${s.quietHours.to}` },
            ],
          },
        ],
      };
    },

    async addHolidayPeriod(
      actor: Member | null,
      overlegId: string,
      p: { label: string; from: string; to: string },
    ) {
      const o = await overleg(overlegId);
      const pl = authorize(actor, 'werkgroep.manage', { regionId: o.regionId });
      const label = guardText(guard, 'vakantie', p.label);
      if (p.to < p.from)
        throw new InvalidInput([{ field: 'vakantie', message: 'De einddatum ligt voor de begindatum.' }]);
      await store.read.addHolidayPeriod(o.regionId, { ...p, label }, pl.id, clock.now());
      await planOverleg(overlegId, clock.now());
    },
  };
}
