import { hasDirectionSign } from '../domain/control-characters.ts';
import { type FieldProblem, PrivacyRefusal } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { explainFindings, uncheckedMessage } from './explain.ts';
import type { Finding } from './findings.ts';

/**
 * The guard's check of a form's fields, over its scan: one problem per field that looks like client data,
 * holds a sign that changes its reading direction (the rule names follow, control-characters.ts: the
 * werkgroep would be shown another text than the one checked), or could not be checked (fail closed),
 * half a sign included.
 */
export function createCheck(scan: (text: string) => Finding[]) {
  /** Every field's refusal says that Schakel keeps no client data: it is read beside its own field. */
  function checkField(field: string, value: string): FieldProblem[] {
    let findings: Finding[];
    try {
      // Half a sign (a lone surrogate: a broken client, a crafted request) is no text the detectors can
      // read, and the database would keep it as another (U+FFFD): a BSN split by one passed as none.
      // Refused with what to do about a sign that cannot be read: type the text again.
      if (!value.isWellFormed()) return [{ field, message: words().fields.controlCharacter }];
      findings = scan(value);
    } catch {
      // Fail closed: a text we could not check is treated as a text we may not store.
      return [{ field, message: uncheckedMessage() }];
    }
    const messages = findings.length === 0 ? [] : [explainFindings(findings, value)];
    if (hasDirectionSign(value)) messages.push(words().privacy.directionSign);
    if (messages.length === 0) return [];
    const directionOnly = findings.length === 0 ? { directionOnly: true as const } : {};
    return [{ field, message: messages.join(' '), ...directionOnly }];
  }

  return function check(fields: Readonly<Record<string, string | undefined>>): void {
    const problems: FieldProblem[] = [];
    try {
      for (const [field, value] of Object.entries(fields)) {
        if (value === undefined) continue;
        problems.push(...checkField(field, value));
      }
    } catch {
      // Not even the fields could be read: refuse the whole form rather than store anything.
      throw new PrivacyRefusal([{ field: '*', message: uncheckedMessage() }]);
    }
    if (problems.length > 0) throw new PrivacyRefusal(problems);
  };
}
