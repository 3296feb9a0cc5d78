import { DIGEST_SECTIONS, type DigestSection } from '../../domain/digest-document.ts';
import { words } from '../catalogue/words.ts';
import { sectionLabel } from '../digest-messages.ts';
import { type ParseResult, parseFields, requiredChoiceSchema, textSchema } from './fields.ts';
import type { ChoiceOption, Form, FormMetadata, RawValues } from './model.ts';

/**
 * The projectleider's two review forms for a digest draft: the summary text, and which sections
 * to leave out. A section is a choice (tonen/weglaten) rather than a checkbox, because the form
 * model has single choices only and both platforms render those alike.
 */

export const DIGEST_TEXT_FIELD = 'samenvatting';
export const SUMMARY_MAX = 2000;

export interface DigestTextAnswer {
  readonly summary: string;
}

export interface DigestOmitAnswer {
  readonly omitted: readonly DigestSection[];
}

export function digestTextForm(metadata: FormMetadata, summary: string): Form {
  const w = words().forms.digest;
  return {
    id: 'samenvatting-tekst',
    title: w.textTitle,
    submitLabel: words().forms.save,
    intro: w.textIntro,
    privateMetadata: metadata,
    fields: [
      {
        kind: 'text',
        id: DIGEST_TEXT_FIELD,
        label: w.summary,
        required: true,
        errorMessage: w.summaryMissing,
        multiline: true,
        maxLength: SUMMARY_MAX,
        initial: summary,
      },
    ],
  };
}

export function digestOmitForm(metadata: FormMetadata, omitted: readonly DigestSection[]): Form {
  const w = words().forms.digest;
  const showOrOmit: readonly ChoiceOption[] = [
    { value: 'tonen', label: w.show },
    { value: 'weglaten', label: w.omit },
  ];
  return {
    id: 'samenvatting-onderdelen',
    title: w.omitTitle,
    submitLabel: words().forms.save,
    intro: w.omitIntro,
    privateMetadata: metadata,
    fields: DIGEST_SECTIONS.map((s) => ({
      kind: 'choice' as const,
      id: s,
      label: sectionLabel(s),
      options: showOrOmit,
      required: true,
      errorMessage: w.showOrOmit,
      initial: omitted.includes(s) ? 'weglaten' : 'tonen',
    })),
  };
}

export function parseDigestText(raw: RawValues): ParseResult<DigestTextAnswer> {
  const { values, problems } = parseFields({ [DIGEST_TEXT_FIELD]: textSchema(SUMMARY_MAX) }, raw);
  if (problems.length > 0) return { ok: false, problems };
  const summary = values[DIGEST_TEXT_FIELD];
  if (typeof summary !== 'string')
    return {
      ok: false,
      problems: [{ field: DIGEST_TEXT_FIELD, message: words().forms.digest.summaryMissing }],
    };
  return { ok: true, value: { summary } };
}

export function parseDigestOmit(raw: RawValues): ParseResult<DigestOmitAnswer> {
  const schemas = Object.fromEntries(
    DIGEST_SECTIONS.map((s) => [
      s,
      requiredChoiceSchema(['tonen', 'weglaten'], words().forms.digest.showOrOmit),
    ]),
  );
  const { values, problems } = parseFields(schemas, raw);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { omitted: DIGEST_SECTIONS.filter((s) => values[s] === 'weglaten') } };
}
