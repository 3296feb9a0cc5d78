import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { COMMAND_ACTION } from '../messages/commands.ts';
import { privacyStatementUrl } from '../messages/legal-page.ts';
import { letBeButton } from '../messages/let-be.ts';
import type { Message } from '../messages/model.ts';
import type { PersonalDataRepository } from '../store/personal-data-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { eraseLogged } from './erase-member.ts';
import { inzageInDutch } from './inzage-values.ts';
import { type SentCards, withdrawCards } from './withdraw-cards.ts';

/** What each part of the inzage means, in plain Dutch, sent along with the data. */
const EXPLANATION = {
  lid: 'Wie je bent in Schakel: naam, organisatie, domein, regio en rollen.',
  koppelingen: 'Je Slack- of Teams-account dat aan jou gekoppeld is (platform, werkruimte, gebruikers-id).',
  overleggen:
    'De werkgroepen en overleggen waar je aan deelneemt, elk met zijn soort (werkgroep, stuurgroep …).',
  agendapunten: 'Agendapunten die jij hebt ingediend.',
  actiepunten: 'Actiepunten waarvan jij eigenaar bent of die jij hebt aangemaakt.',
  checkin_antwoorden: 'Je check-ins: het samenwerkingsniveau dat je gaf, je toelichting en wat er goed ging.',
  knelpunten_ingebracht: 'Knelpunten die jij hebt ingebracht, met categorie, oplossing en stand.',
  knelpunt_updates: 'Wat je later over een knelpunt hebt gemeld (in behandeling, opgelost …).',
  checklist: 'Je antwoorden op de checklist Effectief Samenwerken, per tertiaal (item 1-20).',
  voortgang_vastgelegd: 'De voortgangscijfers van de regio die jij hebt vastgelegd, per tertiaal.',
  checklist_werkgroep_vastgelegd:
    'De checklist-stand van de werkgroep die jij hebt vastgelegd, per tertiaal.',
  samenvattingen: 'Versies van de stuurgroep-samenvatting die jij hebt gemaakt of gepubliceerd.',
  stuurgroepdata: 'Stuurgroepvergaderingen die jij in de agenda hebt gezet.',
  berichten_aan_jou:
    'Berichten die Schakel jou persoonlijk stuurde of nog zal sturen (de check-in, een herinnering, een antwoord), met soort, stand en moment.',
  logboek: 'Wat jij in Schakel hebt gewijzigd (bijvoorbeeld een bijeenkomst verplaatst).',
};

const nothingKept = () => ({ type: 'text' as const, text: words().answers.avg.nothingKept });

/** The file name of the inzage, the same on every platform. */
export const INZAGE_FILE = 'schakel-mijn-gegevens.json';

type PersonalData = Awaited<ReturnType<PersonalDataRepository['personalData']>>;

/** The inzage in a few lines a person reads at a glance: who they are here and how much of each. */
function summaryFacts(d: PersonalData): Array<{ label: string; value: string }> {
  const lid = (d.lid ?? {}) as Record<string, unknown>;
  const w = words().answers.avg;
  const count = (n: number, unit: string) => {
    const [one, many] = w.units[unit] ?? [unit, unit];
    return n === 0 ? w.none : `${n} ${n === 1 ? one : many}`;
  };
  const l = w.labels;
  const tertialen = new Set(d.checklist.map((c) => c.tertiaal)).size;
  const platforms = [...new Set(d.koppelingen.map((k) => (k.platform === 'slack' ? 'Slack' : 'Teams')))];
  return [
    { label: l.name, value: String(lid.naam ?? '') },
    { label: l.organisation, value: String(lid.organisatie ?? '') || w.notFilledIn },
    { label: l.region, value: String(lid.regio ?? '') },
    {
      label: l.roles,
      value:
        ((lid.rollen as string[] | undefined) ?? []).map((r) => w.roleNames[r] ?? r).join(', ') || w.none,
    },
    { label: l.email, value: String(lid['e-mail'] ?? '') || w.notKnown },
    { label: l.linkedIn, value: platforms.join(` ${w.and} `) || w.noAccount },
    ...overleggenFacts(d.overleggen),
    { label: l.checkins, value: count(d.checkin_antwoorden.length, 'answers') },
    { label: l.agendapunten, value: count(d.agendapunten.length, 'agendapunten') },
    { label: l.actiepunten, value: actiepuntenCount(d.actiepunten, count) },
    { label: l.knelpunten, value: count(d.knelpunten_ingebracht.length, 'knelpunten') },
    { label: l.checklist, value: count(tertialen, 'tertialen') },
  ];
}

/**
 * Her actiepunten as she sees them elsewhere: those on her name (`actiepunten`, `overzicht`) and
 * those she noted for others, each with how many are open ("4 actiepunten op jouw naam, waarvan 1
 * open; 8 actiepunten door jou aangemaakt voor anderen, waarvan 7 open"), never one count of both.
 */
