import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { planOverleg } from '../jobs/plan-deliveries.ts';
import type { ReminderSetting } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';
import { guardText } from '../privacy/guarded-text.ts';
import {
  parseReminderSettings,
  type ReminderSettingsInput,
  reminderSettingsSchema,
} from '../schedule/reminder-plan.ts';
import type { Database } from '../store/database.ts';
import { failedDeliveries } from '../store/deliveries-repo.ts';
import {
  addHolidayPeriod,
  audit,
  auditEntries,
  findOverleg,
  reminderSettingsOf,
  saveReminderSettings,
} from '../store/rhythm-repo.ts';

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
  db,
  clock,
  guard,
}: {
  db: Database;
  clock: Clock;
  guard: FreeTextGuard;
}) {
  async function overleg(overlegId: string) {
    const o = await findOverleg(db.pool, overlegId);
    if (!o) throw new NotFound('Dit overleg bestaat niet (meer).');
    return o;
  }

  return {
    async auditLog(actor: Member | null, overlegId: string): Promise<Message> {
      const o = await overleg(overlegId);
      authorize(actor, 'audit.read', { regionId: o.regionId });
      const entries = await auditEntries(db.pool, o.regionId, 20);
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
      const failed = await failedDeliveries(db.pool, overlegId);
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
      const current = await reminderSettingsOf(db.pool, overlegId);
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
        await db.transaction(async (tx) => {
          await saveReminderSettings(tx, overlegId, next);
          await audit(tx, {
            regionId: o.regionId,
            actorId: pl.id,
            action: 'herinneringen_gewijzigd',
            subject: overlegId,
            details: setting,
            at: clock.now(),
          });
        });
        await planOverleg(db, overlegId, clock.now());
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
      await addHolidayPeriod(db.pool, o.regionId, { ...p, label }, pl.id, clock.now());
      await planOverleg(db, overlegId, clock.now());
    },
  };
}
