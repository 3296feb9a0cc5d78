import type { RoundSummary, SummaryKnelpunt } from '../checkin/round-summary.ts';
import { knelpuntCategoryLabel } from '../domain/knelpunten.ts';
import { MIN_GROUP } from '../privacy/small-groups.ts';
import { words } from './catalogue/words.ts';
import { refusalWords } from './errors.ts';
import { confirmationText } from './forms/confirmation.ts';
import type { FormId } from './forms/model.ts';
import { dutchNumber } from './forms/numbers.ts';
import type { Action, Block, Message } from './model.ts';

/**
 * The check-in's own messages: the direct message with its button, the one nudge, what a member
 * reads after saving or after the round closed, and the summary in the werkgroep channel.
 * Button ids are what the adapters listen for; the value is always the round id.
 */
export const FORM_ACTIONS = [
  'checkin_open',
  'checklist_open',
  'checklist_agreed_open',
  'progress_open',
] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

export function isFormAction(id: string): id is FormAction {
  return (FORM_ACTIONS as readonly string[]).includes(id);
}

export interface DirectContext {
  readonly roundId: string;
  readonly werkgroepName: string;
  readonly meetingDate: string;
  /** "dinsdag 13 oktober 2026 om 15:31" */
  readonly closesAt: string;
}

const openButton = (roundId: string, label = words().checkin.openButton): Action => ({
  id: 'checkin_open',
  label,
  value: roundId,
});

export function checkinDirectMessage(c: DirectContext): Message {
  const w = words().checkin;
  return {
    fallback: w.dmFallback(c.werkgroepName),
    blocks: [
      { type: 'heading', text: w.dmHeading(c.werkgroepName) },
      { type: 'text', text: w.dmText(c.meetingDate, c.closesAt) },
      { type: 'actions', actions: [openButton(c.roundId)] },
      { type: 'note', text: w.noClientData },
    ],
  };
}

/** The one friendly reminder, halfway, for members who have not answered yet. */
export function nudgeLine(c: DirectContext): string {
  return words().checkin.nudgeLine(c.meetingDate, c.closesAt);
}

export function checkinNudgeMessage(c: DirectContext): Message {
  return {
    fallback: words().checkin.nudgeFallback(c.werkgroepName),
    blocks: [
      { type: 'text', text: `${nudgeLine(c)} ${words().checkin.nudgeShort}` },
      { type: 'actions', actions: [openButton(c.roundId)] },
    ],
  };
}

/** What follows a saved form: the confirmation, and the next steps the member may take. */
export function savedMessage(opts: {
  form: FormId;
  roundId: string;
  editableUntil: string;
  offerChecklist: boolean;
  projectleider: boolean;
  /** Which checklist was saved: the member's own or the one the werkgroep agreed on. */
  variant?: string | undefined;
}): Message {
  const text = confirmationText(opts.form, opts.editableUntil);
  const w = words().checkin;
  const actions: Action[] = [];
  const button = (id: FormAction, label: string): Action => ({ id, label, value: opts.roundId });
  // The confirmation says it can be changed until the round closes: the button to do so is here,
  // and after the member's own checklist the check-in's too (the card that had it is replaced).
  if (opts.form === 'checkin') actions.push(openButton(opts.roundId, w.changeButton));
  if (opts.form === 'checklist' && opts.variant === 'agreed')
    actions.push(button('checklist_agreed_open', w.changeChecklistButton));
  else if (opts.form === 'checklist')
    actions.push(
      button('checklist_open', w.changeChecklistButton),
      openButton(opts.roundId, w.changeCheckinButton),
    );
  if (opts.form === 'progress') actions.push(button('progress_open', w.changeProgressButton));
  if (opts.offerChecklist) {
    actions.push({ id: 'checklist_open', label: w.checklistButton, value: opts.roundId });
  }
  if (opts.projectleider && opts.form !== 'progress') {
    actions.push({ id: 'progress_open', label: w.progressButton, value: opts.roundId });
  }
  if (opts.projectleider && opts.form !== 'checklist') {
    actions.push({ id: 'checklist_agreed_open', label: w.agreedChecklistButton, value: opts.roundId });
  }
  const blocks: Block[] = [{ type: 'text', text }];
  if (opts.form === 'checklist' && opts.variant !== 'agreed') {
    blocks.push({ type: 'text', text: w.checklistOwnWhere });
  }
  if (opts.offerChecklist) {
    blocks.push({ type: 'text', text: w.checklistOffer });
  }
  if (actions.length > 0) blocks.push({ type: 'actions', actions });
  return { fallback: text, blocks };
}

export function roundClosedText(meetingDate: string): string {
  return refusalWords('round-closed', { date: meetingDate });
}

/** On Teams the form is never shown in a channel, where others could read along. */
export function sentToPrivateChat(): string {
  return words().checkin.sentToPrivateChat;
}

function knelpuntLine(k: SummaryKnelpunt, withOplossing: boolean): string {
  const category = words().knelpunten.categories[k.category]?.label ?? knelpuntCategoryLabel(k.category);
  const base = `${k.description} (${category})`;
  return withOplossing && k.oplossing ? `${base}: ${k.oplossing}` : base;
}

/** New and solved knelpunten, or (fewer than three answers) only that they show from three on. */
function knelpuntBlocks(k: RoundSummary['knelpunten']): Block[] {
  const w = words().checkin;
  if (!k) return [{ type: 'note', text: w.summaryKnelpuntenHidden(MIN_GROUP) }];
  return [
    { type: 'text', text: w.summaryRaisedHeading },
    {
      type: 'list',
      items: k.raised.length > 0 ? k.raised.map((x) => knelpuntLine(x, false)) : [w.summaryNoneRaised],
    },
    { type: 'text', text: w.summarySolvedHeading },
    {
      type: 'list',
      items: k.solved.length > 0 ? k.solved.map((x) => knelpuntLine(x, true)) : [w.summaryNoneSolved],
    },
  ];
}

/** What the answers say: levels and knelpunten from three answers, else that they show from three on. */
function answerBlocks(s: RoundSummary): Block[] {
  const w = words().checkin;
  const number = (n: number) => (words().niveau.decimalComma ? dutchNumber(n) : String(n));
  return [
    { type: 'text', text: w.summaryLevelsHeading },
    s.distribution
      ? {
          type: 'facts',
          facts: s.distribution.map((d) => ({
            label: w.summaryLevel(number(d.level)),
            value: w.summaryLevelChosen(d.count),
          })),
        }
      : { type: 'note', text: w.summaryLevelsHidden },
    ...knelpuntBlocks(s.knelpunten),
    // Said only where answers are shown.
    ...(s.distribution || s.knelpunten ? [{ type: 'note' as const, text: w.summaryWithoutNames }] : []),
  ];
}

export function roundSummaryMessage(s: RoundSummary): Message {
  const w = words().checkin;
  const answered = w.summaryAnswered(s.answered, s.members);
  const blocks: Block[] = [
    { type: 'heading', text: w.summaryHeading(s.werkgroepName) },
    { type: 'text', text: w.summaryMeeting(s.meetingDate, answered) },
    ...(s.answered === 0 ? [{ type: 'note' as const, text: w.summaryNoAnswers }] : answerBlocks(s)),
  ];
  return { fallback: `${w.summaryHeading(s.werkgroepName)}. ${answered}`, blocks };
}