function actiepuntenCount(
  items: PersonalData['actiepunten'],
  count: (n: number, unit: string) => string,
): string {
  const w = words().answers.avg;
  const part = (role: string, whose: (counted: string) => string) => {
    const mine = items.filter((a) => a.jouw_rol === role);
    const open = mine.filter((a) => a.afgerond_op === null).length;
    return `${whose(count(mine.length, 'actiepunten'))}${open > 0 ? w.ofWhichOpen(open) : ''}`;
  };
  if (items.length === 0) return w.none;
  const owned = part('eigenaar', w.onYourName);
  if (items.every((a) => a.jouw_rol === 'eigenaar')) return owned;
  return `${owned}; ${part('aangemaakt', w.forOthers)}`;
}

/** The member's overleggen by kind: their werkgroepen always, a stuurgroep and others when they have one. */
function overleggenFacts(overleggen: PersonalData['overleggen']): Array<{ label: string; value: string }> {
  const w = words().answers.avg;
  const names = (kind: (soort: string) => boolean) =>
    overleggen
      .filter((o) => kind(o.soort))
      .map((o) => o.naam)
      .join(', ');
  const stuurgroep = names((s) => s === 'stuurgroep');
  const other = names((s) => s !== 'werkgroep' && s !== 'stuurgroep');
  return [
    { label: w.labels.werkgroepen, value: names((s) => s === 'werkgroep') || w.none },
    ...(stuurgroep ? [{ label: w.labels.stuurgroep, value: stuurgroep }] : []),
    ...(other ? [{ label: w.labels.otherOverleggen, value: other }] : []),
  ];
}

export function createAvg({
  store,
  clock,
  publicUrl,
  sentCards,
  logger,
}: {
  store: UnitOfWork<PersonalDataRepository>;
  clock: Clock;
  /** The server's address: the inzage names the privacy statement there. */
  publicUrl?: string | undefined;
  /** Changes check-in cards already in a member's chat (on vergeten); none without a platform. */
  sentCards?: (() => SentCards | undefined) | undefined;
  logger: Pick<Logger, 'warn'>;
}) {
  const statement = privacyStatementUrl(publicUrl);
  return {
    /** Inzage: all data about the member, as JSON with Dutch field names explained; only for them. */
    async inzage(actor: Member | null): Promise<Message> {
      // Someone unknown (never linked, or erased): nothing is kept, said as such, not "ask to be linked".
      if (!actor) return { fallback: words().answers.avg.nothingKept, blocks: [nothingKept()] };
      const member = authorize(actor, 'schakel.use');
      const data = await store.read.personalData(member.id);
      const json = JSON.stringify({ uitleg: EXPLANATION, ...inzageInDutch(data) }, null, 2);
      const w = words().answers.avg;
      return {
        fallback: w.heading,
        private: true,
        blocks: [
          { type: 'heading', text: w.heading },
          { type: 'text', text: w.intro },
          { type: 'facts', facts: summaryFacts(data) },
          { type: 'text', text: w.asFile(INZAGE_FILE) },
          { type: 'note', text: w.eraseHint },
          ...(statement ? [{ type: 'note' as const, text: w.statement(statement) }] : []),
        ],
        file: {
          name: INZAGE_FILE,
          mediaType: 'application/json',
          content: json,
          description: w.fileDescription,
          remake: 'mijn-gegevens',
        },
      };
    },

    /** Vergeten: first an explanation, then, when confirmed, the member and their links are deleted. */
    async vergeten(actor: Member | null, confirmed: boolean, prefix: string): Promise<Message> {
      const member = authorize(actor, 'schakel.use');
      const w = words().answers.avg;
      if (!confirmed) {
        const text = w.eraseExplained;
        // The region's last projectleider: what erasing her leaves, before she confirms.
        const last =
          member.roles.includes('projectleider') &&
          (await store.read.projectleiderNames(member.regionId)).length <= 1;
        return {
          fallback: text,
          private: true,
          blocks: [
            { type: 'text', text },
            { type: 'list', items: w.erasedItems },
            { type: 'text', text: w.keptWithoutName },
            { type: 'list', items: w.keptItems },
            { type: 'text', text: w.eraseRest },
            ...(last ? [{ type: 'text' as const, text: w.lastProjectleider }] : []),
            { type: 'text', text: w.eraseConfirm(prefix) },
            {
              type: 'actions',
              actions: [
                { id: COMMAND_ACTION, label: w.eraseButton, value: 'vergeet-mij bevestig' },
                letBeButton(),
              ],
            },
          ],
        };
      }
      // Where their cards stand is read before the erasure deletes it, and used once it has happened.
      const cards = await store.transaction(async (tx) => {
        const sent = await tx.sentCardsOf(member.id);
        await eraseLogged(tx, member, 'lid', clock.now());
        return sent;
      });
      await withdrawCards(cards, sentCards?.(), logger);
      const text = w.erased;
      return { fallback: text, private: true, blocks: [{ type: 'text', text }] };
    },
  };
}
