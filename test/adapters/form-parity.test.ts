import type { CardElement, IAdaptiveCard } from '@microsoft/teams.cards';
import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parseSlackSubmission } from '../../adapters/slack/forms/parse-submission.ts';
import { renderModal } from '../../adapters/slack/forms/render-modal.ts';
import { parseTeamsSubmission } from '../../adapters/teams/forms/parse-submission.ts';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { checkinForm, checkinValues } from '../../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../../src/messages/forms/checklist-form.ts';
import { progressForm } from '../../src/messages/forms/progress-form.ts';
import { werkgroepForm } from '../../src/messages/forms/werkgroep-form.ts';
import { allForms, checkinContext, DEMO_MEMBERS, FULL_CHECKIN } from '../messages/form-fixtures.ts';
import { slackViewSubmission, teamsInvokeValue } from './submissions.ts';

/**
 * What a member is asked, read off each platform's rendering: the headings and notes, and per
 * question its id, label, help, whether it is required, and its choices or limits. Slack and
 * Teams must ask exactly the same.
 */
type Question = Record<string, unknown>;

function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Teams' card Markdown as the member reads it: without the backslashes that keep signs as text. */
function unescapeCard(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/^\u00a0+/gm, (s) => ' '.repeat(s.length));
}

function slackQuestions(view: types.ModalView): Question[] {
  const out: Question[] = [{ title: view.title.text, submit: view.submit?.text }];
  for (const block of view.blocks) {
    if (block.type === 'section')
      out.push({ intro: unescapeMrkdwn((block as types.SectionBlock).text?.text ?? '') });
    if (block.type === 'header') out.push({ heading: (block as types.HeaderBlock).text.text });
    if (block.type === 'context') {
      const [el] = (block as types.ContextBlock).elements;
      out.push({ note: unescapeMrkdwn(el && 'text' in el ? el.text : '') });
    }
    if (block.type === 'actions') {
      const [button] = (block as types.ActionsBlock).elements;
      out.push({ reveal: button && 'text' in button ? (button.text as { text: string }).text : '' });
    }
    if (block.type !== 'input') continue;
    const input = block as types.InputBlock;
    const e = input.element;
    const q: Question = { id: input.block_id, label: input.label.text, required: !input.optional };
    if (e.type === 'static_select' || e.type === 'radio_buttons') {
      if (e.type === 'radio_buttons') q.expanded = true;
      q.choices = (e.options ?? []).map((o) => ({
        value: o.value,
        text: o.description ? `${o.text.text} (${o.description.text})` : o.text.text,
      }));
      q.initial = e.initial_option?.value;
    } else if (e.type === 'multi_static_select') {
      q.multiple = true;
      q.choices = (e.options ?? []).map((o) => ({
        value: o.value,
        text: o.description ? `${o.text.text} (${o.description.text})` : o.text.text,
      }));
      q.initial = e.initial_options?.map((o) => o.value).join(',');
    } else if (e.type === 'plain_text_input') {
      // Slack refuses a longer text in the modal; Teams gets no maxLength (it would cut a paste):
      // the server's limit is the form's, checked in form-parser-agreement.test.ts.
      Object.assign(q, { multiline: e.multiline, initial: e.initial_value });
    } else if (e.type === 'number_input') {
      Object.assign(q, { min: Number(e.min_value), max: Number(e.max_value), initial: e.initial_value });
    } else if (e.type === 'datepicker') {
      Object.assign(q, { picker: 'date', initial: e.initial_date });
    } else if (e.type === 'timepicker') {
      Object.assign(q, { picker: 'time', initial: e.initial_time });
    }
    out.push(q, ...(input.hint ? [{ help: input.hint.text }] : []));
  }
  return out;
}

function teamsQuestions(card: IAdaptiveCard): Question[] {
  const submit = card.actions?.[0];
  const [title, ...body] = card.body as CardElement[];
  const out: Question[] = [
    { title: title?.type === 'TextBlock' ? unescapeCard(title.text) : '', submit: submit?.title },
  ];
  for (const e of body) {
    // What waits behind a reveal button is not asked yet (Slack leaves it out until pressed).
    if ('isVisible' in e && e.isVisible === false) continue;
    if (e.type === 'ActionSet') {
      const [toggle] = e.actions;
      out.push({ reveal: toggle?.title });
      continue;
    }
    if (e.type === 'TextBlock') {
      const text = unescapeCard(e.text);
      if (e.size === 'Medium') out.push({ heading: text });
      else if (e.size === 'Small') out.push({ help: text });
      else if (e.isSubtle) out.push({ note: text });
      else out.push({ intro: text });
    }
    const q: Question = { id: 'id' in e ? e.id : undefined, label: 'label' in e ? e.label : undefined };
    q.required = 'isRequired' in e && e.isRequired === true;
    if (e.type === 'Input.ChoiceSet') {
      if (e.isMultiSelect) q.multiple = true;
      else if (e.style === 'expanded') q.expanded = true;
      q.choices = e.choices.map((c) => ({ value: c.value, text: c.title }));
      q.initial = e.value;
    } else if (e.type === 'Input.Text') {
      Object.assign(q, { multiline: e.isMultiline, initial: e.value });
    } else if (e.type === 'Input.Date') {
      Object.assign(q, { picker: 'date', initial: e.value });
    } else if (e.type === 'Input.Time') {
      Object.assign(q, { picker: 'time', initial: e.value });
    } else if (e.type === 'Input.Number') {
      Object.assign(q, {
        min: e.min,
        max: e.max,
        initial: e.value === undefined ? undefined : String(e.value),
      });
    } else continue;
    out.push(q);
  }
  return out;
}

