import { goesOnAbout } from './care-term-continued.ts';
import { hasCareOfNoIndefinite, hasItSelf } from './care-term-on-behalf.ts';
import { BACK_WINDOW, type Context, hasTopicWord } from './care-term-owner.ts';
import { mayBeNamedNext } from './care-term-signed.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { describedOrHeaded } from './name-health-about-heading.ts';
import { addressedAt } from './name-health-addressed.ts';
import { asksAfterOwnCare } from './name-health-addressed-care.ts';
import { isAskedAbout, isAskedOfPeople } from './name-health-asked-about.ts';
import { CARRY_LIMIT, hasPronoun, isCaseHeading, isField } from './name-health-carry.ts';
import { isExclaimedOn } from './name-health-exclaimed.ts';
import { createForwardedReader } from './name-health-forwarded.ts';
import { isCareFragment } from './name-health-fragment.ts';
import type { LearnedInput } from './name-health-learned.ts';
import { isConcerned, isIdentified, isSummedUp } from './name-health-named-after.ts';
import { scanSentence } from './name-health-owned.ts';
import { endsProfile, PROFILE_REACH, profileHeading } from './name-health-profile.ts';
import { createRecordReader } from './name-health-record.ts';
import { sentencePersons } from './name-health-speaker.ts';
import { weakCareSubject } from './name-health-subject.ts';
import { mentionsOtherClientAfter } from './person-carry-other.ts';
import type { PersonRef } from './person-names.ts';
import { PersonRefIndex } from './person-ref-index.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/**
 * A named person together with a care detail in the same sentence (finding `name_health`). This file
 * finds the person references sentence by sentence and carries the last one over to the next
 * sentence (what carries it: name-health-carry.ts); which person a care term belongs to is decided in
 * care-term-owner.ts.
 */

export interface NameHealthScanner {
  /** Scans one sentence (sentences in order) and adds its findings to `out`. */
  sentence(
    tokens: readonly Token[],
    sentence: Sentence,
    isOrganisation: (k: number) => boolean,
    out: Finding[],
  ): void;
  /** Forgets the previous sentence: call before each new text. */
  reset(): void;
  /**
   * The learned signal's veto from the sentences put off (naming nobody, nobody before): their care terms
   * within `window` tokens of a person found go to the learned input's othersCare.
   */
  othersCareNear(tokens: readonly Token[], isOrganisation: (k: number) => boolean, window: number): void;
}

/**
 * Scans sentence by sentence, keeping the last person for a "hij"/"zij". Given `learnedInput`, notes there
 * the people found and the care terms the rules gave others, also in sentences naming nobody.
 */
