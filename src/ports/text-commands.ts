import type { LongRequest } from '../commands/long-commands.ts';
import type { PlatformUser } from '../domain/members.ts';
import type { Message } from '../messages/model.ts';

/** Where a message was typed: a channel or a personal chat. */
export interface Place {
  readonly platform: PlatformUser['platform'];
  readonly workspace: string;
  readonly channelId: string;
}

/** A button that stands for a typed command: its value read as that command, for the one who pressed it. */
export type ButtonCommand = (
  user: PlatformUser,
  place: Place,
  value: string,
  prefix: string,
) => Promise<Message>;

/**
 * What a member types (`/schakel …`, a Teams message) and the buttons that stand for a typed
 * command. Each answer is a platform-neutral message; refusals are thrown as domain errors.
 */
export interface TextCommands {
  /** One typed command; outside a werkgroep's channel a member of several gets to choose which. */
  handleText(user: PlatformUser, place: Place, text: string, prefix: string): Promise<Message>;
  /**
   * The command in Schakel's own words when its answer takes longer than a platform waits (the
   * digest draft with the AI summary), else null: then answer it at once with handleText.
   */
  longCommand(text: string): string | null;
  /**
   * Writes a long command down for the scheduler, which carries it out and puts the answer where
   * "Bezig…" stands. False when this request was already queued (a replay): nothing is added.
   */
  queueAnswer(request: LongRequest): Promise<boolean>;
  /** The werkgroep chosen with a button (CHOOSE_WERKGROEP_ACTION): the command carried out there. */
  readonly chooseWerkgroep: ButtonCommand;
  /** A "Klaar" button under the open actiepunten. */
  readonly finishActiepunt: ButtonCommand;
  /** A "Schrap" button (SCHRAP_ACTION), pressed after its confirmation: the actiepunt removed. */
  readonly removeActiepunt: ButtonCommand;
  /**
   * After a "Klaar" (or "Schrap") under the list of open actiepunten: the list as it is now, `done` under it,
   * to replace the tapped card; null when the button sat elsewhere (a reminder keeps its card).
   */
  actiepuntenAfterKlaar(
    user: PlatformUser,
    place: Place,
    value: string,
    prefix: string,
    done: string,
  ): Promise<Message | null>;
  /** What Schakel can do for this member. */
  help(user: PlatformUser, prefix: string): Promise<Message>;
}