describe('Slack and Teams ask the same questions', () => {
  for (const { name, form } of allForms()) {
    it(name, () => {
      const slack = slackQuestions(renderModal(form));
      const teams = teamsQuestions(renderFormCard(form));
      expect(teams).toEqual(slack);
      expect(slack.filter((q) => 'id' in q).length).toBeGreaterThanOrEqual(4);
    });
  }
});

describe('the same answers from Slack and from Teams parse to the same command', () => {
  const both = (form: ReturnType<typeof checkinForm>, filled: Record<string, string>) => {
    // Every reveal button pressed, as a member does who fills in all of it.
    const pressed = form.fields.filter((f) => f.kind === 'reveal').map((f) => f.id);
    const slack = parseSlackSubmission(slackViewSubmission(renderModal(form, pressed), filled));
    const teams = parseTeamsSubmission(teamsInvokeValue(renderFormCard(form), filled));
    expect(teams.result).toEqual(slack.result);
    expect(teams.metadata).toEqual(slack.metadata);
    expect(teams.formId).toBe(slack.formId);
    return slack.result;
  };

  it('a full check-in: niveau, toelichting, two new knelpunten, both open ones, what went well', () => {
    const result = both(checkinForm(checkinContext()), checkinValues(FULL_CHECKIN));
    expect(result).toEqual({ ok: true, value: { form: 'checkin', value: FULL_CHECKIN } });
  });

  it('a check-in of one click', () => {
    const result = both(checkinForm(checkinContext()), { samenwerkingsniveau: '2.5' });
    expect(result).toMatchObject({
      ok: true,
      value: { value: { samenwerkingsniveau: 2.5, newKnelpunten: [] } },
    });
  });

  it('the checklist', () => {
    const filled = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`item_${i + 1}`, ['ja', 'in_ontwikkeling', 'nee'][i % 3]!]),
    );
    const result = both(
      checklistForm({ roundId: 't1', werkgroepName: 'Demo', period: '2026', agreed: true }),
      filled,
    );
    expect(result.ok && result.value.form === 'checklist' && result.value.value.items[2]).toEqual({
      item: 3,
      answer: 'nee',
    });
  });

  it('the voortgang numbers', () => {
    const result = both(progressForm({ roundId: 't1', regionName: 'Demo', period: '2026' }), {
      trajecten: '37',
      duurzame_uitstroom_pct: '41',
      casusbesprekingen: '4',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        form: 'progress',
        value: {
          trajecten: 37,
          duurzameUitstroom: null,
          duurzameUitstroomPercentage: 41,
          leerbijeenkomsten: null,
          casusbesprekingen: 4,
        },
      },
    });
  });

  it('a new werkgroep with two members chosen', () => {
    const form = werkgroepForm({
      metadata: {
        aanvraag: '3c9d2b7a-8e41-4f0a-b6d5-1e2f3a4b5c6d',
        platform: 'slack',
        workspace: 'T0',
        channelId: 'C0',
      },
      members: DEMO_MEMBERS,
      channelNote: null,
      regionName: 'Demo-regio',
    });
    const result = both(form, {
      naam: ' Werkgroep  Demo ',
      soort: 'casusoverleg',
      datum: '2026-04-14',
      tijd: '9.30',
      elke: '4',
      duur: '120',
      koppel: 'ja',
      leden: DEMO_MEMBERS.map((m) => m.value).join(','),
    });
    expect(result).toEqual({
      ok: true,
      value: {
        form: 'werkgroep',
        value: {
          name: 'Werkgroep Demo',
          kind: 'casusoverleg',
          date: '2026-04-14',
          time: '09:30',
          everyWeeks: 4,
          durationMinutes: 120,
          linkChannel: true,
          memberIds: DEMO_MEMBERS.map((m) => m.value),
        },
      },
    });
  });

  it('and the same problems', () => {
    const result = both(checkinForm(checkinContext()), {
      new2_category: 'overig',
      went_well: 'y'.repeat(1001),
    });
    expect(result.ok ? [] : result.problems.map((p) => p.field).sort()).toEqual([
      'new2_description',
      'samenwerkingsniveau',
      'went_well',
    ]);
  });
});
