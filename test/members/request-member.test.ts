import { describe, expect, it } from 'vitest';
import type { PlatformUser } from '../../src/domain/members.ts';
import { requestMember } from '../../src/members/request-member.ts';
import type { MemberAndLocale } from '../../src/store/members-repo.ts';

const RUBEN: PlatformUser = { platform: 'slack', workspace: 'T0OOST', userId: 'U0RUBEN' };
const SANNE: PlatformUser = { platform: 'slack', workspace: 'T0OOST', userId: 'U0SANNE' };
const member = (id: string, name: string): MemberAndLocale => ({
  member: { id, regionId: 'oost', name, organisation: 'UWV', domain: 'uwv', roles: ['lid'] },
  locale: { locale: 'en', chosen: true },
});

/** The rows as the database would give them, counting each read (a round trip). */
function rows() {
  const table = new Map([
    [RUBEN.userId, member('m-ruben', 'Ruben Hofstede')],
    [SANNE.userId, member('m-sanne', 'Sanne Bakker')],
  ]);
  const reads: string[] = [];
  const read = async (user: PlatformUser) => {
    reads.push(user.userId);
    return table.get(user.userId) ?? null;
  };
  return { table, reads, read };
}

describe('the member behind a request', () => {
  it('is read once for the language and the first look-up of who the user is', async () => {
    const db = rows();
    const reads = requestMember(db.read);
    const seen = await reads.request(async () => {
      const locale = await reads.storedLocale(RUBEN);
      return { locale, member: await reads.identify(RUBEN) };
    });
    expect(seen.locale).toEqual({ locale: 'en', chosen: true });
    expect(seen.member?.name).toBe('Ruben Hofstede');
    expect(db.reads).toEqual(['U0RUBEN']);
  });

  it('is read again after the first look-up, so a change the request made is seen', async () => {
    const db = rows();
    const reads = requestMember(db.read);
    const names = await reads.request(async () => {
      await reads.storedLocale(RUBEN);
      const before = await reads.identify(RUBEN);
      db.table.set(RUBEN.userId, member('m-ruben', 'Ruben Hofstede-Visser'));
      const after = await reads.identify(RUBEN);
      return [before?.name, after?.name];
    });
    expect(names).toEqual(['Ruben Hofstede', 'Ruben Hofstede-Visser']);
    expect(db.reads).toEqual(['U0RUBEN', 'U0RUBEN']);
  });

  it('keeps a read made along with the replay claim, and reads nothing itself', async () => {
    const db = rows();
    const reads = requestMember(db.read);
    const seen = await reads.request(async () => {
      reads.readAhead(RUBEN, Promise.resolve(member('m-ruben', 'Ruben Hofstede')));
      return { locale: await reads.storedLocale(RUBEN), member: await reads.identify(RUBEN) };
    });
    expect(seen).toEqual({
      locale: { locale: 'en', chosen: true },
      member: member('m-ruben', 'Ruben Hofstede').member,
    });
    expect(db.reads).toEqual([]);
  });

  it('is not shared between requests or users, nor outside a request', async () => {
    const db = rows();
    const reads = requestMember(db.read);
    await Promise.all([
      reads.request(async () => {
        await reads.storedLocale(RUBEN);
        expect((await reads.identify(SANNE))?.name).toBe('Sanne Bakker');
      }),
      reads.request(async () => {
        expect((await reads.identify(RUBEN))?.name).toBe('Ruben Hofstede');
      }),
    ]);
    await reads.storedLocale(RUBEN);
    expect((await reads.identify(RUBEN))?.name).toBe('Ruben Hofstede');
    expect(db.reads.toSorted()).toEqual(['U0RUBEN', 'U0RUBEN', 'U0RUBEN', 'U0RUBEN', 'U0SANNE']);
  });

  it('can be read ahead while the request is checked, and is still read once', async () => {
    const db = rows();
    const reads = requestMember(db.read);
    const name = await reads.request(async () => {
      reads.readAhead(RUBEN);
      // Bolt's middleware asks for the request's scope again: it stays the same request.
      return reads.request(async () => {
        await reads.storedLocale(RUBEN);
        return (await reads.identify(RUBEN))?.name;
      });
    });
    expect(name).toBe('Ruben Hofstede');
    expect(db.reads).toEqual(['U0RUBEN']);
  });

  it('read ahead for a request refused before anyone took it, even failing, is simply dropped', async () => {
    const reads = requestMember(async () => {
      throw new Error('verbinding verbroken');
    });
    await reads.request(async () => reads.readAhead(RUBEN));
    // No unhandled rejection: vitest would report one and fail the run.
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('reads again when the read for the language failed', async () => {
    const db = rows();
    let fail = true;
    const reads = requestMember(async (user) => {
      if (fail) {
        fail = false;
        throw new Error('verbinding verbroken');
      }
      return db.read(user);
    });
    const name = await reads.request(async () => {
      await expect(reads.storedLocale(RUBEN)).rejects.toThrow('verbinding verbroken');
      return (await reads.identify(RUBEN))?.name;
    });
    expect(name).toBe('Ruben Hofstede');
  });
});
