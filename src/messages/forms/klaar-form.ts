import type { OpenActiepunt } from '../../store/agenda-repo.ts';
import { words } from '../catalogue/words.ts';
import { type InlineForm, shorten } from '../model.ts';
import type { ParseResult } from './fields.ts';
import { type FormMetadata, OPTION_TEXT_MAX, type RawValues } from './model.ts';
import { single } from './raw-values.ts';

/**
 * "Welk actiepunt is klaar?" with every open actiepunt, and "Klaar melden": in the message itself
 * where there are more open actiepunten than Klaar buttons fit. Submitted as the form `klaar`;
 * the metadata names the werkgroep's overleg and, under the list of open actiepunten, `from`.
 */
export const KLAAR_FORM = 'klaar';
export const KLAAR_FIELD = 'actiepunt';

/** Slack's static menu holds at most 100 options: the rest is finished by typing `klaar <nummer>`. */
const MAX_OPTIONS = 100;

/** The choice with its button; `from` is KLAAR_ON_LIST under the list of open actiepunten. */
export function klaarChoice(
  overlegId: string,
  actiepunten: readonly OpenActiepunt[],
  from: string | null,
): InlineForm {
  const w = words().answers.actiepunten;
  return {
    type: 'form',
    form: {
      id: KLAAR_FORM,
      title: w.klaarTitle,
      submitLabel: w.klaarSubmit,
      privateMetadata: { overleg: overlegId, ...(from ? { from } : {}) },
      fields: [
        {
          kind: 'choice',
          id: KLAAR_FIELD,
          label: w.klaarQuestion,
          placeholder: w.klaarPlaceholder,
          required: true,
          errorMessage: w.klaarChoose,
          options: actiepunten.slice(0, MAX_OPTIONS).map((a) => ({
            value: String(a.number),
            label: optionLabel(a),
          })),
        },
      ],
    },
  };
}

/**
 * "#1 Contactpersonen verzamelen — Noor": its owner named, so a member picks their own (the
 * projectleider may finish any, so the list is the werkgroep's); a long description is shortened,
 * never the owner's name.
 */
function optionLabel(a: OpenActiepunt): string {
  const owner = a.owner ? ` — ${a.owner.name}` : '';
  const room = Math.max(OPTION_TEXT_MAX - owner.length, 30);
  return shorten(`${shorten(`#${a.number} ${a.description}`, room)}${owner}`, OPTION_TEXT_MAX);
}

/** The form as the registry builds it again (to place a problem): the choice without options. */
export function klaarForm(metadata: FormMetadata) {
  return klaarChoice(metadata.overleg ?? '', [], metadata.from ?? null).form;
}

export interface KlaarAnswer {
  readonly number: number;
}

/** The chosen actiepunt's number; whether it exists (or is done already) the `klaar` command says. */
export function parseKlaar(raw: RawValues): ParseResult<KlaarAnswer> {
  const chosen = single(raw[KLAAR_FIELD])?.trim() ?? '';
  if (/^\d{1,9}$/.test(chosen)) return { ok: true, value: { number: Number(chosen) } };
  return {
    ok: false,
    problems: [{ field: KLAAR_FIELD, message: words().answers.actiepunten.klaarChoose }],
  };
}
