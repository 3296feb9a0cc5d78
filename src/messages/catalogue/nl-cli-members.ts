import { inKb, kb } from './counting.ts';

// What `schakel members import` and `schakel members erase` say (src/cli/commands/members-*.ts); `--en` reads
// en-cli.ts.

/** `schakel members import FILE.csv`. */
export const nlCliMembersImport = {
  nothingStored: 'Er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw.',
  missingFile: 'Geef het CSV-bestand met de leden op, bijvoorbeeld leden.csv.',
  /**
   * A file above the limit (`limitMb`), refused before it is read; `bytes` null when its size is
   * unknown. Below 2 MB in kB, rounded up: just over the limit never reads as "1,0 MB".
   */
  tooLarge: (file: string, bytes: number | null, limitMb: number) =>
    `${file} is niet geïmporteerd: het is ${bytes === null ? `groter dan ${limitMb} MB` : inKb(bytes) ? `${kb(bytes).toLocaleString('nl-NL')} kB` : `${(bytes / 2 ** 20).toFixed(1).replace('.', ',')} MB`}, en Schakel leest voor members import ten hoogste ${limitMb} MB${bytes !== null && inKb(bytes) ? ` (${(limitMb * 1024).toLocaleString('nl-NL')} kB)` : ''} (ruim ${(limitMb * 10_000).toLocaleString('nl-NL')} leden). Er is niets opgeslagen. Is dit het goede bestand? Splits een grotere ledenlijst dan in delen van minder dan ${limitMb} MB, elk met de kopregel bovenaan, en importeer ze één voor één.`,
  missingRegion:
    '--region ontbreekt: geef de id van de regio waarin de leden komen (zoals in regio.json, bijvoorbeeld --region zwaluwdorp).',
  notInstalledChosen: (workspaces: string, installUrl: string) =>
    `Schakel is niet geïnstalleerd in Slack-werkruimte ${workspaces}. Installeer het daar via ${installUrl}, of kies een andere --workspace. Er is niets opgeslagen.`,
  notInstalled: (workspace: string) =>
    `Let op: Schakel is niet geïnstalleerd in Slack-werkruimte ${workspace}; daar is niet gezocht.`,
  slackNotSearched:
    'Let op: niet in Slack gezocht. Schakel staat in meer Slack-werkruimtes: geef --werkgroep op (dan de werkruimtes van haar kanalen) of --workspace T….',
  /** Slack or Teams could not be reached to look the members up (offline, most often). */
  lookupUnreachable: (where: string | undefined, why: string) =>
    `Schakel kon de leden niet opzoeken in Slack of Teams: ${where ?? 'de server'} is niet bereikbaar (${why}). Er is niets opgeslagen. Controleer of deze computer internet heeft en probeer het opnieuw; schakel doctor laat zien welke verbinding ontbreekt.`,
  /** Slack answered the lookup with a refusal (`code`: Slack's own, such as invalid_auth). */
  lookupRefused: (code: string) =>
    `Slack weigerde het opzoeken van de leden (${code}). Er is niets opgeslagen. Controleer het bot-token (SLACK_BOT_TOKEN) of installeer Schakel opnieuw in de werkruimte; schakel doctor zegt wat er mist.`,
  refused: (error: string) => `${error} Er is niets opgeslagen.`,
  noRegion: (region: string) => `Regio ${region} bestaat niet.`,
  /** After noRegion: a region is made by importing a schakel/v1 file; `file` is the smallest one. */
  firstRegion: (file: string) =>
    `Een regio maakt u met "schakel import regio.json", met in regio.json ten minste de regel hieronder (bij "name" de naam die deelnemers zien; zie "Running it for real" in de README):\n  ${file}`,
  noWerkgroep: (werkgroep: string, region: string) =>
    `Werkgroep "${werkgroep}" bestaat niet in regio ${region}.`,
  done: (added: number, updated: number) => `Toegevoegd: ${added}, bijgewerkt: ${updated}.`,
  /** Above the list of members whose name a row changed (found by their e-mail address). */
  renamed: 'Andere naam bij een e-mailadres dat al in Schakel stond (zelfde persoon, naam bijgewerkt):',
  /** Header cells that are none of Schakel's columns: read by nobody, stored nowhere. */
  ignoredColumns: (columns: string) =>
    `Niet gelezen en niet opgeslagen (geen kolom van Schakel): ${columns}. Schakel bewaart van een lid alleen naam, organisatie, domein, e-mail en rol.`,
  linked: (name: string, platforms: string) => `Gekoppeld: ${name} (${platforms})`,
  notFound: 'Niet gevonden in Slack of Teams (wel opgeslagen; controleer het e-mailadres of koppel later):',
  /** Neither platform configured: nobody was looked up, so nobody is "not found". */
  /** Rows with an empty e-mail cell: stored, not looked up. */
  withoutEmail: (names: string) =>
    `Opgeslagen zonder e-mailadres, dus niet opgezocht in Slack of Teams: ${names}.`,
  noPlatform:
    'Geen Slack of Teams ingesteld: de leden zijn opgeslagen, maar nog niet gekoppeld aan hun account. Voer dit commando opnieuw uit als Slack of Teams is ingesteld; dan koppelt Schakel ze op e-mailadres.',
  /** A platform configured, but no workspace or channel of it to look in (no --werkgroep with channels, no --workspace). */
  nowhereSearched: (orWorkspace: string) =>
    `Niemand opgezocht in Slack of Teams: er is geen werkruimte of kanaal om in te zoeken. De leden zijn opgeslagen; geef --werkgroep met de naam van een werkgroep met een gekoppeld kanaal${orWorkspace} en voer het commando opnieuw uit om ze te koppelen.`,
  /** `orWorkspace` inside the lines above and below, only when Slack is set up. */
  orWorkspace: ' (of --workspace T… voor een Slack-werkruimte)',
  /** --werkgroep given, but its werkgroep has no channel in Slack or Teams yet. */
  werkgroepWithoutChannel: (werkgroep: string, orWorkspace: string) =>
    `Niemand opgezocht in Slack of Teams: werkgroep "${werkgroep}" heeft nog geen gekoppeld kanaal. De leden zijn opgeslagen; koppel het kanaal van de werkgroep (typ daar: koppel ${werkgroep})${orWorkspace} en voer het commando dan opnieuw uit om ze te koppelen.`,
  /** Local mode: the local chat plays fictional people; a region's members are linked in Slack or Teams. */
  localMode:
    'Niemand opgezocht: Schakel draait in lokale modus, met de chat in de browser, en daar zijn geen accounts om leden in te vinden (de lokale chat speelt de verzonnen demo-mensen). De leden zijn opgeslagen; stel Slack of Teams in (README, Operations) en voer dit commando dan opnieuw uit; dan koppelt Schakel ze op e-mailadres.',
};

