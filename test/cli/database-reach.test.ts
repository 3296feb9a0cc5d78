import { describe, expect, it } from 'vitest';
import {
  DatabaseUnreachable,
  databaseReason,
  refusalText,
  unreachableText,
} from '../../src/cli/database-reach.ts';

/** What pg throws, by PostgreSQL's error code (SQLSTATE). */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('why the database could not be used, in words', () => {
  it('names a missing role or database, and never the password', () => {
    expect(databaseReason(pgError('role "schakel" does not exist', '28000'), false)).toBe(
      'de gebruiker (rol) "schakel" bestaat niet op de databaseserver',
    );
    expect(databaseReason(pgError('database "x" does not exist', '3D000'), false)).toBe(
      'de database "x" bestaat niet op de databaseserver',
    );
    expect(databaseReason(pgError('password authentication failed for user "schakel"', '28P01'), false)).toBe(
      'het wachtwoord van gebruiker "schakel" werd geweigerd',
    );
    expect(databaseReason(new Error('Connection terminated unexpectedly'), false)).toContain(
      'de server verbrak de verbinding',
    );
  });

  it('says a refused connection the same way in start and migrate as in doctor', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 5433,
    });
    expect(unreachableText(new DatabaseUnreachable(refused), false)).toBe(
      'Schakel kan de database niet bereiken (127.0.0.1:5433: de verbinding werd geweigerd). Controleer DATABASE_URL en of de server draait; "schakel doctor" zegt meer.',
    );
    expect(
      unreachableText(new DatabaseUnreachable(pgError('role "s" does not exist', '28000')), true),
    ).toContain('the user (role) "s" does not exist');
  });

  it('a server that answers but refuses says so, and what to do; a refused connection does not', () => {
    const password = unreachableText(
      new DatabaseUnreachable(pgError('password authentication failed for user "schakel"', '28P01')),
      false,
    );
    expect(password).toBe(
      'De databaseserver antwoordt, maar weigert Schakel: het wachtwoord van gebruiker "schakel" werd geweigerd. Zet het juiste wachtwoord in DATABASE_URL; schrijf de tekens @ : / ? # % daarin als %40 %3A %2F %3F %23 %25.',
    );
    const hba = pgError(
      'no pg_hba.conf entry for host "10.0.0.7", user "schakel", database "schakel", no encryption',
      '28000',
    );
    expect(refusalText(hba, false)).toContain('pg_hba.conf heeft er geen regel voor');
    expect(refusalText(hba, false)).toContain('?sslmode=require');
    expect(refusalText(pgError('database "Schakel-Test" does not exist', '3D000'), false)).toContain(
      'CREATE DATABASE "Schakel-Test" OWNER',
    );
    expect(
      refusalText(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), false),
    ).toBe(undefined);
  });
});
