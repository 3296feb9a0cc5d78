import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { encodedView, mayHoldEncoding } from '../../src/privacy/encoded-view.ts';
import { found, testGuard } from './helpers.ts';

// An HTTP tester stored client data in encodings a reader decodes: a browser shows character references and
// drops tags, a link decodes %-escapes, anyone can decode base64. The guard reads the text decoded too
// (encoded-view.ts); what it reports points into the text as typed (a base64 segment as a whole).
const ENCODED: ReadonlyArray<readonly [string, string, string, string]> = [
  ['a BSN grouped with &nbsp;', 'bsn 111&nbsp;222&nbsp;333', 'bsn', '111&nbsp;222&nbsp;333'],
  [
    'a BSN in decimal references',
    'bsn &#49;&#49;&#49;&#50;&#50;&#50;&#51;&#51;&#51;',
    'bsn',
    '&#49;&#49;&#49;&#50;&#50;&#50;&#51;&#51;&#51;',
  ],
  [
    'a BSN in hex references',
    'bsn &#x31;&#x31;&#x31;&#x32;&#x32;&#x32;&#x33;&#x33;&#x33;',
    'bsn',
    '&#x31;&#x31;&#x31;&#x32;&#x32;&#x32;&#x33;&#x33;&#x33;',
  ],
  ['an e-mail address with &#64;', 'Mail: jan.devries&#64;gmail.com', 'email', 'jan.devries&#64;gmail.com'],
  ['a diagnosis split by &shy;', 'Piet Jansen heeft een psy&shy;chose gehad', 'name_health', 'Piet Jansen'],
  ['a BSN split by empty tags', '<p>111<b></b>222<i></i>333</p>', 'bsn', '111<b></b>222<i></i>333'],
  [
    'a diagnosis split by a tag',
    'Sanne Visser heeft een de<span>pres</span>sie',
    'name_health',
    'Sanne Visser',
  ],
  [
    'an IBAN split by tags',
    'IBAN: NL91<b></b>ABNA<b></b>0417164300',
    'iban',
    'NL91<b></b>ABNA<b></b>0417164300',
  ],
  ['a BSN in a link, %-encoded', 'https://x.example/?bsn=%31%311222333', 'bsn', '%31%311222333'],
  ['a name and diagnosis with %20', 'Jan%20de%20Vries%20schizofrenie', 'name_health', 'Jan%20de%20Vries'],
  ['an e-mail address with %40', 'mailto:jan.devries%40gmail.com', 'email', 'jan.devries%40gmail.com'],
  ['a BSN in base64 in a link', 'https://x.nl/QlNOIDExMTIyMjMzMw==', 'bsn', 'QlNOIDExMTIyMjMzMw=='],
  [
    'a name, diagnosis and BSN in base64 in a query',
    '?d=SmFuIGRlIFZyaWVzIGRlcHJlc3NpZSAxMTEyMjIzMzM=',
    'bsn',
    'SmFuIGRlIFZyaWVzIGRlcHJlc3NpZSAxMTEyMjIzMzM=',
  ],
  [
    'a name and diagnosis in base64 alone',
    'UGlldCBKYW5zZW4gYmlwb2xhaXI=',
    'name_health',
    'UGlldCBKYW5zZW4gYmlwb2xhaXI=',
  ],
  [
    'a phone number in base64url',
    'https://l.example/r/TW9lZGVyOiAwNi0xMjM0NTY3OA',
    'phone',
    'TW9lZGVyOiAwNi0xMjM0NTY3OA',
  ],
];

const CLEAN: ReadonlyArray<readonly [string, string]> = [
  ['"&amp;" in an organisation', 'Overleg met Werk &amp; Inkomen over de plaatsing'],
  ['a percentage', 'Hij werkt nu 30% minder uren'],
  ['percentages joined to words', 'De 50%-regeling en 100% loonwaarde'],
  [
    'a Teams link',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTk2YjYtYzQ5Ny00ZTc1LWI3NmItM2U4NWU2ZTk2ZTI2%40thread.v2/0',
  ],
  [
    'a SharePoint link',
    'https://x.sharepoint.com/:w:/r/sites/Werkgroep/_layouts/15/Doc.aspx?sourcedoc=%7B1A2B3C4D-5E6F-7A8B-9C0D-1E2F3A4B5C6D%7D&file=Verslag%20maart.docx',
  ],
  ['a YouTube link', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s'],
  ['a random token', 'https://schakel.example/reset?token=dHSNO3LyvZ624sy52kpPDGAvbcmSV9yo'],
  ['pasted HTML', '<p>Agenda</p><ul><li>Terugkoppeling IPS</li><li>Planning &amp; evaluatie</li></ul>'],
  ['a link in HTML', 'Zie <a href="https://www.uwv.nl/werkgevers">UWV werkgevers</a>'],
  ['base64 of clean text', 'Bijlage: T3ZlcmxlZyB3ZXJrZ3JvZXAgbWFhcnQ='],
  ['long words', 'Arbeidsparticipatiebevorderingsregeling besproken'],
  ['less-than and greater-than', 'Leeftijd <25 jaar en >50 jaar krijgen voorrang'],
];

describe('client data in an encoding a reader decodes', () => {
  it.each(ENCODED)('finds %s', (_name, text, kind, match) => {
    expect(found(text)).toContainEqual([kind, match]);
  });

  it.each(CLEAN)('leaves %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('refuses a field holding a base64 BSN', () => {
    expect(() => testGuard().check({ tekst: 'https://x.nl/QlNOIDExMTIyMjMzMw==' })).toThrow(PrivacyRefusal);
  });
});

describe('the encoded view', () => {
  it('is not built for a text without an encoding', () => {
    expect(mayHoldEncoding('Jan heeft 30% minder uren & een nieuwe baan bij Werk & Inkomen')).toBe(false);
    expect(encodedView('Overleg over de re-integratie van kandidaten')).toBeNull();
  });

  it('is not built for a look-alike that decodes to nothing', () => {
    expect(encodedView('&copy; Gemeente, https://x.nl/?token=dHSNO3LyvZ624sy52kpPDGAvbcmSV9yo')).toBeNull();
  });

  it('maps each decoded character to its whole encoding', () => {
    const view = encodedView('a&#49;<b></b>%32')!;
    expect(view.text).toBe('a12');
    expect([...view.from]).toEqual([0, 1, 13]);
    expect([...view.to]).toEqual([1, 6, 16]);
  });
});
