import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  inputBlockIds,
  parseSlackSubmission,
  toSlackErrors,
} from '../../adapters/slack/forms/parse-submission.ts';
import { renderModal } from '../../adapters/slack/forms/render-modal.ts';
import { checkinForm, OPEN_OPLOSSING_REVEAL } from '../../src/messages/forms/checkin-form.ts';
import { allForms, checkinContext } from '../messages/form-fixtures.ts';
import { slackModalProblems } from './slack-limits.ts';
import { slackViewSubmission } from './submissions.ts';

type InputBlock = types.InputBlock & { block_id: string };
const inputBlocks = (view: types.ModalView) => view.blocks.filter((b): b is InputBlock => b.type === 'input');

describe('Block Kit limits', () => {
  for (const { name, form } of allForms()) {
    it(`the ${name} modal is one Slack accepts`, () => {
      expect(slackModalProblems(renderModal(form))).toEqual([]);
    });
  }

  it('the largest check-in still fits: twenty-five long open knelpunten, a long werkgroep name', () => {
    const open = Array.from({ length: 25 }, (_, i) => ({
      id: `0f8fad5b-d9cb-469f-a165-70867728${String(i).padStart(4, '0')}`,
      description: `Knelpunt ${i}: ${'de afstemming tussen klantmanager en trajectbegeleider loopt stroef '.repeat(8)}`,
      category: 'visies-taal' as const,
    }));
    const form = checkinForm(
      checkinContext({
        openKnelpunten: open,
        werkgroepName: `Werkgroep ${'Achterhoek '.repeat(40)}`,
        roundId: 'r'.repeat(200),
      }),
    );
    const view = renderModal(form);
    expect(slackModalProblems(view)).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('the limits check itself catches what Slack would refuse', () => {
    const view = renderModal(checkinForm(checkinContext()));
    const broken = (change: (v: types.ModalView) => void) => {
      const copy = structuredClone(view);
      change(copy);
      return slackModalProblems(copy);
    };
    expect(broken((v) => Object.assign(v.title, { text: 'Check-in van de werkgroep Achterhoek' }))).toEqual([
      'title.text: Too big: expected string to have <=24 characters',
    ]);
    expect(
      broken((v) => {
        const select = inputBlocks(v)[0]!.element as types.StaticSelect;
        select.options![0]!.text.text = 'x'.repeat(76);
      }),
    ).toEqual(['blocks.1.element.options.0.text.text: Too big: expected string to have <=75 characters']);
    expect(
      broken((v) =>
        v.blocks.push(
          ...Array.from({ length: 100 }, (_, i) => ({
            type: 'section' as const,
            block_id: `extra${i}`,
            text: { type: 'mrkdwn' as const, text: 'meer' },
          })),
        ),
      ),
    ).toEqual(['blocks: Too big: expected array to have <=100 items']);
    expect(broken((v) => Object.assign(v, { private_metadata: 'x'.repeat(3001) }))).toHaveLength(1);
  });
});

describe('the check-in as a Slack modal', () => {
  const view = renderModal(checkinForm(checkinContext()));

  it('is the form: callback_id, Dutch buttons, metadata, one input block per field', () => {
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: 'checkin',
      title: { text: 'Check-in werkgroep' },
      submit: { text: 'Opslaan' },
      close: { text: 'Annuleren' },
    });
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({ roundId: 'round-2026-10-06' });
    const niveau = inputBlocks(view)[0]!;
    expect(niveau).toMatchObject({
      block_id: 'samenwerkingsniveau',
      optional: false,
      label: { text: 'Samenwerkingsniveau' },
      element: { type: 'static_select', action_id: 'samenwerkingsniveau' },
    });
    expect(inputBlocks(view).find((b) => b.block_id === 'toelichting')).toMatchObject({
      optional: true,
      element: { type: 'plain_text_input', multiline: true, max_length: 1000 },
    });
  });

  it('shows a category with its examples on a second line', () => {
    const category = inputBlocks(view).find((b) => b.block_id === 'new1_category')!
      .element as types.StaticSelect;
    expect(category.options?.[0]).toEqual({
      text: { type: 'plain_text', text: 'Tijd en capaciteit' },
      value: 'tijd-capaciteit',
      description: { type: 'plain_text', text: 'werkdruk, ziekte, te weinig mensen' },
    });
  });
});

describe('a Slack submission with problems', () => {
  // As the member sees it after pressing "Toelichten wat er gedaan is".
  const view = renderModal(checkinForm(checkinContext()), [OPEN_OPLOSSING_REVEAL]);
  const submitted = slackViewSubmission(view, {
    toelichting: 'x'.repeat(1001),
    new1_description: 'Werkgevers weten ons niet te vinden',
    'open_k-101_oplossing': 'Gesprek gepland',
  });

  it('gets a Dutch message per field, keyed by the block that shows it', () => {
    const submission = parseSlackSubmission(submitted);
    expect(submission.result.ok).toBe(false);
    const ack = toSlackErrors(submission.result.ok ? [] : submission.result.problems);
    expect(ack).toEqual({
      response_action: 'errors',
      errors: {
        samenwerkingsniveau: 'Kies een samenwerkingsniveau.',
        toelichting: 'Niet opgeslagen: de tekst is 1.001 tekens lang, het maximum is 1.000. Maak hem korter.',
        new1_category: 'Kies een categorie voor dit knelpunt.',
        'open_k-101_update': 'Kies hoe het nu met dit knelpunt staat.',
      },
    });
    const blockIds = new Set(view.blocks.map((b) => b.block_id));
    for (const key of Object.keys(ack.errors)) expect(blockIds.has(key), key).toBe(true);
  });

  it('keeps the form id and metadata for the core command', () => {
    const submission = parseSlackSubmission(submitted);
    expect(submission.formId).toBe('checkin');
    expect(submission.metadata).toEqual({ roundId: 'round-2026-10-06' });
    expect(parseSlackSubmission({ ...submitted, private_metadata: 'kapot' }).metadata).toEqual({});
  });

  it('joins two messages for one field rather than dropping one', () => {
    expect(
      toSlackErrors([
        { field: 'toelichting', message: 'Maximaal 1000 tekens.' },
        { field: 'toelichting', message: 'Dit lijkt op een BSN.' },
      ]).errors,
    ).toEqual({ toelichting: 'Maximaal 1000 tekens. Dit lijkt op een BSN.' });
  });

  it('a problem of a field the view does not show goes beside its first input block: Slack refuses unknown keys', () => {
    const inputs = inputBlockIds({
      blocks: [
        { type: 'section', block_id: 'intro' },
        { type: 'input', block_id: 'samenwerkingsniveau' },
        { type: 'actions', block_id: 'meer_knelpunt_2' },
        { type: 'input', block_id: 'toelichting' },
      ],
      state: { values: {} },
    });
    expect(inputs).toEqual(['samenwerkingsniveau', 'toelichting']);
    expect(
      toSlackErrors(
        [
          { field: 'form', message: 'Dit formulier is verlopen.' },
          { field: 'new2_description', message: 'Vul een omschrijving in.' },
          { field: 'toelichting', message: 'Maximaal 1000 tekens.' },
        ],
        inputs,
      ).errors,
    ).toEqual({
      samenwerkingsniveau: 'Dit formulier is verlopen. Vul een omschrijving in.',
      toelichting: 'Maximaal 1000 tekens.',
    });
  });
});
