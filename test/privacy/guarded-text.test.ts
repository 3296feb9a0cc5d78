import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { guardFields, guardWhole, linkForGuard } from '../../src/privacy/guarded-text.ts';

const guard = createGuard();

describe('guardFields', () => {
  it('refuses the whole set, naming each field with client data and never the text', () => {
    const refuse = () =>
      guardFields(guard, {
        naam: 'Jan de Boer heeft schizofrenie',
        organisatie: 'GGZ Fictief',
        leeg: undefined,
      });
    expect(refuse).toThrow(PrivacyRefusal);
    try {
      refuse();
    } catch (err) {
      expect((err as PrivacyRefusal).problems.map((p) => p.field)).toEqual(['naam']);
      expect(JSON.stringify((err as PrivacyRefusal).problems)).not.toContain('schizofrenie');
    }
  });

  it('hands out only the texts it checked: another text cannot be laundered through it', () => {
    const pass = guardFields(guard, { toelichting: 'Goed overleg met de gemeente', oplossing: null });
    expect(pass.text('Goed overleg met de gemeente')).toBe('Goed overleg met de gemeente');
    expect(pass.optional(null)).toBeNull();
    expect(pass.optional(undefined)).toBeNull();
    expect(() => pass.text('BSN 123456782')).toThrow('did not pass the guard');
  });
});

describe('linkForGuard and guardWhole', () => {
  it('reads a percent-encoded link decoded too, so an encoded BSN or name is refused', () => {
    const link = `https://voorbeeld.nl/dossier?notitie=${encodeURIComponent('Jan de Boer heeft schizofrenie')}`;
    expect(linkForGuard(link)).toContain('Jan de Boer heeft schizofrenie');
    expect(linkForGuard('https://meet.example.org/werkgroep-oost')).toBe(
      'https://meet.example.org/werkgroep-oost',
    );
    expect(linkForGuard('https://voorbeeld.nl/%E0%A4%A')).toBe('https://voorbeeld.nl/%E0%A4%A');
    expect(linkForGuard(null)).toBeUndefined();
    expect(() => guardWhole(guard, { link }, (v) => ({ link: linkForGuard(v.link) }))).toThrow(
      PrivacyRefusal,
    );
    const clean = { link: 'https://meet.example.org/werkgroep-oost' };
    expect(guardWhole(guard, clean, (v) => ({ link: linkForGuard(v.link) }))).toBe(clean);
  });
});
