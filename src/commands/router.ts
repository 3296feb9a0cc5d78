import { authorize } from '../domain/authorization.ts';
import { hasControlCharacter } from '../domain/control-characters.ts';
import { InvalidInput, NotAllowed, NotFound } from '../domain/errors.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Command } from '../messages/commands.ts';
import { KLAAR_ON_LIST } from '../messages/meeting-messages.ts';
import type { Message } from '../messages/model.ts';
import type { Place } from '../ports/text-commands.ts';
import { todayIn } from '../schedule/local-time.ts';
import { withKlaarDone } from './actiepunten.ts';
import type { CommandContext, CommandModule, CommandName } from './command.ts';
import { parseCommand } from './parse.ts';
import { COMMANDS } from './table.ts';
import type { CommandUses } from './uses.ts';
import {
  ChooseWerkgroep,
  choiceMessage,
  NoWerkgroep,
  namingWerkgroep,
  whichWerkgroep,
} from './werkgroep-choice.ts';

/**
 * The longest chat text Schakel reads. A command and its text are far shorter: an agendapunt or actiepunt
 * holds at most 500 characters (QUICK_INPUT_MAX_LENGTH), the longest text of any form (the digest's
 * summary) 2,000. Twice that is a length no real message reaches.
 */
export const CHAT_TEXT_MAX_LENGTH = 4_000;

/**
 * Text commands in: each typed text is parsed once, its module looked up by name in the table
 * (COMMANDS in table.ts), and run. Errors are left to the caller to word.
 */
