import { describe, expect, it } from 'vitest';
import { escapeCardMarkdown, escapeHtml, escapeMarkdown, escapeXml } from '../src/escape.ts';
import { readCardMarkdown } from './support/card-markdown.ts';
import { readMarkdown } from './support/markdown-oracle.ts';

const TYPED = [
  '<b>vet</b> en <script>x</script>',
  '# geen kop',
  '1. geen genummerde lijst',
  '- geen opsomming',
  '**geen nadruk** _ook niet_ `geen code`',
  '[geen link](https://example.org) ![geen plaatje](x.png)',
  'a | b in een tabel',
  'R&D &amp; meer \\ schuin',
  'twee\nregels',
];

describe('escaping per output format', () => {
  it('Markdown: a CommonMark reader reads back exactly what was typed, as plain text', () => {
    for (const typed of TYPED) {
      const read = readMarkdown(`- ${escapeMarkdown(typed)}\n\n${escapeMarkdown(typed)}\n`);
      expect(read.html, typed).toEqual([]);
      expect(read.headings, typed).toEqual([]);
      const plain = typed.replace(/\n/g, ' ');
      expect(read.paragraphs, typed).toEqual([plain, plain]);
    }
  });

  it("Teams' card Markdown: read back as typed, lines kept, and a web address left whole", () => {
    for (const typed of [
      ...TYPED,
      '    vier spaties',
      '===',
      'regel\n---',
      '{{DATE(2026-10-06T14:00:00Z, SHORT)}}',
    ]) {
      const read = readCardMarkdown({ type: 'TextBlock', text: escapeCardMarkdown(typed) });
      expect(read.markup, typed).toEqual([]);
      // A paragraph's leading spaces are not shown (Markdown drops them); no code block either.
      expect(read.text.replace(/\u00a0/g, ' '), typed).toBe(typed.trimStart());
    }
    const pdf = 'https://schakel.example/digest/a_b-c_d.pdf';
    expect(escapeCardMarkdown(`De PDF: ${pdf}`)).toBe(`De PDF: ${pdf}`);
  });

  it('HTML: no tag and no attribute can be closed by what was typed', () => {
    expect(escapeHtml(`<b a="1">'x'</b> & y`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;x&#39;&lt;/b&gt; &amp; y');
  });

  it('XML: also drops the control characters XML 1.0 does not allow', () => {
    expect(escapeXml('a\u0001b\u000bc\td\n<&>')).toBe('abc\td\n&lt;&amp;&gt;');
    expect(escapeXml('emoji 🙂 blijft')).toBe('emoji 🙂 blijft');
    expect(escapeXml('los \uD800 surrogaat')).toBe('los  surrogaat');
  });
});
