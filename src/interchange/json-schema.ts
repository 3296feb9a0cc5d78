import { z } from 'zod';
import { interchangeSchema } from './schema.ts';

/**
 * The JSON Schema of schakel/v1 for other tools, made from the zod schema so the two never drift.
 * It describes what a file may contain (the input side: defaults make fields optional). Checks
 * that JSON Schema cannot say (a real calendar date, a known time zone, ids that point somewhere,
 * no client data) are Schakel's own on import.
 */
export function interchangeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(interchangeSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://schakel.hoofdzaakwerk.nl/schakel-v1.schema.json',
    title: 'schakel/v1',
    description:
      "Uitwisselformaat van Schakel: regio's, deelnemers, werkgroepen met hun reeks, check-ins, afgesproken checklist en voortgang.",
  };
}

export function interchangeJsonSchemaText(): string {
  return `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
}
