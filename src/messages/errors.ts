import { NotAllowed, NotFound, PrivacyRefusal, SchakelError } from '../domain/errors.ts';
import type { RefusalCode, RefusalParams } from '../domain/refusals.ts';
import { words } from './catalogue/words.ts';
import { decline, type Message } from './model.ts';

/** Where the refused text was typed: where others read it, and whether the platform takes it out. */
export interface RefusedWhere {
  readonly sharedChannel?: boolean;
  /** The platform takes a refused message out itself (the local chat); Slack and Teams cannot. */
  readonly takenOut?: boolean;
}

/**
 * The one place an error becomes words for a member: plain words in the member's language,
 * saying what to do. Anything unexpected gets a general apology; its details stay in the log.
 */
export function errorMessage(err: unknown, where: RefusedWhere = {}): Message {
  const w = words().errors;
  if (err instanceof PrivacyRefusal) {
    const lines = sayClosingOnce(err.problems.map((p) => p.message));
    // Typed in a channel, the text stays there for everyone until its writer deletes it, unless
    // the platform took it out.
    const inChannel = where.takenOut ? w.privacyTakenOut : w.privacyDeleteOwn;
    // Refused only for a direction sign: say that, never that it looked like client data; its
    // own line already says what to do.
    const direction = err.problems.every((p) => p.directionOnly);
    return {
      fallback: direction ? w.directionFallback : w.privacyFallback,
      refusal: direction ? 'direction' : 'privacy',
      blocks: [
        { type: 'text', text: direction ? w.directionHeading : w.privacyHeading },
        { type: 'list', items: lines },
        ...(where.sharedChannel ? [{ type: 'text' as const, text: inChannel }] : []),
        ...(direction ? [] : [{ type: 'note' as const, text: w.privacyNote }]),
      ],
    };
  }
  if (err instanceof SchakelError) {
    return decline(expectedText(err));
  }
  return { fallback: w.unexpected, blocks: [{ type: 'text', text: w.unexpected }] };
}

/**
 * Every field's refusal ends by saying that Schakel keeps no client data (privacy/explain.ts); one
 * message listing them says it once, with the last field that says it.
 */
function sayClosingOnce(lines: readonly string[]): string[] {
  const closing = ` ${words().privacy.closing}`;
  const last = lines.findLastIndex((l) => l.includes(closing));
  return lines.map((l, i) => (i < last ? l.replace(closing, '') : l));
}

/** A refusal is worded from its code here, at the edge; other errors carry their problems. */
function expectedText(err: SchakelError): string {
  if (err instanceof NotAllowed) return refusalWords(err.reason, err.params);
  if ('problems' in err && Array.isArray(err.problems)) return err.problems.map((p) => p.message).join(' ');
  if (err instanceof NotFound && err.message === 'Niet gevonden.') return words().errors.notFound;
  return err.message;
}

/** The wording of a refusal code in the member's language. */
export function refusalWords<C extends RefusalCode>(code: C, params: RefusalParams<C>): string {
  return (words().refusals[code] as (p: RefusalParams<C>) => string)(params);
}

/** True for errors whose message is meant for the member (not a crash). */
export function isExpected(err: unknown): boolean {
  return err instanceof SchakelError;
}
