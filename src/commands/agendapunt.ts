import { words } from '../messages/catalogue/words.ts';
import { whenForMember } from '../messages/meeting-messages.ts';
import { say, type WerkgroepCommand } from './command.ts';

/** `agendapunt <tekst>`: an agendapunt for the next meeting (the use case authorizes). */
export const agendapunt: WerkgroepCommand<'agendapunt'> = {
  where: 'werkgroep',
  typed: {
    words: ['agendapunt'],
    parse: (rest) => (rest ? { name: 'agendapunt', text: rest } : null),
  },
  async run(command, { uses, member }, werkgroepId) {
    const next = await uses.agenda.addAgendaItem(member, werkgroepId, command.text);
    return say(words().answers.agendapunt(whenForMember(next)));
  },
};
