import { describe, expect, it } from 'vitest';
import type { PlatformUser } from '../../src/domain/members.ts';
import type { MemberMatcher, MemberRow } from '../../src/members/csv-import.ts';
import { importMembers } from '../../src/members/import-members.ts';
import type { GuardedText } from '../../src/privacy/guarded-text.ts';
import type { MemberImportRepository } from '../../src/store/member-import-repo.ts';
import type { UnitOfWork } from '../../src/store/unit-of-work.ts';

// The members import receives its repositories, so its checks and its one transaction can be
// followed with a plain object in place of the database. Fictional people only.

const NOW = new Date('2026-10-05T09:00:00Z');
const row = (n: number, name: string, email: string): MemberRow => ({
  row: n,
  name: name as GuardedText,
  organisation: 'Gemeente Voorbeeld' as GuardedText,
  domain: 'gemeente',
  email,
  roles: ['lid'],
});
const ROWS = [row(2, 'Fenna Vos', 'fenna@voorbeeld.test'), row(3, 'Joris Kuiper', 'joris@voorbeeld.test')];

function fakeStore(known: { region: boolean; werkgroep: string | null; existing: string[] }) {
  const written: string[] = [];
  const repo = {
    regionExists: async () => known.region,
    findOverlegByName: async (_region: string, name: string) => (name === known.werkgroep ? 'w-1' : null),
    upsertMembers: async (_region: string, overlegId: string | null, members: Array<{ row: MemberRow }>) => {
      for (const { row: m } of members) written.push(`lid ${m.email} in ${overlegId ?? 'regio'}`);
      const updated = members.filter(({ row: m }) => known.existing.includes(m.email ?? '')).length;
      return { added: members.length - updated, updated };
    },
    audit: async (entry: { action: string; details?: object }) => {
      written.push(`logboek ${entry.action} ${JSON.stringify(entry.details)}`);
    },
  } as unknown as MemberImportRepository;
  const store: UnitOfWork<MemberImportRepository> = {
    read: repo,
    transaction: async (fn) => {
      written.push('begin');
      const result = await fn(repo);
      written.push('commit');
      return result;
    },
  };
  return { store, written };
}

const matcher = (found: Record<string, PlatformUser[]>): MemberMatcher => ({
  lookup: async (email) => found[email] ?? [],
});

describe('members import (with its repositories passed in)', () => {
  it('refuses an unknown region in Dutch and writes nothing', async () => {
    const { store, written } = fakeStore({ region: false, werkgroep: null, existing: [] });
    const opts = { regionId: 'nergens', werkgroep: null, rows: ROWS, matcher: matcher({}), now: NOW };
    expect(await importMembers(store, opts)).toEqual({ error: 'Regio nergens bestaat niet.' });
    expect(written).toEqual([]);
  });

  it('refuses an unknown werkgroep in Dutch and writes nothing', async () => {
    const { store, written } = fakeStore({ region: true, werkgroep: 'Werkgroep Noord', existing: [] });
    const opts = {
      regionId: 'oost',
      werkgroep: 'Werkgroep Zuid',
      rows: ROWS,
      matcher: matcher({}),
      now: NOW,
    };
    expect(await importMembers(store, opts)).toEqual({
      error: 'Werkgroep "Werkgroep Zuid" bestaat niet in regio oost.',
    });
    expect(written).toEqual([]);
  });

  it('writes every member and the logbook line in one transaction, and lists who was not found', async () => {
    const { store, written } = fakeStore({
      region: true,
      werkgroep: 'Werkgroep Noord',
      existing: ['joris@voorbeeld.test'],
    });
    const fenna: PlatformUser = { platform: 'slack', workspace: 'T1', userId: 'U1' };
    const report = await importMembers(store, {
      regionId: 'oost',
      werkgroep: 'Werkgroep Noord',
      rows: ROWS,
      matcher: matcher({ 'fenna@voorbeeld.test': [fenna] }),
      now: NOW,
    });
    expect(report).toEqual({
      added: 1,
      updated: 1,
      matched: [{ name: 'Fenna Vos', platforms: ['slack'] }],
      unmatched: [{ name: 'Joris Kuiper', email: 'joris@voorbeeld.test' }],
      withoutEmail: [],
    });
    expect(written).toEqual([
      'begin',
      'lid fenna@voorbeeld.test in w-1',
      'lid joris@voorbeeld.test in w-1',
      'logboek leden_geimporteerd {"added":1,"updated":1}',
      'commit',
    ]);
  });
});
