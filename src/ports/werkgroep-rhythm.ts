import type { Member } from '../domain/members.ts';
import type { Occurrence } from '../schedule/series.ts';
import type { SeriesInput } from '../schedule/series-definition.ts';

/** The actiepunt noted, or (`twin`) the same one of the same owner that was open already. */
export interface AddedActiepunt {
  readonly id: string;
  readonly twin: boolean;
}

/**
 * A werkgroep's rhythm as plain use cases, for callers without a chat (scripts, tests): the same
 * rules as the typed commands and forms that reach them through TextCommands and FormSubmissions.
 */
export interface WerkgroepRhythm {
  createSeries(actor: Member | null, overlegId: string, input: SeriesInput): Promise<void>;
  /** 'unchanged' when the meeting stood there already (nothing changes). */
  moveOccurrence(
    actor: Member | null,
    overlegId: string,
    originalStart: string,
    start: string,
    prefix?: string,
  ): Promise<'changed' | 'unchanged'>;
  /** `cancelled` false when it was cancelled before (nothing changes); `start`: where it stands. */
  cancelOccurrence(
    actor: Member | null,
    overlegId: string,
    originalStart: string,
  ): Promise<{ readonly cancelled: boolean; readonly start: string }>;
  /** An agendapunt for the next meeting, from anyone in the werkgroep. */
  addAgendaItem(actor: Member | null, overlegId: string, text: string): Promise<Occurrence>;
  addActiepunt(
    actor: Member | null,
    overlegId: string,
    a: { description: string; ownerId: string | null; dueDate: string | null },
  ): Promise<AddedActiepunt>;
  setCheckinOpenDays(actor: Member | null, overlegId: string, days: number): Promise<void>;
}