export function createNameHealthScanner(care: CareLexicon, learnedInput?: LearnedInput): NameHealthScanner {
  const learned = learnedInput ?? { persons: [], othersCare: [], processing: [] };
  let previous: PersonRef | undefined;
  let previousFrom = 0;
  // The sentence before named someone, and where it ended: "Jan gebeld. Heeft weer ..." goes on about him.
  let previousNamed = false;
  let previousTo = 0;
  let previousHeads = false;
  // The sentence before spoke of someone unnamed with a care term ("Hij zei: ... Abilify ...").
  let unnamed = false;
  // ... with the care term of an indefinite person ("Kan iemand met autisme ...?"), unless told as the named one's own.
  let unnamedIndefinite = false;
  // ... a question about people with a care detail ("Wie heeft ervaring met ...?"), for the one named next.
  let askedOfPeople = false;
  // The sentence before was a list of care terms, nobody named ("Depressie en angst.").
  let careList = false;
  // Sentences since the last one that named someone, not counting those with a pronoun.
  let unnamedSentences = 0;
  // The person the message opens by addressing ("Bas, ..."), read from its first sentence.
  let addressed: PersonRef | undefined;
  let first = true;
  // "Albert. 52. Vader van drie. Opname sinds vrijdag.": a name heading fragments, and how many may follow.
  let profile: PersonRef | undefined;
  let profileLeft = 0;
  const byLast = new PersonRefIndex();
  const byFirst = new PersonRefIndex();
  const forwarded = createForwardedReader();
  const records = createRecordReader(care);
  // The sentences naming nobody with nobody before, as (from, to, heading 1 or 0): read for the learned
  // signal's veto only when it asks, near a person (most texts name nobody, or the rules flag the name).
  const putOff: number[] = [];
  return {
    reset() {
      // Setting an array's length costs a call into the runtime even when it is 0 already (most texts).
      if (learned.persons.length > 0) learned.persons.length = 0;
      if (learned.othersCare.length > 0) learned.othersCare.length = 0;
      if (learned.processing.length > 0) learned.processing.length = 0;
      if (putOff.length > 0) putOff.length = 0;
      forwarded.reset();
      records.reset();
      previous = undefined;
      previousNamed = false;
      unnamed = false;
      unnamedIndefinite = false;
      askedOfPeople = false;
      careList = false;
      unnamedSentences = 0;
      previousHeads = false;
      addressed = undefined;
      first = true;
      profile = undefined;
      profileLeft = 0;
    },
    sentence(tokens, sentence, isOrganisation, out) {
      const found = out.length;
      const refs = sentencePersons(
        tokens,
        sentence,
        isOrganisation,
        (k) => care.matchAt(tokens, k, isOrganisation) > 0,
      );
      for (const ref of refs) learned.persons.push(ref);
      if (first) addressed = addressedAt(tokens, sentence);
      first = false;
      // A fragment of a profile naming nobody goes on about the name heading it.
      if (profile !== undefined && endsProfile(tokens, sentence)) profileLeft = 0;
      const profiled = refs.length === 0 && profile !== undefined && profileLeft-- > 0;
      if (profiled) previous = profile;
      // "Hij zei: \"ik ben gestopt met die Abilify\". Dat was Sjoerd.": the person named right after.
      // "Kan iemand met autisme ...? Vraag voor Marloes, die het zelf heeft.": the question is hers after all.
      // "Wie heeft een plek voor iemand met autisme? Het gaat om Stefanie": that someone named (batch 60).
      const ownToo =
        unnamedIndefinite &&
        (hasItSelf(tokens, sentence) || (refs.length > 0 && isConcerned(tokens, sentence, refs[0]!)));
      if ((unnamed || ownToo) && refs.length > 0 && isIdentified(tokens, sentence, refs[0]!))
        out.push(findingOf(tokens, refs[0]!));
      // "Wie heeft ervaring met quetiapine ...? Mijn deelnemer Bram valt ...": the one it was asked for (det-link37).
      else if (
        askedOfPeople &&
        refs.length > 0 &&
        isAskedAbout(tokens, sentence, refs[0]!, care, isOrganisation)
      )
        out.push(findingOf(tokens, refs[0]!));
      // "Depressie, angst en een alcoholprobleem. Dat is de stand van zaken bij Harmen Postma.": the
      // list of care terms before is summed up as the named person's.
      else if (careList && refs.length > 0 && isSummedUp(tokens, sentence, refs[0]!))
        out.push(findingOf(tokens, refs[0]!));
      if (refs.length > 0 || previous !== undefined || addressed !== undefined) {
        byLast.fill(refs, tokens.length, lastOf);
        byFirst.fill(refs, tokens.length, firstOf);
        const careOnly =
          refs.length === 0 &&
          isCareFragment(tokens, sentence, care, isOrganisation, isCaseHeading(tokens, previousFrom));
        // "Workshop met Sanne Visser. Autisme en ADHD.": care terms after a topic are nobody's.
        const topical =
          careOnly &&
          hasTopicWord(tokens, Math.max(previousFrom, sentence.from - BACK_WINDOW), sentence.from);
        const fragment = careOnly && !topical;
        const continued =
          refs.length === 0 &&
          previousNamed &&
          previous !== undefined &&
          goesOnAbout(
            tokens,
            sentence,
            { from: previousFrom, to: previousTo },
            previous,
            care,
            isOrganisation,
          );
        const context: Context = {
          tokens,
          sentence,
          isOrganisation,
          byLast,
          byFirst,
          previous,
          continues: profiled || fragment || continued || isExclaimedOn(tokens, sentence, refs, previous),
          heading: previousHeads,
          addressed,
        };
        const before = out.length;
        scanSentence(context, care, refs, out, topical ? null : undefined, learned.othersCare);
        // "bij de man met de schizofrenie uit Ede, Willem": described by care, named after; "Over Jesse: ...".
        const described = describedOrHeaded(tokens, sentence, refs, care, isOrganisation);
        if (described !== undefined && !isFlagged(tokens, out, before, described))
          out.push(findingOf(tokens, described));
        // "Kevin is weer thuis na 3 weken opname": a weak care word of the sentence's subject.
        const subject = weakCareSubject(tokens, sentence, refs, previous, isOrganisation);
        if (subject !== undefined && !isFlagged(tokens, out, before, subject))
          out.push(findingOf(tokens, subject));
        // "@fatma hoe is het na je operatie?": plain words of the addressed person's own care (det-lists39).
        const own = addressed !== undefined && asksAfterOwnCare(tokens, sentence, refs, addressed);
        if (own && !isFlagged(tokens, out, before, addressed!)) out.push(findingOf(tokens, addressed!));
        byLast.clear(refs, lastOf);
        byFirst.clear(refs, firstOf);
      } else if (learnedInput !== undefined) {
        // "Sprekers over klanten met verslaving:\n- Kees Bakker": nobody before, but whose is the care?
        putOff.push(sentence.from, sentence.to, previousHeads ? 1 : 0);
      }
      // "Fwd van <address>: 'ik heb weer last van ...'": the sender's own care (name-health-forwarded.ts).
      forwarded.sentence(tokens, sentence, care, isOrganisation, out, found);
      records.sentence(tokens, sentence, refs, isOrganisation, out); // name-health-record.ts
      careList =
        previous === undefined &&
        refs.length === 0 &&
        isCareFragment(tokens, sentence, care, isOrganisation, false);
      // "heeft iemand ervaring met schizofrenie? vraag voor Dennis": a question asked for the person named next;
      // "'ik ben weer opgenomen. groet Tessa'": a quoted message signed by its writer (care-term-signed.ts).
      const asked =
        previous === undefined &&
        refs.length === 0 &&
        mayBeNamedNext(tokens, sentence) &&
        care.mayMatchIn(tokens, sentence.from, sentence.to);
      unnamed = asked && hasCareOfNoIndefinite(tokens, sentence, care, isOrganisation);
      unnamedIndefinite = asked && !unnamed;
      askedOfPeople = asked && isAskedOfPeople(tokens, sentence);
      // "Hennie. Ze is erg somber. Ze zegt ...": a sentence without a name but with a pronoun keeps the
      // person the text is about.
      // Also across a short sentence without a name or pronoun ("Mirjam. Het gaat niet goed. Ze is ...").
      // "Naam: Oumar Diallo ; Behandelaar: Parnassia ; Medicatie: Abilify": the fields of a row go on
      // about the person heading it.
      const fieldGoesOn = previousHeads && refs.length === 0 && isField(tokens, sentence);
      if (refs.length > 0) unnamedSentences = 0;
      else if (!hasPronoun(tokens, sentence) && !fieldGoesOn) unnamedSentences++;
      if (refs.length > 0 || previous === undefined || unnamedSentences > CARRY_LIMIT)
        previous = refs[refs.length - 1];
      // "Kees vertelt over een deelnemer. Hij ...": the pronoun may be the unnamed client (batch 48).
      if (previous !== undefined && refs.length > 0 && mentionsOtherClientAfter(tokens, sentence, previous))
        previous = undefined;
      const heading = profileHeading(tokens, sentence, refs, (k) => care.mayMatchIn(tokens, k, k + 1));
      if (heading !== undefined) [profile, profileLeft] = [heading, PROFILE_REACH];
      else if (refs.length > 0) profile = undefined;
      if (profile !== undefined && profileLeft > 0 && refs.length === 0) previous = profile;
      previousFrom = sentence.from;
      previousTo = sentence.to;
      previousNamed = refs.length > 0;
      // "Casus: dhr. Peters; diagnose: ...": a name just before a semicolon heads the clauses after it.
      // The name alone or after a case label ("Casus:", "Status:"), not after an agenda or a meeting
      // role ("Agenda: Jeroen; psychose en werk", "Voorzitter: Sanne; onderwerp: burn-out").
      previousHeads =
        fieldGoesOn ||
        (previous !== undefined &&
          previous.last === sentence.to - 2 &&
          tokens[sentence.to - 1]!.text === ';' &&
          (previous.first === sentence.from || isCaseHeading(tokens, sentence.from)));
    },
    othersCareNear(tokens, isOrganisation, window) {
      const { persons, othersCare } = learned;
      // Both in text order: one sweep.
      let p = 0;
      for (let i = 0; i < putOff.length; i += 3) {
        const sentence = { from: putOff[i]!, to: putOff[i + 1]! };
        while (p < persons.length && persons[p]!.last + window < sentence.from) p++;
        if (p === persons.length) return;
        if (persons[p]!.first - window >= sentence.to) continue;
        const heading = putOff[i + 2] === 1;
        const context = { tokens, sentence, isOrganisation, byLast, byFirst, previous: undefined, heading };
        // Nobody named or before: the owner walk gives a care term to nobody, never to a person.
        scanSentence({ ...context, continues: false }, care, [], NO_FINDINGS, undefined, othersCare);
      }
    },
  };
}

const NO_FINDINGS: Finding[] = [];

const lastOf = (r: PersonRef) => r.last;
const firstOf = (r: PersonRef) => r.first;

/** Whether out[from ...] already holds a finding that starts at the person. */
function isFlagged(tokens: readonly Token[], out: readonly Finding[], from: number, ref: PersonRef): boolean {
  for (let i = from; i < out.length; i++) if (out[i]!.start === tokens[ref.first]!.start) return true;
  return false;
}

function findingOf(tokens: readonly Token[], ref: PersonRef): Finding {
  return { kind: 'name_health', start: tokens[ref.first]!.start, end: tokens[ref.last]!.end };
}
