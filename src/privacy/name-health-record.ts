import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { hasTopicWord } from './care-term-owner.ts';
import { JOBS } from './care-term-roles.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import {
  admissionHeading,
  careBeforeColon,
  groupCare,
  initialledNote,
  isClientCareHeading,
  namesRole,
  pushPerson,
  regardingCare,
  regardingRef,
} from './name-health-colon.ts';
import { initialsNote } from './name-health-initials-note.ts';
import { inlineFieldName } from './name-health-inline-fields.ts';
import {
  fieldColon,
  fieldEnd,
  isMeetingLine,
  isTreaterField,
  labelledName,
  lineStart,
  readLabel,
} from './name-health-record-fields.ts';
import { weakKind } from './name-health-weak-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/**
 * A record of one message (det-records): consecutive lines of "label: value" ("Naam: Rutger\nLeeftijd:
 * 31\nHulpvraag: werk na langdurige depressie"), optionally headed by a line naming the person and
 * ending in a colon ("Checklist Anna (intake IPS):"), is one unit: a client named in a person field
 * ("Naam:", "Cliënt:", "Klantnaam:") or in the heading and a care detail in another field go together.
 * A record with a meeting's fields ("Spreker:", "Onderwerp:", "Aanwezig:") names no client, and a
 * professional's field ("Behandelaar: dr. Peters", "Contact: dhr. Bouwmeester") names no client either.
 * Also the items of a list under a heading ("Verzuimoverzicht nov:\nBram 8 dagen (opname)"): a weak
 * care word on an item's line is the item's person's. Each sentence is read once, a few tokens per line.
 */
interface RecordState {
  inRecord: boolean;
  // A person named by the line before the record's first field, when it ended in a colon.
  heading: PersonRef | undefined;
  headingLine: boolean;
  listHeading: boolean;
  person: PersonRef | undefined;
  care: boolean;
  meeting: boolean;
  otherField: boolean;
  flagged: boolean;
}

export interface RecordReader {
  reset(): void;
  sentence(
    tokens: readonly Token[],
    sentence: Sentence,
    refs: readonly PersonRef[],
    isOrganisation: (k: number) => boolean,
    out: Finding[],
  ): void;
}

export function createRecordReader(care: CareLexicon): RecordReader {
  const state: RecordState = {
    inRecord: false,
    heading: undefined,
    headingLine: false,
    listHeading: false,
    person: undefined,
    care: false,
    meeting: false,
    otherField: false,
    flagged: false,
  };
  // The people the sentence before named, unless it was a meeting's ("Aanwezig: ...").
  let listed: readonly PersonRef[] = [];
  // "Betreft: J. Kramer, Wajong.": the person a subject line named, for the two sentences after it.
  let regarding: PersonRef | undefined;
  let regardingLeft = 0;
  // "Klanten met een depressie:\n- Jan\n- Sanne": the items under a heading naming clients by their care.
  let careGroup = false;
  const careSeen = () => {
    state.care = true;
  };
  const clear = () => {
    state.inRecord = false;
    state.person = undefined;
    state.care = false;
    state.meeting = false;
    state.otherField = false;
    state.flagged = false;
  };
  // One field: a client's name in a person's field, or a care detail in a field of no other party.
  const field = (
    tokens: readonly Token[],
    start: number,
    colon: number,
    end: number,
    refs: readonly PersonRef[],
    isOrg: (k: number) => boolean,
  ) => {
    const person = readLabel(tokens, start, colon, end, state);
    const named =
      refs.find((r) => r.first > colon && r.first < end) ?? labelledName(tokens, colon + 1, isOrg);
    // "Betreft: Kees Jansen, klantmanager": a role in the value names a professional.
    if (
      person &&
      !state.otherField &&
      named !== undefined &&
      state.person === undefined &&
      !namesRole(tokens, colon, end)
    )
      state.person = named;
    else if (!state.otherField && hasCare(tokens, colon + 1, end, refs, isOrg)) careSeen();
    else if (state.person !== undefined && isTreaterField(tokens, start, colon, end)) careSeen();
  };
  const hasCare = (
    tokens: readonly Token[],
    from: number,
    to: number,
    refs: readonly PersonRef[],
    isOrg: (k: number) => boolean,
  ) => {
    // "Vraag: een training over depressie": a topic, nobody's care. Batch 61 (det-61): a topic only from its
    // item on; items before it are the person's ("Achtergrond: ADHD, cannabisgebruik, afgebroken opleiding").
    const topic = firstTopic(tokens, from, to);
    const until = topic === to ? to : lastCommaBefore(tokens, from, topic);
    // The refs are in order: one pointer walks them with k, so a long line costs linear time.
    let r = 0;
    for (let k = from; k < until; k++) {
      while (r < refs.length && refs[r]!.last < k) r++;
      if (r < refs.length && refs[r]!.first <= k) continue;
      if (care.matchAt(tokens, k, isOrg) > 0 || weakKind(tokens[k]!.key) !== undefined) return true;
    }
    return false;
  };
  return {
    reset() {
      clear();
      state.heading = undefined;
      state.headingLine = false;
      state.listHeading = false;
      listed = [];
      regarding = undefined;
      regardingLeft = 0;
      careGroup = false;
    },
    sentence(tokens, sentence, refs, isOrganisation, out) {
      // The fields from the one labelled [start, colon) to `to`, a bar before each next ("| Klant: ...").
      const fields = (start: number, colon: number, to: number) => {
        for (let end = fieldEnd(tokens, colon, to); ; end = fieldEnd(tokens, colon, to)) {
          field(tokens, start, colon, end, refs, isOrganisation);
          if (end === to) return;
          start = end + 1;
          colon = fieldColon(tokens, start, to);
        }
      };
      careBeforeColon(tokens, sentence, refs, care, isOrganisation, out);
      admissionHeading(tokens, sentence, refs, out);
      initialledNote(tokens, sentence, care, isOrganisation, out);
      if (refs.length === 0) inlineFieldName(tokens, sentence, care, isOrganisation, out); // name-health-inline-fields.ts
      if (refs.length === 0) initialsNote(tokens, sentence, care, isOrganisation, out); // name-health-initials-note.ts
      if (refs.length === 0) groupCare(tokens, sentence, listed, care, isOrganisation, out);
      listed = isMeetingLine(tokens, sentence) ? [] : refs;
      if (regarding !== undefined && refs.length === 0 && regardingLeft-- > 0) {
        if (regardingCare(tokens, sentence, care, isOrganisation)) {
          pushPerson(tokens, regarding, out);
          regardingLeft = 0;
        }
      } else regardingLeft = 0;
      const subject = regardingRef(tokens, sentence, refs);
      if (subject !== undefined) {
        regarding = subject;
        regardingLeft = 2;
      }
      const start = lineStart(tokens, sentence.from);
      if (start < 0) {
        // A sentence inside a line: a field's value goes on, or a field after a semicolon ("; thema: ...").
        if (!state.inRecord) return;
        const inner = fieldColon(tokens, sentence.from, sentence.to);
        // Review 30: "Diagnose: PTSS; klantnaam: Bouwmeester, M.": the person's field after the semicolon.
        if (inner > 0) fields(sentence.from, inner, sentence.to);
        else if (!state.otherField && hasCare(tokens, sentence.from, sentence.to, refs, isOrganisation))
          careSeen();
        emit(tokens, state, out);
        return;
      }
      const colon = fieldColon(tokens, start, sentence.to);
      if (colon < 0) {
        const wasHeading = state.headingLine;
        const listHeading = state.listHeading;
        clear();
        // "Verzuimoverzicht nov:\nBram 8 dagen (opname)": an item of a list under a heading.
        if ((wasHeading || listHeading) && refs[0]?.first === start) {
          if (careGroup && !namesRole(tokens, start, sentence.to))
            for (const ref of refs) pushPerson(tokens, ref, out);
          else listItem(tokens, sentence, refs[0]!, isOrganisation, out);
        } else careGroup = false;
        if (endsInColonLine(tokens, sentence))
          careGroup = isClientCareHeading(tokens, start, sentence.to, care, isOrganisation);
        const endsInColon = tokens[sentence.to - 1]?.text === ':';
        state.headingLine = endsInColon;
        state.listHeading =
          (listHeading && refs[0]?.first === start) ||
          (endsInColon && refs.length === 0 && !isMeetingLine(tokens, sentence));
        state.heading =
          endsInColon && refs.length > 0 && !isMeetingLine(tokens, sentence) ? refs[0] : undefined;
        return;
      }
      careGroup = false;
      if (!state.inRecord) {
        state.inRecord = true;
        if (!state.headingLine) state.heading = undefined;
        if (state.heading !== undefined) state.person = state.heading;
      }
      state.headingLine = false;
      state.listHeading = false;
      fields(start, colon, sentence.to);
      emit(tokens, state, out);
    },
  };
}

/** The person of the record and a care detail in another of its fields. */
function emit(tokens: readonly Token[], state: RecordState, out: Finding[]): void {
  if (state.flagged || state.meeting || !state.care || state.person === undefined) return;
  state.flagged = true;
  pushPerson(tokens, state.person, out);
}

const ITEM_WINDOW = 8;

/** The first token in [from, to) with a topic word, or `to`. */
function firstTopic(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (hasTopicWord(tokens, k, k + 1)) return k;
  return to;
}

/** The last comma in [from, before), or `from` when there is none. */
function lastCommaBefore(tokens: readonly Token[], from: number, before: number): number {
  for (let j = before - 1; j > from; j--) if (tokens[j]!.text === ',') return j;
  return from;
}

/** "Bram 8 dagen (opname)": a weak or full care word a few tokens after the item's person, on its line. */
function endsInColonLine(tokens: readonly Token[], sentence: Sentence): boolean {
  return tokens[sentence.to - 1]?.text === ':';
}

function listItem(
  tokens: readonly Token[],
  sentence: Sentence,
  ref: PersonRef,
  isOrganisation: (k: number) => boolean,
  out: Finding[],
): void {
  for (let k = ref.last + 1; k < sentence.to && k <= ref.last + ITEM_WINDOW; k++) {
    const key = tokens[k]!.key;
    if (JOBS.has(key) || CARE_PROFESSIONALS.has(key) || isOrganisation(k)) return;
    if (weakKind(key) === 'admission' || weakKind(key) === 'clinic') {
      if (tokens[k + 1]?.capitalised || isOrganisation(k + 1)) return;
      pushPerson(tokens, ref, out);
      return;
    }
  }
}
