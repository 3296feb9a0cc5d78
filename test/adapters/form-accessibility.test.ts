import type { CardElement } from '@microsoft/teams.cards';
import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { renderModal } from '../../adapters/slack/forms/render-modal.ts';
import { ERROR_SUMMARY, renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { inputFields } from '../../src/messages/forms/model.ts';
import { withValues } from '../../src/messages/forms/submitted-values.ts';
import { allForms } from '../messages/form-fixtures.ts';
import { cardInputs } from './submissions.ts';

/**
 * Every form on both platforms: each input has a label a screen reader reads and a message it
 * announces when the input is not right; problems stand beside their field, in words and bold
 * type, not in red alone.
 */
describe('forms a screen reader and a colour-blind member can use', () => {
  for (const { name, form } of allForms()) {
    it(`${name}: every input labelled, with an error message (Teams) and a labelled block (Slack)`, () => {
      const card = renderFormCard(form);
      const inputs = cardInputs(card) as Array<CardElement & { label?: string; errorMessage?: string }>;
      expect(inputs.length).toBe(inputFields(form).length);
      for (const input of inputs) {
        expect(input.label?.trim(), input.id).toBeTruthy();
        expect(input.errorMessage?.trim(), input.id).toBeTruthy();
      }
      const blocks = renderModal(
        form,
        form.fields.filter((f) => f.kind === 'reveal').map((f) => f.id),
      ).blocks.filter((b): b is types.InputBlock => b.type === 'input');
      expect(blocks.length).toBe(inputFields(form).length);
      for (const block of blocks) expect(block.label.text.trim(), block.block_id).toBeTruthy();
    });

    it(`${name}: a problem is said under its own field, in bold words, not by colour alone`, () => {
      const [first] = inputFields(form);
      if (!first) throw new Error('form without inputs');
      const card = renderFormCard(withValues(form, {}), [{ field: first.id, message: 'Dit klopt niet.' }]);
      const body = card.body as Array<CardElement & { id?: string; text?: string; weight?: string }>;
      const at = body.findIndex((e) => e.id === first.id);
      expect(body[at + 1]).toMatchObject({
        id: `${first.id}_problem`,
        text: 'Dit klopt niet.',
        weight: 'Bolder',
      });
      expect(body.find((e) => e.id === 'problems')).toMatchObject({ text: ERROR_SUMMARY, weight: 'Bolder' });
      expect(ERROR_SUMMARY).not.toMatch(/rood|rode|red/i);
    });
  }
});
