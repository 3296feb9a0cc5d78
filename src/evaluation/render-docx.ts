import { escapeXml } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import { currentLocale } from '../messages/locale.ts';
import type { EvaluationDocument } from './document.ts';
import { type Block, evaluationOutline } from './outline.ts';
import { zip } from './zip.ts';

/**
 * The draft as a Word document (.docx, Office Open XML) the projectleider can finish in Word and
 * paste into the national form: title and headings as Word styles, bullets as a real Word list
 * (numbering.xml), the checklist as a table with a repeating header row, grey italic prompts, and
 * document properties (docProps/core.xml) with title, author Schakel and language nl-NL.
 * Our own small writer rather than the `docx` package: it is synchronous and gives the same bytes
 * for the same draft (no "now" inside), which the CLI and the tests rely on.
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
      return `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${BULLETS}"/></w:numPr></w:pPr>${run(b.text)}</w:p>`;
    case 'prompt':
      return `<w:p>${run(b.text, '<w:i/><w:color w:val="666666"/>')}</w:p>`;
    case 'summary':
      return `<w:p>${run(words().documents.evaluation.summary, '<w:b/>')}</w:p>`;
    case 'table':
      return table(b.header, b.rows);
  }
}

const BULLETS = 1;
const TABLE_WIDTH = 9070; // A4 less the margins, in twentieths of a point

/** A table in the TableGrid style; its first row is a header Word repeats on every page. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = [700, 5570, 1500, 1300];
  const cell = (text: string, i: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i] ?? 1000}" w:type="dxa"/></w:tcPr><w:p>${run(text, bold ? '<w:b/>' : '')}</w:p></w:tc>`;
  const head = `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${header.map((h, i) => cell(h, i, true)).join('')}</w:tr>`;
  const body = rows
    .map((r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, i) => cell(c, i, false)).join('')}</w:tr>`)
    .join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${TABLE_WIDTH}" w:type="dxa"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${head}${body}</w:tbl><w:p/>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

/** A bold paragraph style; headings get an outline level so Word's navigation pane lists them. */
function style(id: string, name: string, size: number, outlineLevel?: number): string {
  const outline = outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${outlineLevel}"/>`;
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${outline}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/></w:rPr></w:style>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>${style('Title', 'Title', 36)}${style('Heading1', 'heading 1', 28, 0)}${style('Heading2', 'heading 2', 24, 1)}<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="${BULLETS}"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`).join('')}</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

/** One bullet list definition: "•" at the first level, "–" at the second, as Word's own. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="${BULLETS}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** Title, author and language as Word shows them under File › Info; the date is the draft's own. */
function coreProperties(doc: EvaluationDocument): string {
  const created = new Date(doc.generatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(documentTitle(doc))}</dc:title><dc:subject>${escapeXml(words().documents.evaluation.title)}</dc:subject><dc:creator>Schakel</dc:creator><cp:lastModifiedBy>Schakel</cp:lastModifiedBy><dc:language>${currentLocale() === 'en' ? 'en-GB' : 'nl-NL'}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;
}

const APP_PROPERTIES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Schakel</Application></Properties>`;

export function documentTitle(doc: EvaluationDocument): string {
  return words().documents.evaluation.documentTitle(doc.region.name);
}

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
    { name: 'word/numbering.xml', data: utf8(NUMBERING) },
    { name: 'docProps/core.xml', data: utf8(coreProperties(doc)) },
    { name: 'docProps/app.xml', data: utf8(APP_PROPERTIES) },
  ]);
}
