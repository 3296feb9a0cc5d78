import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { createNameHealthScanner, type NameHealthScanner } from './name-health.ts';
import { isOwnCareKey } from './name-health-addressed-care.ts';
import { isGamblingKey, isGamblingWord } from './name-health-care-aside.ts';
import { isSettingWord } from './name-health-colon.ts';
import { addLearnedNameHealth, type LearnedInput, type NameHealthModel } from './name-health-learned.ts';
import { committedNameHealthModel } from './name-health-linear.ts';
import { noteProcessingSenses } from './name-health-processing.ts';
import { isWeakCareToken } from './name-health-subject.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';

/**
 * Reads a text's sentences for names with a care detail (name-health.ts) only when some word of the
 * text may start a care term or is a weak care word, wherever it stands: a name in the first sentence
 * may get its care term in the last. The guard tells the gate each word its walk passes, so a word is
 * asked while its token is still in the processor's cache, and the words after the walk are asked
 * only when a sentence ends before any such word was seen. Two passes over all the tokens before the
 * walk (as before) cost about twice as much per token on a megabyte line as on 100 KB, whose tokens
 * fit in the cache: "B. B. B. ...", one sentence of a million tokens, read them all twice for nothing.
 */
export class NameHealthGate {
  private readonly scanner: NameHealthScanner;
  private readonly care: CareLexicon;
  // The people the scanner found in this text's sentences and the care it gave others, for the learned model.
  private readonly learned: LearnedInput;
  private readonly model: NameHealthModel | null;
  private tokens: readonly Token[] = [];
  private n = 0;
  // A word passed so far may start a care detail.
  private seen = false;
  // Every word of the text has been asked.
  private askedAll = false;

  /** `model`: a learned second signal (name-health-learned.ts); undefined: the committed one; null: none. */
  constructor(care: CareLexicon, model: NameHealthModel | null | undefined) {
    this.learned = { persons: [], othersCare: [], processing: [] };
    this.model = model === undefined ? committedNameHealthModel() : model;
    this.scanner = createNameHealthScanner(care, this.model === null ? undefined : this.learned);
    this.care = care;
  }

  /** A new text, of tokens [0, n): forgets the previous one. */
  start(tokens: readonly Token[], n: number): void {
    this.scanner.reset();
    this.tokens = tokens;
    this.n = n;
    this.seen = false;
    this.askedAll = false;
  }

  /** The walk passes word k (after every token before it). */
  pass(k: number): void {
    if (!this.seen && !this.askedAll && this.mayStartAt(k)) this.seen = true;
  }

  /** The next sentence, once the walk has passed its tokens: scanned when the text may hold a care detail. */
  sentence(
    tokens: readonly Token[],
    sentence: Sentence,
    isOrganisation: (k: number) => boolean,
    out: Finding[],
  ): void {
    if (this.mayFindFrom(sentence.to)) this.scanner.sentence(tokens, sentence, isOrganisation, out);
  }

  /**
   * The text's last sentence (when not empty), then the learned model's second opinion on the people
   * found (name-health-learned.ts), once all the organisations are known.
   */
  end(
    tokens: readonly Token[],
    last: Sentence,
    isOrganisation: (k: number) => boolean,
    out: Finding[],
  ): void {
    if (last.from < last.to) this.sentence(tokens, last, isOrganisation, out);
    if (this.model !== null)
      addLearnedNameHealth(tokens, this.learned, this.care, isOrganisation, this.model, out, (window) => {
        this.scanner.othersCareNear(tokens, isOrganisation, window);
        noteProcessingSenses(tokens, this.learned.processing);
      });
  }

  /** Whether a word passed, or one from `from` on (not passed yet), may start a care detail. */
  private mayFindFrom(from: number): boolean {
    if (this.seen || this.askedAll) return this.seen;
    for (let k = from; k < this.n && !this.seen; k++)
      this.seen = this.tokens[k]!.type === 'word' && this.mayStartAt(k);
    this.askedAll = true;
    return this.seen;
  }

  private mayStartAt(k: number): boolean {
    const token = this.tokens[k]!;
    if (
      mayBeGateWord(token) &&
      (isWeakCareToken(token) || isSettingWord(token) || isGamblingWord(token) || isOwnCareKey(token.key))
    )
      return true;
    return this.care.mayMatchIn(this.tokens, k, k + 1);
  }
}

/**
 * A word that may be weak care, a setting or gambling: one bit kept on the word's record, so the gate asks
 * the three only of such words, and not two tests and a word list of every word it passes.
 */
const mayBeGateWord = keyTest(
  (key) =>
    isWeakCareToken({ key, record: null }) ||
    isSettingWord({ key, record: null }) ||
    isGamblingKey(key) ||
    isOwnCareKey(key),
);
