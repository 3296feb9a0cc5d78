import { z } from 'zod';
import { systemClock } from '../../clock.ts';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { eraseForMember } from '../../privacy/erase-member.ts';
import { personalDataStore } from '../../store/personal-data-repo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabaseToWrite } from '../context.ts';
import { forceSwitch, regionFlag } from '../document-output.ts';
import { parseCommandArgs } from '../flags.ts';
import { regionsHint } from '../known-regions.ts';

const USAGE = {
  nl: `Gebruik: schakel members erase --region ID --naam "NAAM" [--email ADRES] [--bevestig]
       schakel members erase --region ID --email ADRES [--bevestig]

Wist een lid voorgoed, zoals "vergeet-mij bevestig" in de chat: het lid, de rollen, de gekoppelde
Slack- en Teams-accounts, de check-ins en wat Schakel hen persoonlijk stuurde. Agendapunten,
actiepunten en knelpunten blijven voor de werkgroep, zonder naam. Bedoeld voor wie dat niet zelf
kan, zoals een geïmporteerd lid dat nooit aan Slack of Teams gekoppeld is.
Er wordt alleen gewist als precies één lid van de regio past (hoofdletters tellen niet);
met --naam en --email samen moeten beide kloppen. Zonder --bevestig toont het wie en wat er
gewist zou worden, en wist het niets (exitcode 1). Het logboek van de regio vermeldt het wissen.
Haal het lid daarna ook uit uw ledenbestand: een nieuwe import ervan voegt het lid weer toe.
`,
  en: `Usage: schakel members erase --region ID --naam "NAME" [--email ADDRESS] [--bevestig]
       schakel members erase --region ID --email ADDRESS [--bevestig]

Erases a member for good, as "vergeet-mij bevestig" does in the chat: the member, their roles, the
linked Slack and Teams accounts, their check-ins and what Schakel sent them personally. Agendapunten,
actiepunten and knelpunten stay for the werkgroep, without a name. Meant for whoever cannot do it
themselves, such as an imported member never linked to Slack or Teams.
Only erased when exactly one member of the region matches (upper and lower case do not count);
with --naam and --email together both must match. Without --bevestig it shows whom and what it
would erase, and erases nothing (exit code 1). The region's logbook records the erasure.
Then remove the member from your members file too: importing it again adds the member back.
`,
};

const argsSchema = z
  .object({
    region: regionFlag,
    naam: z
      .string()
      .trim()
      .min(1, { error: () => words().cli.membersErase.emptyName })
      .optional(),
    email: z
      .string()
      .trim()
      .min(1, { error: () => words().cli.membersErase.emptyEmail })
      .optional(),
    bevestig: forceSwitch,
  })
  .refine((a) => a.naam !== undefined || a.email !== undefined, {
    error: () => words().cli.membersErase.needNameOrEmail,
  });

export const membersEraseCommand: CliCommand = {
  name: 'members erase',
  usage: USAGE,
  summary: {
    nl: 'een lid wissen namens dat lid (zoals vergeet-mij), bijvoorbeeld een lid zonder chat',
    en: 'erase a member on their behalf (as vergeet-mij does), for example one without a chat',
  },
  run: (args, io) =>
    withLocale(io.english ? 'en' : 'nl', async () => {
      const parsed = parseCommandArgs(args, io, {
        flags: ['region', 'naam', 'email', 'bevestig'],
        switches: ['bevestig'],
        schema: argsSchema,
        usage: USAGE,
      });
      if ('exit' in parsed) return parsed.exit;
      const { region, naam, email, bevestig } = parsed.data;
      const w = words().cli.membersErase;
      const by = naam && email ? w.byBoth(naam, email) : naam ? w.byName(naam) : w.byEmail(email ?? '');
      return withDatabaseToWrite(io, async ({ db }) => {
        const r = await eraseForMember(
          personalDataStore(db),
          { regionId: region, name: naam ?? null, email: email ?? null },
          systemClock.now(),
          bevestig,
        );
        if (r.kind === 'erased') {
          io.stdout.write(`${w.done(r.member.name, r.member.email, region)}\n`);
          io.stdout.write(`${w.removeFromFile(r.member.name)}\n`);
          return 0;
        }
        if (r.kind === 'to-confirm') {
          const m = r.member;
          const again = ['schakel members erase', `--region ${region}`];
          if (naam) again.push(`--naam ${shellQuoted(naam)}`);
          if (email) again.push(`--email ${shellQuoted(email)}`);
          const lines = [w.toConfirm, w.candidate(m.name, m.email, m.organisation), w.whatGoes];
          io.stderr.write(`${[...lines, w.howToConfirm([...again, '--bevestig'].join(' '))].join('\n')}\n`);
          return 1;
        }
        if (r.kind === 'several') {
          const list = r.members.map((m) => w.candidate(m.name, m.email, m.organisation));
          io.stderr.write(
            `${[w.several(region, by), ...list, whichFlag(r.members, naam, email)].join('\n')}\n`,
          );
        } else if (r.kind === 'none') io.stderr.write(`${w.none(region, by)}\n`);
        else io.stderr.write(`${w.noRegion(region)}\n${await regionsHint(db.pool, io)}\n`);
        return 1;
      });
    }),
};

/** The flag that tells these members apart, if one can: their addresses differ, else their names. */
function whichFlag(
  members: readonly { name: string; email: string | null }[],
  naam: string | undefined,
  email: string | undefined,
): string {
  const w = words().cli.membersErase;
  const differ = (values: (string | null)[]) => new Set(values.map((v) => v?.trim().toLowerCase())).size > 1;
  if (email === undefined && differ(members.map((m) => m.email))) return w.chooseBy('--email');
  if (naam === undefined && differ(members.map((m) => m.name))) return w.chooseBy('--naam');
  return w.cannotTell;
}

/** A value as the shell takes it back: bare when it can be, else between double quotes. */
function shellQuoted(value: string): string {
  return /^[\w.@+-]+$/.test(value) ? value : `"${value.replace(/["$`\\]/g, '\\$&')}"`;
}
