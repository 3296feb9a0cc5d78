import { PrivacyRefusal, SchakelError } from '../domain/errors.ts';
import type { Message } from './model.ts';

/**
 * The one place an error becomes words for a member: plain Dutch, saying what to do.
 * Anything unexpected gets a general apology; its details stay in the log.
 */
export function errorMessage(err: unknown): Message {
  if (err instanceof PrivacyRefusal) {
    const lines = err.problems.map((p) => p.message);
    return {
      fallback: 'Niet opgeslagen: dit lijkt op gegevens van een cliënt.',
      blocks: [
        { type: 'text', text: 'Niet opgeslagen: je tekst lijkt gegevens van een cliënt te bevatten.' },
        { type: 'list', items: lines },
        {
          type: 'note',
          text: 'Schakel bewaart nooit gegevens van cliënten. Schrijf het algemener en probeer het opnieuw.',
        },
      ],
    };
  }
  if (err instanceof SchakelError) {
    const text =
      'problems' in err && Array.isArray(err.problems)
        ? err.problems.map((p) => p.message).join(' ')
        : err.message;
    return { fallback: text, blocks: [{ type: 'text', text }] };
  }
  const text =
    'Er ging iets mis in Schakel. Probeer het over een paar minuten opnieuw; blijft het misgaan, meld het dan bij je beheerder.';
  return { fallback: text, blocks: [{ type: 'text', text }] };
}

/** True for errors whose message is meant for the member (not a crash). */
export function isExpected(err: unknown): boolean {
  return err instanceof SchakelError;
}
