import { actiepunt } from './actiepunt.ts';
import { actiepunten } from './actiepunten.ts';
import { agenda } from './agenda.ts';
import { agendapunt } from './agendapunt.ts';
import { annuleer } from './annuleer.ts';
import { checkin } from './checkin.ts';
import { checkinDagen } from './checkin-dagen.ts';
import { checklist } from './checklist.ts';
import { checklistWerkgroep } from './checklist-werkgroep.ts';
import type { CommandModule, CommandName } from './command.ts';
import { deadline } from './deadline.ts';
import { formulier } from './formulier.ts';
import { help } from './help.ts';
import { herinneringen } from './herinneringen.ts';
import { herstel } from './herstel.ts';
import { klaar } from './klaar.ts';
import { koppel } from './koppel.ts';
import { landelijk } from './landelijk.ts';
import { logboek } from './logboek.ts';
import { mijnGegevens } from './mijn-gegevens.ts';
import { mislukt } from './mislukt.ts';
import { nieuweReeks } from './nieuwe-reeks.ts';
import { nieuweWerkgroep } from './nieuwe-werkgroep.ts';
import { onbekend } from './onbekend.ts';
import { ongeldig } from './ongeldig.ts';
import { ontkoppel } from './ontkoppel.ts';
import { overzicht } from './overzicht.ts';
import { reeks } from './reeks.ts';
import { samenvatting } from './samenvatting.ts';
import { samenvattingLaatste } from './samenvatting-laatste.ts';
import { schrap } from './schrap.ts';
import { stuurgroep } from './stuurgroep.ts';
import { taal } from './taal.ts';
import { vakantie } from './vakantie.ts';
import { vakantieWeg } from './vakantie-weg.ts';
import { vakanties } from './vakanties.ts';
import { vergeetMij } from './vergeet-mij.ts';
import { verplaats } from './verplaats.ts';
import { volgende } from './volgende.ts';
import { voortgang } from './voortgang.ts';
import { wijzig } from './wijzig.ts';

/**
 * Every text command by the name `parseCommand` gives it, each in its own file (named as typed).
 * The compiler asks for every name of `Command`, so a new command cannot be forgotten here.
 */
export const COMMANDS: { readonly [N in CommandName]: CommandModule<N> } = {
  help,
  overzicht,
  onbekend,
  ongeldig,
  'mijn-gegevens': mijnGegevens,
  taal,
  'vergeet-mij': vergeetMij,
  samenvatting,
  'samenvatting-laatste': samenvattingLaatste,
  stuurgroep,
  landelijk,
  'nieuwe-werkgroep': nieuweWerkgroep,
  koppel,
  ontkoppel,
  volgende,
  reeks,
  'nieuwe-reeks': nieuweReeks,
  annuleer,
  herstel,
  verplaats,
  wijzig,
  formulier,
  agenda,
  agendapunt,
  actiepunt,
  actiepunten,
  klaar,
  schrap,
  deadline,
  checkin,
  checklist,
  'checklist-werkgroep': checklistWerkgroep,
  voortgang,
  'checkin-dagen': checkinDagen,
  logboek,
  mislukt,
  herinneringen,
  vakantie,
  vakanties,
  'vakantie-weg': vakantieWeg,
};
