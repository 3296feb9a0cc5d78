import type { CardElement } from '@microsoft/teams.cards';
import { describe, expect, it } from 'vitest';
import { parseTeamsSubmission } from '../../adapters/teams/forms/parse-submission.ts';
import {
  cardActionResponse,
  ERROR_SUMMARY,
  renderConfirmationCard,
  renderFormCard,
} from '../../adapters/teams/forms/render-card.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';
import { confirmationText } from '../../src/messages/forms/confirmation.ts';
import { withValues } from '../../src/messages/forms/submitted-values.ts';
import { allForms, checkinContext } from '../messages/form-fixtures.ts';
import { adaptiveCardProblems } from './adaptive-cards.ts';
import { teamsInvokeValue } from './submissions.ts';

const idOf = (e: CardElement) => ('id' in e ? e.id : undefined);

describe("Microsoft's Adaptive Cards library accepts every card", () => {
  for (const { name, form } of allForms()) {
    it(`the ${name} card`, () => {
      expect(adaptiveCardProblems(renderFormCard(form))).toEqual([]);
    });
  }

  it('a card shown again with problems, and the confirmation card', () => {
    const card = renderFormCard(checkinForm(checkinContext()), [
      { field: 'samenwerkingsniveau', message: 'Kies een samenwerkingsniveau.' },
      { field: 'new1_category', message: 'Kies een categorie voor dit knelpunt.' },
    ]);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const done = renderConfirmationCard(confirmationText('checkin', 'dinsdag 13 oktober'), {
      verb: 'checkin.edit',
      data: { roundId: 'round-2026-10-06' },
    });
    expect(adaptiveCardProblems(done)).toEqual([]);
  });

  it('and the check itself catches a broken card', () => {
    expect(
      adaptiveCardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'Input.Text', id: 'a', isRequired: true },
          { type: 'Input.Text', id: 'a', label: 'Twee keer', isRequired: true, errorMessage: 'Vul in.' },
          { type: 'Input.Slider', id: 'b' },
        ],
      }),
    ).toEqual([
      expect.stringMatching(/^UnknownElementType/),
      expect.stringMatching(/^RequiredInputsShouldHaveLabel/),
      expect.stringMatching(/^RequiredInputsShouldHaveErrorMessage/),
      expect.stringMatching(/^DuplicateId/),
    ]);
  });
});

describe('the check-in as an Adaptive Card', () => {
  const card = renderFormCard(checkinForm(checkinContext()));

  it('asks with compact choice sets, labelled inputs and a Dutch error message where required', () => {
    expect(card.version).toBe('1.5');
    expect(card.body.find((e) => idOf(e) === 'samenwerkingsniveau')).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'compact',
      label: 'Samenwerkingsniveau',
      isRequired: true,
      errorMessage: 'Kies een samenwerkingsniveau.',
    });
    expect(card.body.find((e) => idOf(e) === 'went_well')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
    });
    // Schakel refuses a longer text with its length; a maxLength would let the client cut it.
    expect(card.body.find((e) => idOf(e) === 'went_well')).not.toHaveProperty('maxLength');
    expect(card.body.find((e) => idOf(e) === 'went_well')).not.toHaveProperty('isRequired');
  });

  it('submits with Action.Execute, its verb the form id, its data the metadata', () => {
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Opslaan',
        verb: 'checkin',
        style: 'positive',
        data: { schakelForm: 'checkin', schakelMetadata: { roundId: 'round-2026-10-06' } },
      },
    ]);
  });
});

describe('a Teams submission with problems', () => {
  const form = checkinForm(checkinContext());
  const filled = {
    toelichting: 'We spreken elkaar nu elke vier weken.',
    new1_description: 'Werkgevers weten ons niet te vinden',
    'open_k-102_update': 'geparkeerd',
  };
  const submission = parseTeamsSubmission(teamsInvokeValue(renderFormCard(form), filled));
  const problems = submission.result.ok ? [] : submission.result.problems;
  const again = renderFormCard(withValues(form, submission.values), problems);
  const at = (id: string) => again.body.findIndex((e) => idOf(e) === id);

  it('is parsed into Dutch messages per field, with form id and metadata', () => {
    expect(submission.formId).toBe('checkin');
    expect(submission.metadata).toEqual({ roundId: 'round-2026-10-06' });
    expect(problems).toEqual([
      { field: 'samenwerkingsniveau', message: 'Kies een samenwerkingsniveau.' },
      { field: 'new1_category', message: 'Kies een categorie voor dit knelpunt.' },
    ]);
  });

  it('shows each message in red right under its field, and a summary at the top', () => {
    expect(again.body[1]).toMatchObject({ type: 'TextBlock', text: ERROR_SUMMARY, color: 'Attention' });
    for (const p of problems) {
      expect(again.body[at(p.field) + 1]).toMatchObject({
        type: 'TextBlock',
        text: p.message,
        color: 'Attention',
      });
    }
    expect(again.body.filter((e) => e.type === 'TextBlock' && e.color === 'Attention')).toHaveLength(3);
  });

  it('keeps everything the member filled in', () => {
    expect(again.body[at('toelichting')]).toMatchObject({ value: 'We spreken elkaar nu elke vier weken.' });
    expect(again.body[at('new1_description')]).toMatchObject({
      value: 'Werkgevers weten ons niet te vinden',
    });
    expect(again.body[at('open_k-102_update')]).toMatchObject({ value: 'geparkeerd' });
    expect(again.body[at('samenwerkingsniveau')]).not.toHaveProperty('value');
  });
});

describe('after a Teams submission', () => {
  it('the confirmation replaces the card, with a button to change the answer', () => {
    const done = renderConfirmationCard(confirmationText('checkin', 'dinsdag 13 oktober'), {
      verb: 'checkin.edit',
      data: { roundId: 'r1' },
    });
    expect(cardActionResponse(done)).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: {
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.5',
        body: [
          {
            type: 'TextBlock',
            text: 'Bedankt, je check-in is opgeslagen. Je kunt hem wijzigen tot dinsdag 13 oktober.',
            wrap: true,
          },
        ],
        actions: [
          { type: 'Action.Execute', title: 'Wijzigen', verb: 'checkin.edit', data: { roundId: 'r1' } },
        ],
      },
    });
    expect(renderConfirmationCard(confirmationText('checklist'))).not.toHaveProperty('actions');
  });

  it('numbers sent as numbers and unknown data are handled', () => {
    const sub = parseTeamsSubmission({
      action: {
        verb: 'progress',
        data: {
          schakelForm: 'progress',
          schakelMetadata: { roundId: 7 },
          trajecten: 12,
          x: { nested: true },
        },
      },
    });
    expect(sub.values).toEqual({ trajecten: '12' });
    expect(sub.metadata).toEqual({});
    expect(sub.result).toMatchObject({ ok: true, value: { form: 'progress', value: { trajecten: 12 } } });
  });
});