/** `schakel members erase`: the operator erases a member on their behalf (the same erasure as vergeet-mij). */
export const nlCliMembersErase = {
  needNameOrEmail: 'Geef --naam of --email op (of beide): wie moet er gewist worden?',
  emptyName: '--naam is leeg: geef de naam van het lid, tussen aanhalingstekens als er een spatie in staat.',
  emptyEmail: '--email is leeg: geef het e-mailadres van het lid.',
  byName: (name: string) => `met naam "${name}"`,
  byEmail: (email: string) => `met e-mailadres ${email}`,
  byBoth: (name: string, email: string) => `met naam "${name}" en e-mailadres ${email}`,
  noRegion: (region: string) => `Regio ${region} bestaat niet. Er is niets gewist.`,
  none: (region: string, by: string) =>
    `Geen lid in regio ${region} ${by}. Er is niets gewist. (Hoofdletters tellen niet; verder moet het precies kloppen.)`,
  several: (region: string, by: string) => `Meer dan één lid in regio ${region} ${by}:`,
  chooseBy: (flag: '--email' | '--naam') => `Er is niets gewist. Kies er één met ${flag}.`,
  cannotTell:
    'Er is niets gewist: --naam en --email houden deze leden niet uit elkaar. Geef één van hen een ander e-mailadres (schakel export, het adres in het bestand aanpassen, schakel import) en voer het commando opnieuw uit.',
  /** One of several: name, address if known, organisation. */
  candidate: (name: string, email: string | null, organisation: string) =>
    `  - ${name}${email ? ` <${email}>` : ''} (${organisation})`,
  done: (name: string, email: string | null, region: string) =>
    `Gewist: ${name}${email ? ` <${email}>` : ''} uit regio ${region}, met de rollen, de gekoppelde accounts en de koppeling met wat zij schreven; het logboek van de regio vermeldt het.`,
  /** After done: Schakel keeps no list of who was erased, so an old members file brings them back. */
  removeFromFile: (name: string) =>
    `Haal ${name} ook uit uw ledenbestand (CSV): importeert u een bestand waarin ${name} nog staat, dan voegt schakel members import ${name} opnieuw toe.`,
  /** Without --bevestig: whom (candidate lines follow), what goes, and the command that erases. */
  toConfirm: 'Er is nog niets gewist. Met --bevestig wist Schakel voorgoed:',
  whatGoes:
    'Het lid, de rollen, de gekoppelde Slack- en Teams-accounts, de check-ins en wat Schakel het lid persoonlijk stuurde. Agendapunten, actiepunten en knelpunten blijven voor de werkgroep, zonder naam. Dit kan niet ongedaan worden gemaakt.',
  howToConfirm: (command: string) => `Wissen? Voer het commando opnieuw uit met --bevestig:\n  ${command}`,
};
