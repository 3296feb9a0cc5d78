import type { Action } from '../domain/authorization.ts';
import type { Member, PlatformUser } from '../domain/members.ts';
import type { Command } from '../messages/commands.ts';
import type { Message } from '../messages/model.ts';
import type { Place } from '../ports/text-commands.ts';
import type { Reader } from './read.ts';
import type { CommandUses } from './uses.ts';

export type CommandName = Command['name'];
export type CommandOf<N extends CommandName> = Extract<Command, { name: N }>;

/** Who typed a command, where, and the use cases a command may call. */
export interface CommandContext {
  readonly user: PlatformUser;
  readonly place: Place;
  /** The member Schakel knows for this user, or null (the policy then refuses what needs one). */
  readonly member: Member | null;
  /** How the member types a command here (`/schakel ` in Slack, nothing in Teams), for hints. */
  readonly prefix: string;
  readonly uses: CommandUses;
}

/**
 * How a command is typed: the first words that name it (lower case) and how it reads what follows.
 * `parse` gives null when the rest cannot be read (the member then gets the command's usage); it
 * may give another command of the table (`samenvatting laatste`, or a form when the details are
 * left out).
 */
export interface Typed {
  readonly words: readonly string[];
  parse(rest: string, read: Reader): Command | null;
}

/**
 * One text command: how it is typed (`typed`, read by parse.ts), and what it does: it authorizes,
 * calls its use case and returns the answer. The router (router.ts) finds it in the table
 * (table.ts) by name. A command without `typed` is only reached through another one
 * (`onbekend`, `ongeldig`, `formulier`, `samenvatting-laatste`).
 */
export type CommandModule<N extends CommandName> = AnywhereCommand<N> | WerkgroepCommand<N>;

/** A command typed anywhere: the member's own, the region's, or the programme's. */
export interface AnywhereCommand<N extends CommandName> {
  readonly where: 'anywhere';
  readonly typed?: Typed;
  run(command: CommandOf<N>, ctx: CommandContext): Promise<Message>;
}

/**
 * A command about one werkgroep: the router finds which one (the channel's link, the member's only
 * werkgroep, or the member's choice) and, when `action` is named, has the policy
 * (`authorize` in src/domain/authorization.ts) check it in that werkgroep before anything about
 * the werkgroep is told; a member it refuses in every werkgroep hears so before being asked which
 * werkgroep they meant. Without `action` the use case authorizes itself.
 */
export interface WerkgroepCommand<N extends CommandName> {
  readonly where: 'werkgroep';
  readonly typed?: Typed;
  readonly action?: Action;
  /**
   * About the werkgroep's region, not the werkgroep (vakanties): a member of several werkgroepen
   * (all in their own region) is not asked which one, and the answer names none.
   */
  readonly regional?: true;
  run(command: CommandOf<N>, ctx: CommandContext, werkgroepId: string): Promise<Message>;
  /**
   * Whether the command can be about this werkgroep of the member's (`klaar 7`: it holds a #7;
   * `checkin`: its round is open). A member of several is asked which one only when more than one
   * fits (or none does).
   */
  fits?(command: CommandOf<N>, ctx: CommandContext, werkgroepId: string): Promise<boolean>;
  /**
   * The answer for a member in no werkgroep, typed where no werkgroep is linked (a stuurgroeplid's
   * `volgende`), or null for "not yet linked to a werkgroep".
   */
  withoutWerkgroep?(command: CommandOf<N>, ctx: CommandContext): Promise<Message | null>;
}

/** A plain text answer. */
export { decline, say } from '../messages/model.ts';
