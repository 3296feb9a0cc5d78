import { describe, expect, it } from 'vitest';
import { quickInputBlock, quickInputForm } from '../../src/messages/forms/quick-input-form.ts';
import { withLocale } from '../../src/messages/locale.ts';

describe('the quick input under the call for agendapunten, in the member’s language', () => {
  it('Dutch by default', () => {
    const form = quickInputForm({ input: 'agendapunt', value: 'w1' });
    expect(form.title).toBe('Agendapunt toevoegen');
    expect(form.submitLabel).toBe('Toevoegen');
    expect(quickInputBlock('agendapunt', 'w1').placeholder).toBe(
      'Waar wil je het in de werkgroep over hebben?',
    );
  });

  it('English words for a member who reads Schakel in English', () => {
    withLocale('en', () => {
      const form = quickInputForm({ input: 'agendapunt', value: 'w1' });
      expect(form.title).toBe('Add an agenda item');
      expect(form.submitLabel).toBe('Add');
      expect(form.fields[0]).toMatchObject({
        label: 'What would you like to discuss in the werkgroep?',
        help: 'No client data: Schakel refuses text that looks like it.',
      });
      expect(quickInputBlock('agendapunt', 'w1').label).toBe('Add an agenda item');
    });
  });
});
