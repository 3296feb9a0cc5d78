import { AsyncLocalStorage } from 'node:async_hooks';
import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import { currentLocale } from '../messages/locale.ts';
import type { FreeTextGuard } from '../privacy/free-text-guard.ts';

/** The guard's answer for each text read in this submission: its problems (none when it passed). */
type Answers = Map<string, readonly FieldProblem[]>;

const submission = new AsyncLocalStorage<Answers>();

/**
 * One submission (a form sent, a command typed): inside it the guard reads each text once. A
 * refused form is shown again with its text fields asked about once more (form-again.ts), and a
 * use case may check a name before and again as it stores it; those later checks get the first
 * answer instead of reading the same text again.
 */
export function oneSubmission<T>(fn: () => Promise<T>): Promise<T> {
  return submission.getStore() ? fn() : submission.run(new Map(), fn);
}

/**
 * The guard every use case and the form layer ask (core.ts): the same rule, each field still
 * checked and still refused as the guard refuses it, so every stored free-text column stays a
 * guarded type; only a text already read in this submission is answered from that reading.
 * Outside a submission (the scheduler, the CLI) every check reads.
 */
export function guardOncePerSubmission<G extends FreeTextGuard>(guard: G): G {
  const check = (fields: Readonly<Record<string, string | undefined>>): void => {
    const answers = submission.getStore();
    if (!answers) {
      guard.check(fields);
      return;
    }
    let entries: [string, string | undefined][];
    try {
      entries = Object.entries(fields);
    } catch {
      // Not even the fields could be read: the guard itself refuses them (fail closed).
      guard.check(fields);
      return;
    }
    const problems: FieldProblem[] = [];
    for (const [field, text] of entries) {
      if (text === undefined) continue;
      // The guard's words are in the language being spoken: a reading is kept per language.
      const key = `${currentLocale()}\u0000${text}`;
      let said = answers.get(key);
      if (!said) {
        said = problemsOf(guard, field, text);
        answers.set(key, said);
      }
      for (const problem of said) problems.push({ ...problem, field });
    }
    if (problems.length > 0) throw new PrivacyRefusal(problems);
  };
  return { ...guard, check };
}

/** What the guard says of one text in one field: nothing when it passes. */
function problemsOf(guard: FreeTextGuard, field: string, text: string): readonly FieldProblem[] {
  try {
    guard.check({ [field]: text });
    return [];
  } catch (err) {
    if (!(err instanceof PrivacyRefusal)) throw err;
    return err.problems;
  }
}
