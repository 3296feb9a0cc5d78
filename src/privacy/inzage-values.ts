import { words } from '../messages/catalogue/words.ts';

type Rows = ReadonlyArray<Record<string, unknown>>;

/** `value` in the words of `names`, when it has them; else as it is. */
const named = (names: Readonly<Record<string, string>>, value: unknown) =>
  typeof value === 'string' ? (names[value] ?? value) : value;

/**
 * The inzage's values that the database keeps in its own words ("checkin_dm", "sent", "draft"),
 * in the Dutch of the rest of the file (its keys and its uitleg): what kind of message Schakel sent
 * the member and where it stands, and where a version of the summary stands. The shape stays.
 */
export function inzageInDutch<T extends { berichten_aan_jou: Rows; samenvattingen: Rows }>(data: T): T {
  const w = words('nl');
  return {
    ...data,
    berichten_aan_jou: data.berichten_aan_jou.map((b) => ({
      ...b,
      soort: named(w.answers.admin.kinds, b.soort),
      status: named(w.answers.avg.deliveryStatus, b.status),
    })),
    samenvattingen: data.samenvattingen.map((s) => ({
      ...s,
      status: named(w.answers.avg.versionStatus, s.status),
    })),
  };
}
