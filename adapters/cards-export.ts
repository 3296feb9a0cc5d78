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
import { checkinForm } from '../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../src/messages/forms/checklist-form.ts';
import type { Form } from '../src/messages/forms/model.ts';
import { occurrenceForm } from '../src/messages/forms/occurrence-form.ts';
import { progressForm } from '../src/messages/forms/progress-form.ts';
import { seriesForm } from '../src/messages/forms/series-form.ts';
import { withValues } from '../src/messages/forms/submitted-values.ts';
import { werkgroepForm } from '../src/messages/forms/werkgroep-form.ts';
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

const ROUND_ID = '3f2c9a4e-8b1d-4c6e-9f0a-2d7b5e1c8a90';
const werkgroep = DEMO_OVERLEGGEN.find((o) => o.kind === 'werkgroep')?.name ?? 'Werkgroep';
const projectleider = DEMO_MEMBERS.find((m) => m.roles.includes('projectleider'));
const OPEN_KNELPUNTEN = [
  {
    id: '6a1f0c52-3d4e-4b7a-9c8d-0e1f2a3b4c5d',
    description: 'Overlegtijd is voor de GGZ niet declarabel',
    category: 'geld-financiering' as const,
  },
  {
    id: '7b2e1d63-4e5f-4c8b-8d9e-1f2a3b4c5d6e',
    description: 'Klantmanagers wisselen vaak, het contact verwatert',
    category: 'tijd-capaciteit' as const,
  },
];

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
  };
}

function forms(): Record<string, Form> {
  const ctx = {
    roundId: ROUND_ID,
    werkgroepName: werkgroep,
    meetingDate: 'dinsdag 6 oktober 2026',
    openKnelpunten: OPEN_KNELPUNTEN,
  };
  const tertiaal = {
    roundId: ROUND_ID,
    werkgroepName: werkgroep,
    period: 'september tot en met december 2026',
  };
  return {
    'form-checkin': checkinForm({ ...ctx, openKnelpunten: [] }),
    'form-checkin-open-knelpunten': checkinForm(ctx),
    'form-checkin-changing': checkinForm({
      ...ctx,
      previous: {
        samenwerkingsniveau: 3.5,
        toelichting: 'We overleggen elke vier weken; de eerste gezamenlijke casussen lopen.',
        newKnelpunten: [
          { description: 'Werkgevers weten ons nog niet te vinden', category: 'werkgevers', oplossing: null },
        ],
        knelpuntUpdates: [{ knelpuntId: OPEN_KNELPUNTEN[0]!.id, update: 'in_behandeling', oplossing: null }],
        wentWell: 'De eerste leerbijeenkomst was goed bezocht.',
      },
    }),
    'form-checklist': checklistForm(tertiaal),
    'form-checklist-agreed': checklistForm({ ...tertiaal, agreed: true }),
    'form-progress': progressForm({
      roundId: ROUND_ID,
      regionName: DEMO_REGION.name,
      period: 'september tot en met december 2026',
      targets: {
        trajecten: 100,
        duurzameUitstroomPercentage: 40,
        leerbijeenkomsten: 3,
        casusbesprekingen: 10,
      },
    }),
    'form-series-new': seriesForm({ overlegId: DEMO_OVERLEG_ID, werkgroepName: werkgroep, mode: 'nieuw' }),
    'form-series-change': seriesForm({
      overlegId: DEMO_OVERLEG_ID,
      werkgroepName: werkgroep,
      mode: 'wijzig',
    }),
    // A larger region: thirty fictional members to pick from, as a list one can type in.
    'form-new-werkgroep': werkgroepForm({
      metadata: { aanvraag: ROUND_ID, platform: 'teams', workspace: 'demo', channelId: 'demo' },
      members: Array.from({ length: 30 }, (_, i) => ({
        value: `00000000-0000-4000-8000-${String(i + 100).padStart(12, '0')}`,
        label: `${DEMO_MEMBERS[i % DEMO_MEMBERS.length]?.name ?? 'Lid'} ${i + 1}`,
      })),
      channelNote: null,
      regionName: DEMO_REGION.name,
    }),
    'form-one-meeting': occurrenceForm({
      overlegId: DEMO_OVERLEG_ID,
      werkgroepName: werkgroep,
      occurrences: [
        { value: '2026-10-06T14:00', label: 'dinsdag 6 oktober 2026, 14:00–15:30' },
        { value: '2026-11-03T14:00', label: 'dinsdag 3 november 2026, 14:00–15:30' },
      ],
    }),
  };
}

/** Stands for the demo werkgroep's id in the exported forms' metadata. */
const DEMO_OVERLEG_ID = '00000000-0000-4000-8000-000000000001';

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
  const all = forms();
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
