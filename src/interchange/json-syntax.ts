import { type Words, words } from '../messages/catalogue/words.ts';

/**
 * Where a text that JSON.parse refused stops being JSON, as line and column (counted from 1, as
 * an editor shows them), and what is wrong there with what to do about it, in the language being spoken. JSON.parse's
 * own message is English and names an offset only sometimes ("Unexpected token } in JSON").
 */
export interface JsonSyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What is wrong where the text stops being JSON; its words are in the catalogue (nl-imports.ts, json). */
type Reason = Exclude<keyof Words['imports']['json'], 'at' | 'notJson' | 'notJsonAtAll' | 'nameTwice'>;

/** The first place where `text` is no JSON; null when none is found (then JSON.parse failed on something else). */
export function jsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const found = firstError(text);
  if (found === null) return null;
  const before = text.slice(0, found.at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    // Characters as a person sees them: "é" or an emoji is one column.
    column: Array.from(before.slice(lineStart)).length + 1,
    message: words().imports.json[found.reason],
  };
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPE = /\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** A scanner with an explicit stack (no recursion, so deep nesting cannot overflow it). */
function firstError(text: string): { at: number; reason: Reason } | null {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  const skip = () => {
    while (isSpace(text[i])) i++;
  };
  const fail = (reason: Reason, at = i) => ({ at, reason: i >= text.length ? ('end' as const) : reason });
  // Reads one string from text[i] === '"'; returns a failure or null.
  const string = (): { at: number; reason: Reason } | null => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return fail('escape');
        i = ESCAPE.lastIndex;
      } else if (c.charCodeAt(0) < 0x20) return fail('control');
      else i++;
    }
    return fail('end');
  };
  let expectValue = true;
  skip();
  for (;;) {
    if (expectValue) {
      skip();
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (c === '{' && text[i] === '}') i++;
        else if (c === '[' && text[i] === ']') i++;
        else if (c === '{') {
          if (text[i] !== '"') return fail('name');
          const bad = string() ?? colon();
          if (bad) return bad;
          continue;
        } else continue;
        stack.pop();
      } else if (c === '"') {
        const bad = string();
        if (bad) return bad;
      } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail('number');
        i = NUMBER.lastIndex;
        if (text[i] !== undefined && /[0-9.eE+-]/.test(text[i]!)) return fail('number');
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return fail('value');
        i += word.length;
      }
      expectValue = false;
    }
    skip();
    const open = stack.at(-1);
    if (open === undefined) return i < text.length ? fail('after') : null;
    const c = text[i];
    if (c === (open === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    }
    if (c !== ',') return fail(open === '{' ? 'objectNext' : 'arrayNext');
    i++;
    skip();
    if (open === '{') {
      if (text[i] !== '"') return fail('name');
      const bad = string() ?? colon();
      if (bad) return bad;
    }
    expectValue = true;
  }

  function colon(): { at: number; reason: Reason } | null {
    skip();
    if (text[i] !== ':') return fail('colon');
    i++;
    return null;
  }
}

/** One object of the text being read, or one list (by the index of the value being read). */
type Open = { kind: 'object'; names: Set<string>; name?: string } | { kind: 'list'; index: number };

/**
 * The first name that one object of `text` (JSON that parses) holds twice, with its path: JSON.parse
 * keeps the last value and drops the other without a word, so which one was meant is no guess to
 * make. Null when every object names each of its values once. No recursion, as above.
 */
export function firstNameTwice(text: string): { path: PropertyKey[]; name: string } | null {
  const stack: Open[] = [];
  let expectName = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack.at(-1);
      if (top?.kind !== 'object' || !expectName) continue;
      const name = JSON.parse(text.slice(start, i + 1)) as string;
      const path = stack.slice(0, -1).map((o) => (o.kind === 'object' ? (o.name ?? '') : o.index));
      if (top.names.has(name)) return { path: [...path, name], name };
      top.names.add(name);
      top.name = name;
      expectName = false;
    } else if (c === '{') {
      stack.push({ kind: 'object', names: new Set() });
      expectName = true;
    } else if (c === '[') stack.push({ kind: 'list', index: 0 });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',') {
      const top = stack.at(-1);
      if (top?.kind === 'list') top.index++;
      else expectName = true;
    }
  }
  return null;
}
