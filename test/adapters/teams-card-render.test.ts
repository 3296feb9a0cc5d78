// @vitest-environment happy-dom
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Document, Element } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTeamsSubmission } from '../../adapters/teams/forms/parse-submission.ts';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { checkinForm, checkinValues } from '../../src/messages/forms/checkin-form.ts';
import { digestTextForm } from '../../src/messages/forms/digest-form.ts';
import { withValues } from '../../src/messages/forms/submitted-values.ts';
import { checkinContext, FULL_CHECKIN } from '../messages/form-fixtures.ts';
import { AC, parseAdaptiveCard } from './adaptive-cards.ts';

/**
 * The cards drawn by Microsoft's own renderer (the one in Teams' web client) in a browser-like
 * DOM, and used as a member would: pick, type, press Opslaan.
 */

beforeAll(() => {
  // Plain text is all we send; without this hook the library logs that it has no markdown.
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    result.didProcess = true;
  };
});

// The project compiles without the DOM library (nothing in src/ may use it), so the page is
// typed with happy-dom's own classes.
const page = (globalThis as unknown as { document: Document }).document;
type Control = { value: string; dispatchEvent(event: Event): boolean };

function show(json: IAdaptiveCard) {
  const card = parseAdaptiveCard(json);
  const sent: object[] = [];
  card.onExecuteAction = (action) => {
    if (action instanceof AC.ExecuteAction) sent.push({ verb: action.verb, data: action.data });
  };
  const element = card.render() as unknown as Element | undefined;
  if (!element) throw new Error('card did not render');
  page.body.replaceChildren(element);
  const control = (id: string) => {
    const c = element.querySelector(`[id="${id}"]`)?.querySelector('select, textarea, input');
    if (!c) throw new Error(`no control for ${id}`);
    return c as unknown as Control;
  };
  const fill = (values: Record<string, string>) => {
    for (const [id, value] of Object.entries(values)) {
      const c = control(id);
      c.value = value;
      c.dispatchEvent(new Event('input'));
      c.dispatchEvent(new Event('change'));
    }
  };
  const press = () => card.getActionAt(0)?.execute();
  return { card, element, sent, control, fill, press };
}

describe('a check-in in the Teams renderer', () => {
  const form = checkinForm(checkinContext());

  it('sends nothing without a samenwerkingsniveau, and says why in Dutch', () => {
    const view = show(renderFormCard(form));
    view.fill({ toelichting: 'Nog niet ingevuld' });
    expect(view.element.textContent).not.toContain('Kies een samenwerkingsniveau.');
    view.press();
    expect(view.sent).toEqual([]);
    expect(view.element.textContent).toContain('Kies een samenwerkingsniveau.');
  });

  it('sends what the member picked and typed, which parses to their check-in', () => {
    const view = show(renderFormCard(form));
    view.fill(checkinValues(FULL_CHECKIN));
    view.press();
    expect(view.sent).toHaveLength(1);
    const submission = parseTeamsSubmission({ action: view.sent[0] as { verb: string; data: object } });
    expect(submission.metadata).toEqual({ roundId: 'round-2026-10-06' });
    expect(submission.result).toEqual({ ok: true, value: { form: 'checkin', value: FULL_CHECKIN } });
  });

  it('shown again with problems: the message right under its field, in red, the input kept', () => {
    const typed = {
      samenwerkingsniveau: '4',
      new1_description: 'Werkgevers weten ons niet te vinden',
      toelichting: 'x'.repeat(1001),
    };
    const card = renderFormCard(withValues(form, typed), [
      { field: 'new1_category', message: 'Kies een categorie voor dit knelpunt.' },
      { field: 'toelichting', message: 'Maximaal 1000 tekens.' },
    ]);
    const view = show(card);
    for (const [field, message] of [
      ['new1_category', 'Kies een categorie voor dit knelpunt.'],
      ['toelichting', 'Maximaal 1000 tekens.'],
    ] as const) {
      let next = view.element.querySelector(`[id="${field}"]`)?.nextElementSibling;
      while (next?.classList.contains('ac-horizontal-separator')) next = next.nextElementSibling;
      expect(next?.textContent).toBe(message);
      expect((next as unknown as { style: { color: string } }).style.color).toBe(
        view.card.hostConfig.containerStyles.default.foregroundColors.attention.default.toLowerCase(),
      );
    }
    // happy-dom drops the selectedness of an option selected before it is added to the list (a
    // browser keeps it), so for the choice we read what the renderer was given.
    expect(view.card.getAllInputs().find((i) => i.id === 'samenwerkingsniveau')).toMatchObject({
      defaultValue: '4',
    });
    expect(view.control('new1_description').value).toBe('Werkgevers weten ons niet te vinden');
    expect(view.card.getAllInputs().find((i) => i.id === 'toelichting')?.value).toHaveLength(1001);
  });

  it('a field shown with a problem is checked by Schakel on the next Opslaan, so no stale message stays beside a new one', () => {
    const form = digestTextForm({ digestId: 'd1' }, 'Oude tekst');
    const card = renderFormCard(withValues(form, { samenvatting: 'Mw. Bakker, BSN 123456782' }), [
      { field: 'samenvatting', message: 'Dit lijkt op een BSN.' },
    ]);
    const input = JSON.stringify(card.body).match(/\{"type":"Input.Text","id":"samenvatting"[^}]*\}/)?.[0];
    expect(input).toBeDefined();
    // Emptied and sent again: not the card's own "Vul een samenvatting in." under the old
    // refusal, but the whole form back from Schakel with only the latest problem.
    expect(input).not.toContain('isRequired');
    expect(JSON.stringify(renderFormCard(form).body)).toContain('"isRequired":true');
  });
});
