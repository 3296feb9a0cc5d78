/**
 * What Schakel's own web server says (adapters/http, the Slack install pages in
 * adapters/slack/oauth-pages.ts): a short JSON error for a program, a small Dutch page for a person
 * in a browser. The pages take HTML pieces (a link, an escaped name) where the wording has them.
 */
export const nlWeb = {
  /** The JSON error of a request Schakel could not handle (a fault of its own, never a 500). */
  requestFailed: 'Dit verzoek kon Schakel niet verwerken',
  /** The JSON error of a body its sender stopped sending halfway. */
  requestCutOff: 'Het verzoek werd afgebroken voordat het binnen was',
  /** The JSON error of a body over the size Schakel reads. */
  requestTooLarge: 'Verzoek is te groot',
  /** The JSON error of a body that is not JSON. */
  notJson: 'Dit verzoek is geen geldige JSON.',
  /** Slack's requests (adapters/slack/request-gate.ts): stamped outside five minutes of now. */
  slackStale: 'Verzoek is te oud of komt uit de toekomst',
  slackSignature: 'Ondertekening klopt niet',
  slackNotUnderstood: 'Dit is geen verzoek dat Schakel begrijpt',
  /** Teams' activities (adapters/teams/http-bridge.ts). */
  teamsNoToken: 'Geen geldig token',
  teamsNotUnderstood: 'Dit is geen activiteit die Schakel begrijpt',
  teamsOtherTenant: 'Deze Teams-organisatie gebruikt Schakel niet',
  teamsFailed: 'Deze activiteit kon Schakel niet verwerken',
  /** A button press Teams sent again whose first answer Schakel no longer has (another replica, a restart). */
  alreadyDone: 'Dit verzoek is al verwerkt.',
  /** The JSON error of a path Schakel does not serve. */
  notFound: 'Niet gevonden',
  notFoundTitle: 'Deze pagina bestaat niet',
  /** The JSON error of a platform request whose body came compressed (Content-Encoding: gzip). */
  compressedRefused:
    'Gecomprimeerde verzoeken worden niet aangenomen: stuur de inhoud zonder Content-Encoding.',
  /** The JSON error of a path Schakel serves, asked with another method (PUT on /healthz): the ones it takes. */
  methodNotAllowed: (methods: readonly string[]) =>
    `Deze methode kan hier niet: gebruik ${methods.length > 1 ? `${methods.slice(0, -1).join(', ')} of ${methods.at(-1)}` : methods[0]}`,
  notFoundPage:
    'Deze link leidt nergens heen in Schakel. Misschien is hij niet helemaal gekopieerd: kijk of de hele link in de adresbalk staat, of vraag degene die hem stuurde om een nieuwe.',
  /** Local mode: the JSON error of a request for another host name than this machine's (DNS rebinding). */
  notThisMachine:
    'Schakel in de lokale modus antwoordt alleen op deze computer: open 127.0.0.1 of localhost.',
  /** The JSON error of a digest chart or PDF link that leads nowhere (a browser gets adapters.fileGone). */
  fileMissing: 'Dit bestand bestaat niet (meer).',
  /** The JSON error of a calendar feed link that leads nowhere (a calendar program asks for it). */
  feedMissing: 'Deze agendalink bestaat niet (meer).',
  feedGoneTitle: 'Deze agendalink werkt niet meer',
  /** The title of the page a calendar link shows when its stored series breaks the rules (the reason below it). */
  feedBrokenTitle: 'Deze agenda kan Schakel nu niet maken',
  feedGone:
    'De agenda achter deze link is er niet meer: de link is vernieuwd, of hij is niet helemaal gekopieerd. Typ reeks in het kanaal van je werkgroep voor de link die nu geldt.',
  /** The pages at the end of Slack's install flow, for the beheerder who installs Schakel. */
  install: {
    doneTitle: 'Schakel is geïnstalleerd',
    done: (workspace: string) =>
      `Schakel is geïnstalleerd in ${workspace}. Het bot-token staat versleuteld opgeslagen.`,
    /** The workspace when Slack gave no name. */
    yourWorkspace: 'je werkruimte',
    nextStep: (invite: string, help: string) =>
      `Volgende stap: typ in het kanaal van je werkgroep ${invite} en daarna ${help}.`,
    closeWindow: 'Je kunt dit venster sluiten.',
    /** The link back to the start of the install flow. */
    startAgain: 'Begin opnieuw',
    cancelledTitle: 'Installatie geannuleerd',
    cancelled: (again: string) =>
      `Je hebt de installatie van Schakel in Slack afgebroken; er is niets opgeslagen. ${again} als dat niet de bedoeling was.`,
    failedTitle: 'Installatie niet gelukt',
    linkSpent:
      'Deze installatielink is verlopen, al gebruikt, of in een andere browser begonnen. Er is niets opgeslagen.',
    codeRefused:
      'Slack heeft deze installatiecode niet aangenomen: hij is verlopen, al gebruikt of niet van Slack. Er is niets opgeslagen.',
    notFinished: 'Slack en Schakel konden de installatie niet afronden; er is niets opgeslagen.',
    againHere: (again: string) => `${again} in deze browser, binnen tien minuten.`,
    againOrLog: (again: string) =>
      `${again}. Lukt het weer niet, vraag dan de beheerder van de Schakel-server om in het logboek te kijken.`,
  },
};
