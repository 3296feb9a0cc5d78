import type { nlChannelLinks } from './nl-channel-links.ts';

/**
 * English answers about linking a channel to a werkgroep: koppel and ontkoppel;
 * the keys are the Dutch ones (nl-channel-links.ts).
 */
export const enChannelLinks: typeof nlChannelLinks = {
  personal: (p) =>
    `This is your private chat with Schakel. Link the werkgroep's channel by typing ${p}koppel <name> there.`,
  notAdded:
    'Schakel has not been added to this channel yet, so I cannot send reminders here. Add Schakel to the team or the chat (Apps → Schakel → Add) and try again.',
  didYouMean: (name, p) => `Did you mean ${name}? Then type ${p}koppel ${name}.`,
  whichOne: (names, first, p) =>
    `Did you mean ${names}? Type the name exactly as it is written here, emoji and signs included, as in ${p}koppel ${first}.`,
  noSuch: (names, region, p) =>
    names === ''
      ? `${region} has no werkgroepen yet. Create one with ${p}nieuwe-werkgroep.`
      : `${region} has no werkgroep by that name. Its werkgroepen are: ${names}. Type the name as it is written there, or create a new one with ${p}nieuwe-werkgroep.`,
  whichWerkgroep: (names, region, p, first) =>
    names === ''
      ? `${region} has no werkgroepen yet. Create one with ${p}nieuwe-werkgroep.`
      : `Which werkgroep do you link to this channel? The werkgroepen of ${region} are: ${names}. Type ${p}koppel with the name after it, for example ${p}koppel ${first}.`,
  already: (name) => `This channel is already linked to ${name}.`,
  linkedElsewhere: (other, name) =>
    `This channel is already linked to ${other}. Type ontkoppel first if it belongs to ${name} from now on.`,
  linked: (name) =>
    `This channel is linked to ${name}. The reminders and the check-in come here from now on.`,
  notLinked: 'This channel is not linked to any werkgroep.',
  notLinkedTo: (names: string, p: string) =>
    `This channel is linked to ${names}, not to the werkgroep you name. Nothing was unlinked; type ${p}ontkoppel to unlink this channel from ${names}.`,
  afterwards: (p) => `Then link the werkgroep's channel: type ${p}koppel <name of the werkgroep> there.`,
  belongsTo: (name, p) =>
    `This channel already belongs to ${name}; afterwards, link the new werkgroep in its own channel with ${p}koppel <name>.`,
  and: ' and ',
  or: ' or ',
  unlinked: (names, p, first) =>
    `This channel is unlinked from ${names}. Reminders no longer come here; link another channel with ${p}koppel ${first}.`,
};
