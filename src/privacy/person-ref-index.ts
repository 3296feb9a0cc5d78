import type { PersonRef } from './person-names.ts';

/**
 * Person references by the index of one of their tokens, in an array reused from sentence to
 * sentence (a Map per sentence would be garbage on every line).
 */
export class PersonRefIndex {
  #slots = new Int32Array(64);
  #refs: readonly PersonRef[] = [];

  fill(refs: readonly PersonRef[], tokenCount: number, at: (r: PersonRef) => number): void {
    if (this.#slots.length < tokenCount)
      this.#slots = new Int32Array(Math.max(tokenCount, this.#slots.length * 2));
    this.#refs = refs;
    refs.forEach((r, n) => {
      this.#slots[at(r)] = n + 1;
    });
  }

  clear(refs: readonly PersonRef[], at: (r: PersonRef) => number): void {
    for (const r of refs) this.#slots[at(r)] = 0;
    this.#refs = [];
  }

  get(k: number): PersonRef | undefined {
    const n = k >= 0 && k < this.#slots.length ? this.#slots[k]! : 0;
    return n === 0 ? undefined : this.#refs[n - 1];
  }
}
