import { words } from '../messages/catalogue/words.ts';

/** DATABASE_URL's sslmode, made explicit for pg, and what it means here in words. */
export interface ExplicitSslMode {
  /** The URL pg is given: the same, with the sslmode pg 8 reads it as written out. */
  readonly url: string;
  /** The sslmode the operator wrote (the last one, as pg reads it); undefined without one. */
  readonly sslmode: string | undefined;
  /** One line for the log and `schakel doctor`; undefined without an sslmode. */
  readonly meaning: string | undefined;
}

const SSLMODE = /([?&])sslmode=([^&#]*)/g;

/**
 * pg 8 reads sslmode=require, prefer and verify-ca (any mode but disable and no-verify) as
 * verify-full: encrypted, the server's certificate checked against the trusted CAs (sslrootcert,
 * or Node's), and its name against the host. For those three it prints a long English "SECURITY
 * WARNING" on the console, that pg 9 will read them as libpq does, which checks less (require
 * checks no certificate, prefer may even go unencrypted). Schakel keeps the stricter reading, now
 * and after that upgrade, by writing it out as verify-full; so pg has nothing to warn about, and
 * the operator gets one line in Schakel's words instead.
 */
export function explicitSslMode(url: string, english = false): ExplicitSslMode {
  const found = [...url.matchAll(SSLMODE)].at(-1)?.[2];
  if (found === undefined) return { url, sslmode: undefined, meaning: undefined };
  const sslmode = safeDecode(found);
  const handed = sslmode === 'disable' || sslmode === 'no-verify' ? sslmode : 'verify-full';
  const w = words(english ? 'en' : 'nl').cli.database;
  const meaning =
    handed === 'disable'
      ? w.sslDisabled
      : handed === 'no-verify'
        ? w.sslUnchecked
        : w.sslChecked(sslmode.replace(/[^a-z-]/gi, '?'));
  return { url: url.replace(SSLMODE, (_m, sep: string) => `${sep}sslmode=${handed}`), sslmode, meaning };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
