import { z } from 'zod';
import type { Clock } from '../clock.ts';
import { type FieldProblem, InvalidInput } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import { formMessage } from '../messages/form-message.ts';
import { confirmationText } from '../messages/forms/confirmation.ts';
import type { Form, FormMetadata, RawValues } from '../messages/forms/model.ts';
import { OCCURRENCE_FIELDS, occurrenceForm } from '../messages/forms/occurrence-form.ts';
import type { FormAnswer } from '../messages/forms/parse.ts';
import { single } from '../messages/forms/raw-values.ts';
import { SERIES_FIELDS, seriesForm } from '../messages/forms/series-form.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import { type Message, say } from '../messages/model.ts';
import { readableIsoDate } from '../messages/readable-date.ts';
import { werkgroepName as nameOf } from '../messages/werkgroep-name.ts';
import { parseLocalDate, todayIsoIn } from '../schedule/local-time.ts';
import {
  endOfDay,
  notPastCheck,
  notPastDayCheck,
  PAST_MESSAGES,
  pastReason,
  startsInPast,
} from './not-in-past.ts';
import { cancelledAnswer } from './put-back.ts';
import type { createSeriesCommands } from './series-changes.ts';

export type SeriesFormKind = 'reeks-nieuw' | 'reeks-wijzig' | 'bijeenkomst';
export type SeriesFormsAnswer = Extract<FormAnswer, { form: 'reeks' | 'bijeenkomst' }>;

const overlegMetadata = z.object({ overlegId: z.uuid(), mode: z.enum(['nieuw', 'wijzig']).optional() });

