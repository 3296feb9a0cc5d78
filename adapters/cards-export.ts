import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { summariseRound } from '../src/checkin/round-summary.ts';
import { writeWholeFile } from '../src/cli/whole-file.ts';
import { DEMO_MEMBERS, DEMO_OVERLEGGEN, DEMO_REGION } from '../src/domain/demo-region.ts';
import { PrivacyRefusal } from '../src/domain/errors.ts';
import {
  checkinDirectMessage,
  checkinNudgeMessage,
  type DirectContext,
  nudgeLine,
  roundClosedText,
  roundSummaryMessage,
  savedMessage,
} from '../src/messages/checkin-messages.ts';
import { errorMessage } from '../src/messages/errors.ts';
import { withValues } from '../src/messages/forms/submitted-values.ts';
import { type HelpContext, helpMessage } from '../src/messages/help.ts';
import {
  agendaCallMessage,
  cancelNoticeMessage,
  checkinInviteMessage,
  type MeetingContext,
  reminderMessage,
} from '../src/messages/meeting-messages.ts';
import type { Message } from '../src/messages/model.ts';
import { createGuard } from '../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../src/schedule/series.ts';
import { demoForms, OPEN_KNELPUNTEN, ROUND_ID, werkgroep } from './cards-export-forms.ts';
import { renderModal } from './slack/forms/render-modal.ts';
import { noticeView } from './slack/listeners/views/notice-view.ts';
import { renderSlackMessage } from './slack/render-message.ts';
import { savedCard } from './teams/forms/answer-card.ts';
import { renderConfirmationCard, renderFormCard } from './teams/forms/render-card.ts';
import { renderTeamsCard } from './teams/render-message.ts';

/**
 * Every message and form Schakel sends, rendered with the fictional demo region, for review in
 * the Adaptive Cards Designer and Block Kit Builder: DIR/teams/<name>.json is the card (the
 * attachment's content), DIR/slack/<name>.json a modal view or {"blocks": [...]} for a message.
 */

interface Surface {
  readonly name: string;
  readonly slack?: object;
  readonly teams?: object;
}

const projectleider = DEMO_MEMBERS.find((m) => m.roles.includes('projectleider'));
function meeting(): MeetingContext {
  const series = defineSeries({
    firstStart: '2026-10-06T14:00',
    everyWeeks: 4,
    durationMinutes: 90,
    location: 'Gemeentehuis Doetinchem, zaal 2',
  });
  const occurrence = findOccurrence(series, '2026-10-06T14:00');
  if (!occurrence) throw new Error('demo occurrence missing');
  const owner = DEMO_MEMBERS.find((m) => m.key === 'uwv1');
  return {
    overlegId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    overlegName: werkgroep,
    occurrence,
    agenda: ['Terugkoppeling leerbijeenkomst IPS', 'Werkafspraken privacy: wat mogen we delen?'],
    actiepunten: [
      {
        id: 'a1',
        number: 4,
        description: 'Werkafspraken AVG rondsturen',
        dueDate: '2026-10-20',
        owner: owner ? { id: 'm1', name: owner.name, identities: [] } : null,
        createdBy: null,
      },
    ],
    holidayPeriods: [],
  };
}

/** A privacy refusal as the guard words it, for a text that names someone with a diagnosis. */
function privacyRefusal(): PrivacyRefusal {
  try {
    createGuard({ now: () => new Date('2026-10-06T12:00:00Z') }).check({
      went_well: 'Jan de Vries heeft een psychose maar ging toch aan het werk.',
    });
  } catch (err) {
    if (err instanceof PrivacyRefusal) return err;
    throw err;
  }
  return new PrivacyRefusal([{ field: 'went_well', message: 'Dit lijkt op gegevens van een cliënt.' }]);
}

