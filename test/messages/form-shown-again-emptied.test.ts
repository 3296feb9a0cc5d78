import { describe, expect, it } from 'vitest';
import { parseSeriesForm, seriesForm } from '../../src/messages/forms/series-form.ts';
import { asSubmitted } from '../../src/messages/forms/submitted-values.ts';

const form = seriesForm({ overlegId: 'o1', werkgroepName: 'Werkgroep Oost', mode: 'nieuw' });
const initialOf = (f: ReturnType<typeof asSubmitted>, id: string) => {
  const field = f.fields.find((x) => x.id === id);
  return field && 'initial' in field ? field.initial : 'no such field';
};

/**
 * An Adaptive Card leaves an emptied input out of what it sends. Shown again beside its
 * problems, the form shows that field empty, as the member left it, whatever its kind.
 */
describe('a form shown again after a field was emptied on Teams', () => {
  it('an emptied number (the duration) is shown empty beside "fill in a duration", not as 90 again', () => {
    const sent = { datum: '2026-12-15', tijd: '14:00', elke: '4' };
    const parsed = parseSeriesForm(sent);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.field)).toContain('duur');
    expect(initialOf(asSubmitted(form, sent), 'duur')).toBeUndefined();
  });

  it('an emptied text (the place) is shown empty, as the merge intended', () => {
    const withPlace = {
      ...form,
      fields: form.fields.map((f) => (f.id === 'plaats' ? { ...f, initial: 'Stadhuis' } : f)),
    };
    expect(initialOf(asSubmitted(withPlace as typeof form, { tijd: '14:00' }), 'plaats')).toBeUndefined();
  });
});
