import { z } from 'zod';

/**
 * Text a platform sends that Schakel keeps, looks up or hands on as it is (an id, a callback id, a
 * trigger): a string without U+0000, which PostgreSQL's text cannot hold, and without a lone
 * surrogate, which has no UTF-8. Slack and Teams send neither; a request that does is refused at
 * the gate (400) instead of failing at the database or inside the SDK as a fault.
 */
export function platformText(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => text.isWellFormed() && !text.includes('\u0000'), {
      message: 'tekst met U+0000 of een losse surrogaat',
    });
}