export function createCommandRouter(uses: CommandUses) {
  async function handle(
    user: PlatformUser,
    place: Place,
    text: string,
    prefix: string,
    chosen: string | null,
  ): Promise<Message> {
    let member: Member | null = null;
    let werkgroepId: string | null = null;
    try {
      // A pasted NUL cannot be stored (PostgreSQL refuses it), nor is any control character meant.
      if (hasControlCharacter(text)) {
        throw new InvalidInput([{ field: 'tekst', message: words().fields.controlCharacter }]);
      }
      // A pasted document or a flood is answered at once, before the privacy guard would read it whole.
      if (text.length > CHAT_TEXT_MAX_LENGTH) {
        const message = words().fields.notSavedTooLong(text.length, CHAT_TEXT_MAX_LENGTH);
        throw new InvalidInput([{ field: 'tekst', message }]);
      }
      member = await uses.identify(user);
      const command = parseCommand(text, todayIn(uses.clock.now(), uses.timeZone));
      // Method parameters are bivariant: each module takes the command of its own name.
      const module: CommandModule<CommandName> = COMMANDS[command.name];
      const ctx: CommandContext = { user, place, member, prefix, uses };
      // A command typed wrongly by someone who may not use it at all ("vakantie" by a member):
      // that they may not, before how it is typed (one policy, whatever was typed after it).
      const meant = command.name === 'ongeldig' ? typedWrongly(command.command) : null;
      if (meant?.where === 'werkgroep' && meant.action && member)
        authorize(member, meant.action, { inWerkgroep: true, owner: true });
      if (module.where === 'anywhere') return await module.run(command, ctx);
      // Refused in any werkgroep (even as its member, in the member's own region): said at once,
      // not after asking a member of several which werkgroep they meant.
      if (module.action && member) authorize(member, module.action, { inWerkgroep: true, owner: true });
      let narrowedTo: string | null = null;
      try {
        const found = await fittingWerkgroep(module, command, ctx, chosen);
        werkgroepId = found.id;
        narrowedTo = found.narrowedTo;
      } catch (err) {
        // A regional command needs a werkgroep of the member's region only: any of theirs will do.
        const anyOfTheirs =
          err instanceof ChooseWerkgroep && module.regional ? err.werkgroepen[0] : undefined;
        if (anyOfTheirs) {
          if (module.action) await uses.authorizeIn(member, module.action, anyOfTheirs.id);
          return await module.run(command, ctx, anyOfTheirs.id);
        }
        // In no werkgroep (a stuurgroeplid): what the command has to say to them, if anything.
        const alone = err instanceof NoWerkgroep ? await module.withoutWerkgroep?.(command, ctx) : null;
        if (alone) return alone;
        throw err instanceof NoWerkgroep ? (notForWerkgroep(member, prefix) ?? err) : err;
      }
      // Who may use the command is checked before anything about the werkgroep is told.
      if (module.action) await uses.authorizeIn(member, module.action, werkgroepId);
      const answer = await module.run(command, ctx, werkgroepId);
      // Not asked which werkgroep, the member of several still reads which one it was.
      return narrowedTo ? namingWerkgroep(answer, narrowedTo) : answer;
    } catch (err) {
      const choice = err instanceof ChooseWerkgroep ? choiceMessage(err, text, uses.guard) : null;
      if (choice) return choice;
      if (err instanceof ChooseWerkgroep) throw new NotFound(words().answers.choice.typeInChannel);
      throw await namingProjectleiders(err, member, werkgroepId);
    }
  }

  /**
   * The werkgroep of whichWerkgroep; for a member of several, the only one the command fits, if
   * only one does (`narrowedTo` names it), or the question among those that fit.
   */
  async function fittingWerkgroep(
    module: CommandModule<CommandName>,
    command: Command,
    ctx: CommandContext,
    chosen: string | null,
  ): Promise<{ id: string; narrowedTo: string | null }> {
    try {
      return { id: await whichWerkgroep(uses, ctx.member, ctx.place, chosen), narrowedTo: null };
    } catch (err) {
      if (!(err instanceof ChooseWerkgroep) || module.where !== 'werkgroep' || !module.fits) throw err;
      const fitting: Array<{ id: string; name: string }> = [];
      for (const w of err.werkgroepen) if (await module.fits(command, ctx, w.id)) fitting.push(w);
      const only = fitting.length === 1 ? fitting[0] : undefined;
      if (only) return { id: only.id, narrowedTo: only.name };
      throw fitting.length > 1 ? new ChooseWerkgroep(fitting) : err;
    }
  }

  return {
    /** A "Klaar" button (KLAAR_ACTION): `klaar <nummer>` in the button's werkgroep. */
    finishActiepunt(user: PlatformUser, place: Place, value: string, prefix: string): Promise<Message> {
      const [overlegId, number] = value.split('|');
      if (!overlegId || !/^\d{1,9}$/.test(number ?? ''))
        throw new NotFound(words().answers.choice.unknownButton(prefix));
      return handle(user, place, `klaar ${number}`, prefix, overlegId);
    },

    /** A "Schrap" button (SCHRAP_ACTION), confirmed: `schrap actiepunt <nummer>` in the button's werkgroep. */
    removeActiepunt(user: PlatformUser, place: Place, value: string, prefix: string): Promise<Message> {
      const [overlegId, number] = value.split('|');
      if (!overlegId || !/^\d{1,9}$/.test(number ?? ''))
        throw new NotFound(words().answers.choice.unknownSchrapButton(prefix));
      return handle(user, place, `schrap actiepunt ${number}`, prefix, overlegId);
    },

    /**
     * After a "Klaar" (or "Schrap") button under the list of open actiepunten: that list as it is now, with
     * `done` (what the tap did) under it. Null for a Klaar button elsewhere (a reminder keeps its card).
     */
    async actiepuntenAfterKlaar(
      user: PlatformUser,
      place: Place,
      value: string,
      prefix: string,
      done: string,
    ): Promise<Message | null> {
      const [overlegId, , from] = value.split('|');
      if (!overlegId || from !== KLAAR_ON_LIST) return null;
      return withKlaarDone(await handle(user, place, 'actiepunten', prefix, overlegId), done);
    },

    /** One typed command; outside a werkgroep's channel a member of several gets to choose which. */
    handleText: (user: PlatformUser, place: Place, text: string, prefix: string) =>
      handle(user, place, text, prefix, null),

    /** The werkgroep chosen with a button (CHOOSE_WERKGROEP_ACTION): the command carried out there. */
    async chooseWerkgroep(user: PlatformUser, place: Place, value: string, prefix: string): Promise<Message> {
      const bar = value.indexOf('|');
      if (bar < 1) throw new NotFound(words().answers.choice.unknownChoice);
      const werkgroepId = value.slice(0, bar);
      const answer = await handle(user, place, value.slice(bar + 1), prefix, werkgroepId);
      // Asked "which werkgroep?", the answer says which one it is for.
      const member = await uses.identify(user);
      const mine = member ? await uses.werkgroepenOf(member.id) : [];
      const name = mine.find((w) => w.id === werkgroepId)?.name;
      return name ? namingWerkgroep(answer, name) : answer;
    },
  };

  /**
   * "Only the projectleider may": who that is, by name, when the refusal is about the member's own
   * region (a werkgroep of another region, or the channel of one, names nobody of it, nor the
   * member's own projectleider as if she led that region).
   */
  async function namingProjectleiders(err: unknown, member: Member | null, werkgroepId: string | null) {
    if (!(err instanceof NotAllowed) || err.reason !== 'projectleider-only' || !member) return err;
    const region =
      err.regionId ?? (werkgroepId ? (await uses.werkgroepInfo(werkgroepId))?.regionId : member.regionId);
    if (region !== member.regionId) return err;
    return new NotAllowed('projectleider-only', { projectleiders: await uses.projectleidersOf(region) });
  }
}

/** The module of a command word `ongeldig` names ("vakantie", "vakantie-weg"), if it is one. */
function typedWrongly(name: string): CommandModule<CommandName> | null {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name as CommandName] : null;
}

/**
 * A stuurgroeplid or the programme office (landelijk), no werkgroeplid or projectleider too:
 * werkgroep commands are not theirs; the answer names what is. Null for anyone else.
 */
function notForWerkgroep(member: Member | null, prefix: string): NotFound | null {
  const roles = member?.roles ?? [];
  if (roles.includes('lid') || roles.includes('projectleider')) return null;
  const choice = words().answers.choice;
  if (roles.includes('stuurgroeplid')) return new NotFound(choice.stuurgroeplid(prefix));
  if (roles.includes('landelijk')) return new NotFound(choice.landelijk(prefix));
  return null;
}
