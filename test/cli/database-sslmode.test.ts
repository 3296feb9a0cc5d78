import { describe, expect, it } from 'vitest';
import { explicitSslMode } from '../../src/store/database-ssl.ts';
import { runCli } from '../support/run-cli.ts';

// Port 9 (discard) refuses at once: what matters is what Schakel says about the URL, not the server.
const url = (mode: string) => `postgres://schakel@127.0.0.1:9/schakel?sslmode=${mode}`;
const ENV = { TEAMS_CLIENT_ID: 'schakel-test', TEAMS_CLIENT_SECRET: 'geheim', PORT: '0' };

// pg 8 reads sslmode=require (prefer, verify-ca) as verify-full and prints a long English
// "SECURITY WARNING" about its next version to the console. Schakel says itself, once, in its own
// words, what the operator's sslmode means here.
describe('DATABASE_URL with ?sslmode=', () => {
  it('schakel doctor: no English warning from pg, one line saying what sslmode=require means', async () => {
    const r = await runCli(['doctor'], { ...ENV, DATABASE_URL: url('require') });
    expect(r.stderr).not.toMatch(/warning/i);
    expect(r.stdout).toContain(
      'ℹ Database: sslmode=require: de verbinding is versleuteld en Schakel controleert het certificaat van de server',
    );
  });

  it('schakel start logs the same line once, in Dutch, and pg prints nothing of its own', async () => {
    const r = await runCli(['start'], { ...ENV, DATABASE_URL: url('require'), LOG_LEVEL: 'info' });
    expect(r.stderr).not.toMatch(/warning/i);
    const lines = r.stdout.split('\n').filter((l) => l.includes('sslmode=require'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 30, sslmode: 'require' });
  });

  it.each([
    ['require', 'sslmode=verify-full'],
    ['prefer', 'sslmode=verify-full'],
    ['verify-ca', 'sslmode=verify-full'],
    ['verify-full', 'sslmode=verify-full'],
    ['disable', 'sslmode=disable'],
    ['no-verify', 'sslmode=no-verify'],
  ])('sslmode=%s is handed to pg as %s, the way pg 8 already treats it', (mode, handed) => {
    const explicit = explicitSslMode(`${url(mode)}&application_name=schakel`);
    expect(explicit.url).toBe(`postgres://schakel@127.0.0.1:9/schakel?${handed}&application_name=schakel`);
    expect(explicit.sslmode).toBe(mode);
    expect(explicit.meaning).toMatch(/^sslmode=/);
  });

  it('a URL without sslmode is left as it is and needs no line', () => {
    expect(explicitSslMode('postgres://schakel@db.example/schakel')).toEqual({
      url: 'postgres://schakel@db.example/schakel',
      sslmode: undefined,
      meaning: undefined,
    });
  });
});
