/**
 * The values the Teams manifest leaves open, read from the environment. Each problem names the
 * variable in Dutch, because the beheerder who runs `npm run package:teams` reads it.
 */

export interface TeamsPackageSettings {
  /** The Teams app's own id (manifest `id`): a GUID made once and kept for every update. */
  readonly appId: string;
  /** The Entra ID application (client) id of the bot (manifest `bots[0].botId`). */
  readonly clientId: string;
  /** The host of PUBLIC_URL, without scheme or path (manifest `validDomains`). */
  readonly publicHost: string;
  /** The organisation behind this Schakel (manifest `developer.name`), as the privacy statement names it. */
  readonly developerName: string;
}

/** One variable that is missing or wrong, with what to put there. */
export interface SettingProblem {
  readonly variable: string;
  readonly problem: string;
}

/** Every variable that is missing or wrong at once, so one run of the script names them all. */
export class SettingsError extends Error {
  /** The first variable named; `problems` holds them all. */
  readonly variable: string;
  readonly problems: readonly SettingProblem[];

  constructor(problems: readonly SettingProblem[]) {
    super(problems.map((p) => `${p.variable} ${p.problem}`).join('\n'));
    this.name = 'SettingsError';
    this.variable = problems[0]!.variable;
    this.problems = problems;
  }
}

/** Thrown by one check, caught by settingsFromEnv, which gathers all of them into one SettingsError. */
class Problem extends Error {
  readonly found: SettingProblem;

  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.found = { variable, problem };
  }
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): TeamsPackageSettings {
  const problems: SettingProblem[] = [];
  const read = (check: () => string): string => {
    try {
      return check();
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      problems.push(err.found);
      return '';
    }
  };
  const settings = {
    appId: read(() =>
      guid(
        env,
        'TEAMS_APP_ID',
        'het id van de Teams-app; maak er één keer een aan met: node -e "console.log(crypto.randomUUID())"',
      ),
    ),
    clientId: read(() =>
      guid(
        env,
        'TEAMS_CLIENT_ID',
        'de Application (client) ID van de app-registratie van de bot in Microsoft Entra ID',
      ),
    ),
    publicHost: read(() => publicHost(env.PUBLIC_URL)),
    developerName: read(() => developerName(env.SCHAKEL_PRIVACY_CONTROLLER)),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

// Microsoft's schema allows at most 32 characters for developer.name.
const DEVELOPER_NAME_MAX = 32;

/** Teams shows the developer with the app; for Schakel that is the organisation responsible for it. */
function developerName(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) {
    throw new Problem(
      'SCHAKEL_PRIVACY_CONTROLLER',
      'ontbreekt: de naam van je organisatie, bijvoorbeeld Gemeente Voorbeeldstad. Teams toont die bij de app, en de privacyverklaring van Schakel noemt haar als verantwoordelijke.',
    );
  }
  if (value.length > DEVELOPER_NAME_MAX) {
    throw new Problem(
      'SCHAKEL_PRIVACY_CONTROLLER',
      `is te lang voor Teams: ten hoogste ${DEVELOPER_NAME_MAX} tekens, dit zijn er ${value.length} ("${value}"). Kort de naam af, bijvoorbeeld tot de afkorting die je organisatie gebruikt.`,
    );
  }
  return value;
}

function guid(env: Readonly<Record<string, string | undefined>>, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Problem(name, `ontbreekt: ${what}.`);
  if (!GUID.test(value)) {
    throw new Problem(
      name,
      `moet een GUID zijn (zoals 0f8fad5b-d9cb-469f-a165-70867728950e), niet "${value}".`,
    );
  }
  return value.toLowerCase();
}

function publicHost(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) {
    throw new Problem(
      'PUBLIC_URL',
      'ontbreekt: het openbare https-adres van Schakel, bijvoorbeeld https://schakel.gemeente.nl.',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Problem('PUBLIC_URL', `is geen geldig adres: "${value}".`);
  }
  // Teams only talks to a bot over https; an http address here is always a mistake.
  if (url.protocol !== 'https:') {
    throw new Problem('PUBLIC_URL', `moet met https:// beginnen, niet "${value}".`);
  }
  return url.host;
}