/** The projectleider's forms for the series: built, and their submissions carried out. */
export function createSeriesForms(d: {
  clock: Clock;
  timeZone: string;
  series: ReturnType<typeof createSeriesCommands>;
}) {
  const notPast = notPastCheck(d);
  const notPastDay = notPastDayCheck(d);
  async function build(
    actor: Member | null,
    kind: SeriesFormKind,
    overlegId: string,
    prefix = '',
  ): Promise<Form> {
    const overleg = await d.series.assertMayManage(actor, overlegId);
    // Said at once, not after the whole form was filled in: a second series is never made.
    if (kind === 'reeks-nieuw' && (await d.series.hasSeries(overlegId))) {
      throw new InvalidInput([{ field: 'reeks', message: words().answers.problems.seriesExists(prefix) }]);
    }
    const werkgroepName = nameOf(overleg);
    const today = todayIsoIn(d.clock.now(), d.timeZone);
    if (kind !== 'bijeenkomst') {
      const mode = kind === 'reeks-nieuw' ? 'nieuw' : 'wijzig';
      return seriesForm({ overlegId, werkgroepName, mode, today });
    }
    const { occurrences } = await d.series.upcoming(overlegId, 10);
    return occurrenceForm({
      overlegId,
      werkgroepName,
      today,
      occurrences: occurrences.map((o) => ({ value: o.originalLocal, label: whenForMember(o) })),
    });
  }

  return {
    /** A message that opens the form (Slack modal, Teams card), with plain words as fallback. */
    async openForm(
      actor: Member | null,
      kind: SeriesFormKind,
      overlegId: string,
      prefix = '',
    ): Promise<Message> {
      const form = await build(actor, kind, overlegId, prefix);
      return formMessage(form);
    },

    /** The form again (to show it beside problems), from what came back with the submission. */
    async formFor(actor: Member | null, formId: string, metadata: FormMetadata): Promise<Form> {
      const parsed = overlegMetadata.safeParse(metadata);
      if (!parsed.success) throw new InvalidInput([{ field: 'form', message: words().forms.expired }]);
      const meta = parsed.data;
      const kind: SeriesFormKind =
        formId === 'bijeenkomst' ? 'bijeenkomst' : meta.mode === 'wijzig' ? 'reeks-wijzig' : 'reeks-nieuw';
      return build(actor, kind, meta.overlegId);
    },

    /**
     * When the form refused other fields (a time that is no time): a date picked before today is
     * named beside them, so one reply says all that is wrong. The parser knows no today.
     */
    async draftProblems(formId: string, metadata: FormMetadata, values: RawValues): Promise<FieldProblem[]> {
      const meta = overlegMetadata.safeParse(metadata);
      if (!meta.success) return [];
      const [field, message] =
        formId === 'bijeenkomst'
          ? [OCCURRENCE_FIELDS.date, PAST_MESSAGES.moved]
          : [SERIES_FIELDS.date, meta.data.mode === 'wijzig' ? PAST_MESSAGES.from : PAST_MESSAGES.first];
      const date = single(values[field])?.trim() ?? '';
      // At the day's end: a day before today is past whatever the time.
      if (parseLocalDate(date) === null || !startsInPast(endOfDay(date), d.timeZone, d.clock.now()))
        return [];
      return [{ field, message: pastReason(endOfDay(date), d.timeZone, d.clock.now(), message, false) }];
    },

    /** Carries out a submitted series form, parsed; problems come back per field as InvalidInput. */
    async submitForm(
      actor: Member | null,
      metadata: FormMetadata,
      answer: SeriesFormsAnswer,
      prefix = '',
    ): Promise<Message> {
      const meta = overlegMetadata.safeParse(metadata);
      if (!meta.success) throw new InvalidInput([{ field: 'form', message: words().forms.expired }]);
      const { overlegId } = meta.data;
      const name = nameOf(await d.series.assertMayManage(actor, overlegId));
      if (answer.form === 'reeks') {
        const a = answer.value;
        const details = {
          durationMinutes: a.durationMinutes,
          ...(a.location ? { location: a.location } : {}),
          ...(a.onlineUrl ? { onlineUrl: a.onlineUrl } : {}),
        };
        if (meta.data.mode === 'wijzig') {
          notPastDay(a.date, SERIES_FIELDS.date, PAST_MESSAGES.from);
          await d.series.changeSeriesFrom(actor, overlegId, {
            effectiveFrom: a.date,
            time: a.time,
            everyWeeks: a.everyWeeks,
            ...details,
          });
        } else {
          notPast(`${a.date}T${a.time}`, SERIES_FIELDS.date, PAST_MESSAGES.first);
          await d.series.createSeries(
            actor,
            overlegId,
            { firstStart: `${a.date}T${a.time}`, everyWeeks: a.everyWeeks, ...details },
            prefix,
          );
        }
        return say(confirmationText(answer.form));
      }
      // As the typed `verplaats` and `annuleer` answer: which meeting, and where it went.
      const a = answer.value;
      const w = words().answers;
      if (a.action === 'annuleren') {
        // A moved meeting is named (and put back with herstel) where it had moved to.
        const done = await d.series.cancelOccurrence(actor, overlegId, a.originalStart);
        if (done.cancelled) return cancelledAnswer(overlegId, name, done.start, prefix);
        return say(w.annuleerAlready(name, readableIsoDate(done.start.slice(0, 10))));
      }
      const [day, time] = [a.newDate ?? a.originalStart.slice(0, 10), a.newTime ?? a.originalStart.slice(11)];
      notPast(`${day}T${time}`, OCCURRENCE_FIELDS.date, PAST_MESSAGES.moved);
      const outcome = await d.series.moveOccurrence(
        actor,
        overlegId,
        a.originalStart,
        `${day}T${time}`,
        prefix,
      );
      // Already standing there (sent twice, or an older card): said as the typed `verplaats` says it.
      if (outcome === 'unchanged') {
        return say(
          w.series.alreadyMoved(readableIsoDate(a.originalStart.slice(0, 10)), readableIsoDate(day), time),
        );
      }
      return say(w.series.movedTo(name, readableIsoDate(day), time));
    },
  };
}
