import type { Clock } from '../clock.ts';
import { authorize } from '../domain/authorization.ts';
import type { Member } from '../domain/members.ts';
import type { Message } from '../messages/model.ts';
import type { PersonalDataRepository } from '../store/personal-data-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';

/** What each part of the inzage means, in plain Dutch, sent along with the data. */
const EXPLANATION = {
  lid: 'Wie je bent in Schakel: naam, organisatie, domein, regio en rollen.',
  koppelingen: 'Je Slack- of Teams-account dat aan jou gekoppeld is (platform, werkruimte, gebruikers-id).',
  overleggen: 'De werkgroepen en overleggen waar je aan deelneemt.',
  agendapunten: 'Agendapunten die jij hebt ingediend.',
  actiepunten: 'Actiepunten waarvan jij eigenaar bent of die jij hebt aangemaakt.',
  checkin_antwoorden: 'Je check-ins: het samenwerkingsniveau dat je gaf, je toelichting en wat er goed ging.',
  knelpunten_ingebracht: 'Knelpunten die jij hebt ingebracht, met categorie, oplossing en stand.',
  knelpunt_updates: 'Wat je later over een knelpunt hebt gemeld (in behandeling, opgelost …).',
  checklist: 'Je antwoorden op de checklist Effectief Samenwerken, per tertiaal (item 1-20).',
  logboek: 'Wat jij in Schakel hebt gewijzigd (bijvoorbeeld een bijeenkomst verplaatst).',
};

/** The file name of the inzage, the same on every platform. */
export const INZAGE_FILE = 'schakel-mijn-gegevens.json';

type PersonalData = Awaited<ReturnType<PersonalDataRepository['personalData']>>;

/** The inzage in a few lines a person reads at a glance: who they are here and how much of each. */
function summaryFacts(d: PersonalData): Array<{ label: string; value: string }> {
  const lid = (d.lid ?? {}) as Record<string, unknown>;
  const count = (n: number, one: string, many: string) => (n === 0 ? 'geen' : `${n} ${n === 1 ? one : many}`);
  const open = d.actiepunten.filter((a) => a.afgerond_op === null).length;
  const tertialen = new Set(d.checklist.map((c) => c.tertiaal)).size;
  const platforms = [...new Set(d.koppelingen.map((k) => (k.platform === 'slack' ? 'Slack' : 'Teams')))];
  return [
    { label: 'Naam', value: String(lid.naam ?? '') },
    { label: 'Organisatie', value: String(lid.organisatie ?? '') || 'niet ingevuld' },
    { label: 'Regio', value: String(lid.regio ?? '') },
    { label: 'Rollen', value: ((lid.rollen as string[] | undefined) ?? []).join(', ') || 'geen' },
    { label: 'E-mail', value: String(lid['e-mail'] ?? '') || 'niet bekend' },
    { label: 'Gekoppeld in', value: platforms.join(' en ') || 'geen account' },
    { label: 'Werkgroepen', value: d.overleggen.join(', ') || 'geen' },
    { label: 'Check-ins', value: count(d.checkin_antwoorden.length, 'antwoord', 'antwoorden') },
    { label: 'Agendapunten', value: count(d.agendapunten.length, 'agendapunt', 'agendapunten') },
    {
      label: 'Actiepunten',
      value: `${count(d.actiepunten.length, 'actiepunt', 'actiepunten')}${open > 0 ? `, waarvan ${open} open` : ''}`,
    },
    {
      label: 'Knelpunten ingebracht',
      value: count(d.knelpunten_ingebracht.length, 'knelpunt', 'knelpunten'),
    },
    { label: 'Checklist', value: count(tertialen, 'tertiaal', 'tertialen') },
  ];
}

export function createAvg({ store, clock }: { store: UnitOfWork<PersonalDataRepository>; clock: Clock }) {
  return {
    /** Inzage: all data about the member, as JSON with Dutch field names explained; only for them. */
    async inzage(actor: Member | null): Promise<Message> {
      const member = authorize(actor, 'schakel.use');
      const data = await store.read.personalData(member.id);
      const json = JSON.stringify({ uitleg: EXPLANATION, ...data }, null, 2);
      return {
        fallback: 'Je gegevens in Schakel',
        private: true,
        blocks: [
          { type: 'heading', text: 'Je gegevens in Schakel' },
          { type: 'text', text: 'Dit is alles wat Schakel over jou bewaart, kort samengevat.' },
          { type: 'facts', facts: summaryFacts(data) },
          {
            type: 'text',
            text: `Alles in één keer, om te bewaren of door te sturen, krijg je als bestand: ${INZAGE_FILE} (JSON, met uitleg per onderdeel).`,
          },
          { type: 'note', text: 'Wil je dat het gewist wordt? Typ dan vergeet-mij.' },
        ],
        file: {
          name: INZAGE_FILE,
          mediaType: 'application/json',
          content: json,
          description: 'Alles wat Schakel over jou bewaart (inzage, AVG artikel 15)',
          remake: 'mijn-gegevens',
        },
      };
    },

    /** Vergeten: first an explanation, then, when confirmed, the member and their links are deleted. */
    async vergeten(actor: Member | null, confirmed: boolean, prefix: string): Promise<Message> {
      const member = authorize(actor, 'schakel.use');
      if (!confirmed) {
        const text =
          'Als je bevestigt, wist Schakel je naam, organisatie, rollen en gekoppelde accounts, je check-ins en checklist-antwoorden, en de koppeling tussen jou en de knelpunten en agendapunten die je inbracht (die blijven zonder naam voor de werkgroep). ' +
          'Samenvattingen die al naar de stuurgroep zijn gestuurd blijven zoals ze zijn. Dit kan niet ongedaan worden gemaakt.';
        return {
          fallback: text,
          private: true,
          blocks: [
            { type: 'text', text },
            { type: 'text', text: `Weet je het zeker? Typ ${prefix}vergeet-mij bevestig` },
          ],
        };
      }
      await store.transaction(async (tx) => {
        await tx.audit({
          regionId: member.regionId,
          actorId: null,
          action: 'gegevens_gewist',
          subject: 'lid',
          at: clock.now(),
        });
        await tx.eraseMember(member.id);
      });
      const text =
        'Je gegevens zijn gewist. Schakel kent je niet meer; wil je later weer meedoen, vraag dan je projectleider.';
      return { fallback: text, private: true, blocks: [{ type: 'text', text }] };
    },
  };
}
