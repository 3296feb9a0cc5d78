/** One check-in round: the answers to one werkgroep meeting. */
export interface Round {
  readonly id: string;
  readonly overlegId: string;
  /** The meeting's identity in its series: the original local start 'YYYY-MM-DDTHH:mm'. */
  readonly occurrence: string;
  /** The local date the meeting took place, 'YYYY-MM-DD'. */
  readonly meetingDate: string;
  readonly timeZone: string;
  readonly openedAt: Date;
  readonly nudgeAt: Date;
  readonly closesAt: Date;
  readonly closedAt: Date | null;
}