export function demoSurfaces(): Surface[] {
  const direct: DirectContext = {
    roundId: ROUND_ID,
    werkgroepName: werkgroep,
    meetingDate: 'dinsdag 6 oktober 2026',
    closesAt: 'dinsdag 13 oktober 2026 om 15:31',
  };
  const message = (name: string, m: Message): Surface => ({
    name,
    slack: { blocks: renderSlackMessage(m).blocks },
    teams: renderTeamsCard(m),
  });
  const all = demoForms();
  const checkin = all['form-checkin-open-knelpunten']!;
  const refusal = privacyRefusal();
  const saved = (pl: boolean) =>
    savedMessage({
      form: 'checkin',
      roundId: ROUND_ID,
      editableUntil: direct.closesAt,
      offerChecklist: true,
      projectleider: pl,
    });
  const summary = (levels: number[]) =>
    roundSummaryMessage(
      summariseRound({
        werkgroepName: werkgroep,
        meetingDate: direct.meetingDate,
        levels,
        members: 6,
        raised: [
          { description: 'Werkgevers weten ons nog niet te vinden', category: 'werkgevers', oplossing: null },
        ],
        solved: [{ ...OPEN_KNELPUNTEN[0]!, oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd' }],
      }),
    );
  const c = meeting();
  const helpContext: HelpContext = {
    member: projectleider
      ? {
          id: 'demo',
          regionId: DEMO_REGION.id,
          name: projectleider.name,
          organisation: '',
          domain: 'gemeente',
          roles: projectleider.roles,
        }
      : null,
    overleggen: DEMO_OVERLEGGEN.map((o) => o.name),
    commandPrefix: '/schakel ',
  };
  return [
    message('help', helpMessage(helpContext)),
    message('help-alles', helpMessage({ ...helpContext, all: true })),
    message('agenda-call', agendaCallMessage(c)),
    // Sent the day before the meeting of 6 October 2026; the actiepunt due 20 October is not late.
    message('reminder', reminderMessage(c, '2026-10-05')),
    message('cancel-notice', cancelNoticeMessage(c)),
    message('checkin-invite', checkinInviteMessage(c, { id: ROUND_ID, closesAt: direct.closesAt })),
    // The direct message: Slack shows the button, Teams the form itself.
    {
      name: 'checkin-direct',
      slack: { blocks: renderSlackMessage(checkinDirectMessage(direct)).blocks },
      teams: renderFormCard(checkin),
    },
    {
      name: 'checkin-nudge',
      slack: { blocks: renderSlackMessage(checkinNudgeMessage(direct)).blocks },
      teams: renderFormCard({ ...checkin, intro: `${nudgeLine(direct)} ${checkin.intro ?? ''}` }),
    },
    {
      name: 'checkin-saved',
      slack: { blocks: renderSlackMessage(saved(false)).blocks },
      teams: savedCard(saved(false)),
    },
    {
      name: 'checkin-saved-projectleider',
      slack: { blocks: renderSlackMessage(saved(true)).blocks },
      teams: savedCard(saved(true)),
    },
    {
      name: 'checkin-closed',
      slack: noticeView(roundClosedText(direct.meetingDate)),
      teams: renderConfirmationCard(roundClosedText(direct.meetingDate)),
    },
    {
      // Slack keeps its modal open with the message under the field; Teams gets the field emptied (form-again.ts).
      name: 'checkin-privacy-refusal',
      teams: renderFormCard(
        withValues(checkin, { samenwerkingsniveau: '3.5', went_well: '' }),
        refusal.problems.map((p) => ({ ...p, emptied: true as const })),
      ),
    },
    message('privacy-refusal-message', errorMessage(refusal)),
    message('round-summary', summary([3, 3.5, 3.5, 4, 4.5])),
    message('round-summary-few-answers', summary([3.5, 4])),
    ...Object.entries(all).map(([name, form]) => ({
      name,
      slack: renderModal(form),
      teams: renderFormCard(form),
    })),
  ];
}

/** Writes every surface; returns the paths written, relative to `dir`. */
export async function writeCards(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const platform of ['slack', 'teams'] as const) await mkdir(join(dir, platform), { recursive: true });
  for (const s of demoSurfaces()) {
    for (const platform of ['slack', 'teams'] as const) {
      const content = s[platform];
      if (!content) continue;
      const path = join(platform, `${s.name}.json`);
      // Whole or not at all: a full disk leaves no cut-off card, and the one from before as it was.
      await writeWholeFile(join(dir, path), `${JSON.stringify(content, null, 2)}\n`, { replace: true });
      written.push(path);
    }
  }
  return written;
}
