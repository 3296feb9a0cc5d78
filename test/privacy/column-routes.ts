import { expect } from 'vitest';
import { renderModal } from '../../adapters/slack/forms/render-modal.ts';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import type { Clock } from '../../src/clock.ts';
import { importInterchange } from '../../src/interchange/import.ts';
import type { Form } from '../../src/messages/forms/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import type { Database } from '../../src/store/database.ts';
import { interchangeStore } from '../../src/store/interchange-repo.ts';
import { filledCardInvoke } from '../adapters/submissions.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { waitFor } from '../support/wait-for.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * The ways in for test/privacy/every-column.test.ts: forms and chat on Slack and Teams over real
 * HTTP against the running Schakel, and the file of `schakel import`.
 */
export function platformRoutes(h: WerkgroepHarness, secret: string) {
  const events = `${h.app.baseUrl}/slack/events`;

  /** A form as Schakel renders it in Slack (every reveal open), submitted: Schakel's answer to Slack. */
  async function slackSubmit(userId: string, form: Form, filled: Record<string, string>) {
    const reveals = form.fields.filter((f) => f.kind === 'reveal').map((f) => f.id);
    const view = renderModal(form, reveals);
    const res = await postInteraction(
      events,
      secret,
      viewSubmissionBody({ teamId: STAND_IN_TEAM, userId }, view, filled),
    );
    expect(res.status).toBe(200);
    return (res.body ?? {}) as { response_action?: string; errors?: Record<string, string> };
  }

  return {
    slackSubmit,

    /** The field errors Slack shows for a submission that must be refused. */
    async slackForm(userId: string, form: Form, filled: Record<string, string>) {
      const answer = await slackSubmit(userId, form, filled);
      expect(answer.response_action, JSON.stringify(answer)).toBe('errors');
      return answer.errors ?? {};
    },

    /** The same form as a Teams card, submitted as an Action.Execute invoke: the card Schakel answers with. */
    async teamsForm(userId: string, form: Form, filled: Record<string, string>) {
      const res = await postActivity(
        h.app.baseUrl,
        filledCardInvoke(renderFormCard(form), filled, {
          serviceUrl: h.teams.serviceUrl,
          userId,
          tenantId: TEAMS_TENANT,
        }),
      );
      expect(res.status).toBe(200);
      return JSON.stringify(await res.json());
    },

    /** Types `text` to Schakel in Teams: in the werkgroep's channel, so no werkgroep has to be chosen. */
    async teamsChat(userId: string, text: string) {
      const activity = messageActivity({
        text,
        serviceUrl: h.teams.serviceUrl,
        userId,
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
        conversationType: 'channel',
      });
      const before = h.teams.sentTo(TEAMS_CHANNEL).length;
      const res = await postActivity(h.app.baseUrl, activity);
      expect(res.status).toBeLessThan(300);
      const sent = await waitFor(
        "Schakel's answer in the channel",
        () => h.teams.sentTo(TEAMS_CHANNEL)[before],
      );
      return JSON.stringify(sent.body);
    },

    /** The one-field modal of "Agendapunt toevoegen" (adapters/slack/listeners/actions/quick-input.ts), submitted. */
    async slackQuickInput(userId: string, overlegId: string, text: string) {
      const view = {
        type: 'modal' as const,
        callback_id: 'quick_input',
        private_metadata: JSON.stringify({ input: 'agendapunt', value: overlegId }),
        title: { type: 'plain_text' as const, text: 'Agendapunt toevoegen' },
        blocks: [
          {
            type: 'input' as const,
            block_id: 'tekst',
            label: { type: 'plain_text' as const, text: 'Waar wil je het over hebben?' },
            element: { type: 'plain_text_input' as const, action_id: 'tekst' },
          },
        ],
      };
      const res = await postInteraction(
        events,
        secret,
        viewSubmissionBody({ teamId: STAND_IN_TEAM, userId }, view, { tekst: text }),
      );
      expect(res.status).toBe(200);
      return JSON.stringify(res.body);
    },

    /** The agendapunt input of the agenda call's Teams card, sent: Schakel's answer. */
    async teamsQuickInput(userId: string, overlegId: string, text: string) {
      const res = await postActivity(
        h.app.baseUrl,
        invokeActivity({
          serviceUrl: h.teams.serviceUrl,
          userId,
          tenantId: TEAMS_TENANT,
          verb: 'quick_input',
          data: { action: 'quick_input', input: 'agendapunt', value: overlegId, quick_agendapunt: text },
        }),
      );
      expect(res.status).toBe(200);
      // A text answer, or (a refusal) the card answered with the one-field form: its words either way.
      const { value } = (await res.json()) as { value: unknown };
      return typeof value === 'string' ? value : JSON.stringify(value);
    },
  };
}

export type PlatformRoutes = ReturnType<typeof platformRoutes>;

/** Where `schakel import` takes typed text, and the columns each place ends up in. */
export const JSON_PLACES: ReadonlyArray<readonly [readonly string[], string]> = [
  [['regions.name'], 'regions[0].name'],
  [['members.name'], 'members[0].name'],
  [['members.organisation'], 'members[0].organisation'],
  [['overleggen.name'], 'werkgroepen[0].name'],
  [['meeting_series.definition'], 'werkgroepen[0].series.location'],
  [['meeting_series.definition'], 'werkgroepen[0].series.onlineUrl'],
  [['checkin_answers.toelichting'], 'checkins[0].toelichting'],
  [['checkin_answers.went_well'], 'checkins[0].wentWell'],
  [['knelpunten.description'], 'checkins[0].knelpunten[0].description'],
  [['knelpunten.oplossing', 'knelpunt_history.oplossing'], 'checkins[0].knelpunten[0].oplossing'],
];

/**
 * Imports a valid schakel/v1 file with `text` at `path` (such as `members[0].name`; a link gets it
 * percent-encoded): the whole file must be refused, naming that place.
 */
export async function importWith(db: Database, path: string, text: string, clock: Clock) {
  const doc = spreadsheetRegion();
  doc.checkins![0]!.knelpunten = [{ description: 'Wachtlijst', category: 'overig', status: 'open' }];
  const parts = path.split(/[.[\]]+/).filter(Boolean);
  let at = doc as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[parts.at(-1)!] = path.endsWith('onlineUrl') ? `https://voorbeeld.nl/${encodeURIComponent(text)}` : text;
  const r = await importInterchange(interchangeStore(db), JSON.stringify(doc), createGuard(), clock);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(path);
}
