import { escapeXml } from '../escape.ts';
import type { EvaluationDocument } from './document.ts';
import { type Block, evaluationOutline, SUMMARY_LINE } from './outline.ts';
import { zip } from './zip.ts';

/**
 * The draft as a Word document (.docx, Office Open XML) the projectleider can finish in Word and
 * paste into the national form: title and headings as Word styles, bullets, grey italic prompts.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function run(text: string, props = ''): string {
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(b: Block): string {
  switch (b.kind) {
    case 'title':
      return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${run(b.text)}</w:p>`;
    case 'heading':
      return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run(b.text)}</w:p>`;
    case 'question':
      return `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run(b.text)}</w:p>`;
    case 'paragraph':
      return `<w:p>${run(b.text)}</w:p>`;
    case 'bullet':
      return `<w:p><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>${run(`• ${b.text}`)}</w:p>`;
    case 'prompt':
      return `<w:p>${run(b.text, '<w:i/><w:color w:val="666666"/>')}</w:p>`;
    case 'summary':
      return `<w:p>${run(SUMMARY_LINE, '<w:b/>')}</w:p>`;
  }
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

/** A bold paragraph style; headings get an outline level so Word's navigation pane lists them. */
function style(id: string, name: string, size: number, outlineLevel?: number): string {
  const outline = outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${outlineLevel}"/>`;
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${outline}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style('Title', 'Title', 36)}${style('Heading1', 'heading 1', 28, 0)}${style('Heading2', 'heading 2', 24, 1)}</w:styles>`;

export function renderEvaluationDocx(doc: EvaluationDocument): Uint8Array {
  const body = evaluationOutline(doc).map(paragraph).join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return zip([
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8(ROOT_RELS) },
    { name: 'word/document.xml', data: utf8(documentXml) },
    { name: 'word/_rels/document.xml.rels', data: utf8(DOCUMENT_RELS) },
    { name: 'word/styles.xml', data: utf8(STYLES) },
  ]);
}
