import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { sendPageWith } from '../../adapters/local-chat/page-files.ts';

/** The page as sendPageWith writes it, caught from a stand-in response. */
function pageFor(begin: unknown, fixedWords: Record<string, string>): string {
  let body = '';
  const res = {
    writeHead: () => res,
    end: (b: Buffer) => {
      body = b.toString('utf8');
    },
  } as unknown as ServerResponse;
  sendPageWith(res, begin, fixedWords);
  return body;
}

describe('the local chat page: its fixed words and the first view it carries', () => {
  it('fills its own {{words}} but leaves what a member typed in the first view as typed', () => {
    const typed = 'Zet {{send}} en {{onbekend}} op de agenda';
    const page = pageFor({ messages: [{ text: typed }] }, { send: 'Verstuur', lang: 'nl' });
    const json = page.match(/<script type="application\/json" id="begin">(.*?)<\/script>/s)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual({ messages: [{ text: typed }] });
    expect(page).toContain('>Verstuur<');
  });
});
