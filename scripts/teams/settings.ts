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

export class SettingsError extends Error {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super(`${variable} ${problem}`);
    this.name = 'SettingsError';
    this.variable = variable;
  }
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function settingsFromEnv(env: Readonly<Record<string, string | undefined>>): TeamsPackageSettings {
  const appId = guid(
    env,
    'TEAMS_APP_ID',
    'het id van de Teams-app; maak er één keer een aan met: node -e "console.log(crypto.randomUUID())"',
  );
  const clientId = guid(
    env,
    'TEAMS_CLIENT_ID',
    'de Application (client) ID van de app-registratie van de bot in Microsoft Entra ID',
  );
  return {
    appId,
    clientId,
    publicHost: publicHost(env.PUBLIC_URL),
    developerName: developerName(env.SCHAKEL_PRIVACY_CONTROLLER),
  };
}

// Microsoft's schema allows at most 32 characters for developer.name.
const DEVELOPER_NAME_MAX = 32;

/** Teams shows the developer with the app; for Schakel that is the organisation responsible for it. */
function developerName(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) {
    throw new SettingsError(
      'SCHAKEL_PRIVACY_CONTROLLER',
      'ontbreekt: de naam van je organisatie, bijvoorbeeld Gemeente Voorbeeldstad. Teams toont die bij de app, en de privacyverklaring van Schakel noemt haar als verantwoordelijke.',
    );
  }
  if (value.length > DEVELOPER_NAME_MAX) {
    throw new SettingsError(
      'SCHAKEL_PRIVACY_CONTROLLER',
      `is te lang voor Teams: ten hoogste ${DEVELOPER_NAME_MAX} tekens, dit zijn er ${value.length} ("${value}"). Kort de naam af, bijvoorbeeld tot de afkorting die je organisatie gebruikt.`,
    );
  }
  return value;
}

function guid(env: Readonly<Record<string, string | undefined>>, name: string, what: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(name, `ontbreekt: ${what}.`);
  if (!GUID.test(value)) {
    throw new SettingsError(
      name,
      `moet een GUID zijn (zoals 0f8fad5b-d9cb-469f-a165-70867728950e), niet "${value}".`,
    );
  }
  return value.toLowerCase();
}

function publicHost(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) {
    throw new SettingsError(
      'PUBLIC_URL',
      'ontbreekt: het openbare https-adres van Schakel, bijvoorbeeld https://schakel.gemeente.nl.',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError('PUBLIC_URL', `is geen geldig adres: "${value}".`);
  }
  // Teams only talks to a bot over https; an http address here is always a mistake.
  if (url.protocol !== 'https:') {
    throw new SettingsError('PUBLIC_URL', `moet met https:// beginnen, niet "${value}".`);
  }
  return url.host;
}
