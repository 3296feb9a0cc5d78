import { HIDDEN_TEXT } from '../../privacy/small-groups.ts';
import type { LegalFacts, LegalWords } from '../legal-page.ts';
import { enAvg } from './en-avg.ts';

/** A number of months as a sentence says it: 1 month, 24 months. */
const months = (n: number) => (n === 1 ? `1 month` : `${n} months`);

/** The privacy statement and the terms of use in plain English (nl-legal.ts is the Dutch). */

function whoAnswers(f: LegalFacts): string[] {
  const responsible = f.controllerHtml
    ? `${f.controllerHtml} is responsible for Schakel and for your data in it. The GDPR (AVG) calls this the controller.`
    : 'The organisation that runs Schakel for your region is responsible for your data. The GDPR (AVG) calls this the controller.';
  const ask = f.contactHtml
    ? `Do you have a question about your data, or is something wrong? Contact: ${f.contactHtml}.`
    : 'Do you have a question about your data, or is something wrong? Ask the projectleider of your region. They know who can help you.';
  return [responsible, ask];
}

export const enLegal: LegalWords = {
  otherLanguage: 'Nederlands',
  seeAlso: 'See also',
  aboutLink: 'About Schakel',
  privacyLink: 'Privacy statement',
  termsLink: 'Terms of use',

  about: () => ({
    title: 'Schakel',
    intro:
      'Schakel is the assistant of the regional collaboration between mental health care (GGZ) and Work & Income (municipalities, UWV) in the Hoofdzaak Werk programme. Schakel works in Slack and in Microsoft Teams.',
    sections: [
      {
        heading: 'What Schakel does',
        blocks: [
          [
            'Before every meeting of the werkgroep, a reminder with the date, place, agenda and open action items.',
            'Afterwards a short check-in: the level of collaboration, knelpunten and what went well.',
            'For every stuurgroep a summary that the projectleider reviews first.',
          ],
        ],
      },
      {
        heading: 'Getting started',
        blocks: [
          'Type <code>help</code> in a chat with Schakel, or <code>/schakel help</code> in Slack. Schakel does not know you yet? Ask your projectleider to add you to your werkgroep.',
          'Schakel never stores client data: do not write names, BSN, addresses or diagnoses in Schakel.',
        ],
      },
    ],
  }),

  privacy: (f) => ({
    title: 'Privacy statement of Schakel',
    intro:
      'Schakel is a chat bot in Slack or Microsoft Teams for the werkgroepen of mental health care (GGZ) and Work & Income in your region. Here you read which data Schakel stores about you, why, for how long, and what you can do yourself.',
    sections: [
      { heading: 'Who is responsible?', blocks: whoAnswers(f) },
      {
        heading: 'Never client data',
        blocks: [
          'Schakel is for the collaboration between organisations, not for the work with clients. So never write names, citizen service numbers (BSN), addresses, dates of birth, phone numbers or diagnoses of clients in Schakel.',
          'Schakel checks every text before it is stored. If it seems to hold something about a client, Schakel does not store the text and asks you to write it more generally. The refused text does not reach the server’s log either.',
          'The check catches a lot, but not everything. So watch what you write yourself too.',
        ],
      },
      {
        heading: 'What Schakel stores about you',
        blocks: [
          [
            'your name, your organisation, its kind (such as GGZ, municipality or UWV) and your region',
            'your email address, only if your projectleider or administrator entered it',
            'your roles: member, projectleider, stuurgroep member, administrator or national team',
            'which werkgroepen and stuurgroep you are in',
            'the ids of your Slack or Teams account, so Schakel knows who you are; in Teams also the personal chat with Schakel, so Schakel can write to you there',
            'the language Schakel writes to you in: Dutch or English',
            'your check-ins: the level of collaboration you chose, your explanation and what went well',
            'your answers to the checklist ‘Effectief samenwerken’',
            'the agenda items, action items and knelpunten you raised or that are in your name',
            'what you changed in Schakel, such as moving a meeting: that is in your region’s log',
            'which messages Schakel sent you and whether that worked, without the text of the message',
          ],
          'Schakel only reads what you send to Schakel: a command, a form or a click on a button. Schakel does not read your other conversations in Slack or Teams.',
          'Schakel takes your language from Slack or Teams, unless you choose it yourself with <code>taal nl</code> or <code>taal en</code>.',
        ],
      },
      {
        heading: 'What Schakel uses your data for',
        blocks: [
          'Only for the work of the collaboration:',
          [
            'sending reminders for your werkgroep’s meetings',
            'asking you for a check-in after a meeting, and reminding you once more if you did not fill it in',
            'keeping the werkgroep’s agenda, action items and knelpunten',
            'making a summary for the stuurgroep',
          ],
          'Schakel shows no advertising and does not track what you do outside Schakel.',
        ],
      },
      {
        heading: 'Who sees what',
        blocks: [
          [
            'The members of your werkgroep see the agenda, the action items with the name of whoever takes them on, and the werkgroep’s knelpunten.',
            'In Schakel nobody else sees your check-in with your name on it. When the check-in closes, the werkgroep sees an overview without names: how many people answered and, from three answers on, which levels they chose and which knelpunten there are. With fewer, everybody would know whose they are.',
            'A knelpunt you raise is for the werkgroep: at the next check-in every member of the werkgroep sees it in the list of open knelpunten, with the description you gave and without your name. That holds even if you were the only one to answer; the werkgroep may then guess whose it is.',
            'The summary for the stuurgroep holds no names. It does hold what members wrote under ‘what went well’ and about the knelpunten, without a name. The projectleider reviews the summary before it goes to the stuurgroep.',
            'The national team only sees figures of all regions together.',
            'The projectleider and the administrator of your region can read the log: who changed a meeting or series or published a summary, and that data were erased (not whose). In Teams everyone in the channel sees the log when the projectleider or administrator asks for it there.',
            'Whoever runs the Schakel server can technically reach all data, for example to make a backup or to move the data to a new server.',
          ],
          `An overview never shows a group with fewer than ${f.minGroup} answers on its own. With so few answers anyone could guess who answered what. It then says ‘${HIDDEN_TEXT}’ (too few answers to show).`,
        ],
      },
      {
        heading: 'How long Schakel keeps your data',
        blocks: [
          `Every day Schakel erases the text older than ${months(f.retentionMonths)}:`,
          [
            `agenda items: ${months(f.retentionMonths)} after they were added`,
            `action items: ${months(f.retentionMonths)} after they were finished; an action item still open ${months(f.retentionMonths)} after it was added goes too`,
            `check-ins: your explanation and what went well, ${months(f.retentionMonths)} after your last change; the level you chose (a number) stays`,
            `knelpunten: ${months(f.retentionMonths)} after anyone last said something about them, together with their history`,
            `drafts of the stuurgroep summary that were never published: ${months(f.retentionMonths)} after they were made`,
          ],
          'Your name, organisation, roles, accounts, the levels of your check-ins and your checklist answers are kept until you ask for them to be erased (see below). Even when you are no longer in a werkgroep, they stay until you type <code>vergeet-mij</code>.',
          `A form you send in Slack is remembered for a while under a key holding the id of your account, so that a double click counts once. Every time a check-in closes, Schakel erases the keys older than ${f.requestKeyDays} days.`,
          'Summaries sent to the stuurgroep are kept as they are. The log is kept as long as your region exists in Schakel.',
        ],
      },
      {
        heading: 'Seeing and erasing your data',
        blocks: [
          'Type <code>mijn-gegevens</code> in the chat with Schakel (in Slack also <code>/schakel mijn-gegevens</code>). You get an overview of everything Schakel stores about you, and all of it as a file too. You only get this personally, never in a channel.',
          'Type <code>vergeet-mij</code> to have your data erased. Schakel first explains what will happen. Only when you press the button or type <code>vergeet-mij bevestig</code> does Schakel erase your data.',
          enAvg.eraseExplained,
          enAvg.erasedItems,
          enAvg.keptWithoutName,
          enAvg.keptItems,
          enAvg.eraseRest,
          `Cannot use Schakel in Slack or Teams, for instance because your account was never linked? Then ask ${f.contactHtml ? `via ${f.contactHtml}` : 'the projectleider of your region'} to erase your data. The server’s administrator then erases them the same way as <code>vergeet-mij</code>.`,
          'Do you have a complaint about what happens with your data? You can also file it with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
        ],
      },
      {
        heading: 'Slack, Microsoft Teams and AI',
        blocks: [
          'Schakel works in Slack or in Microsoft Teams. What you send to Schakel and what Schakel sends you goes through Slack or Microsoft and is stored there too. For that, the agreements your organisation has with Slack or Microsoft apply.',
          f.aiSummary
            ? 'This Schakel has a language model (AI) write the first version of the summary for the stuurgroep. That model only gets figures and statuses: no names and no texts members wrote. The projectleider always reviews the summary.'
            : 'This Schakel sends no data to a language model (AI).',
        ],
      },
      {
        heading: 'This page',
        blocks: [
          'This page uses no cookies and loads nothing from other websites. Schakel does not keep track of who reads it.',
        ],
      },
    ],
  }),

  terms: (f) => ({
    title: 'Terms of use of Schakel',
    intro:
      'Schakel helps the werkgroepen of mental health care (GGZ) and Work & Income in your region, with reminders, check-ins and a summary for the stuurgroep. Whoever uses Schakel keeps to these agreements.',
    sections: [
      {
        heading: 'Who Schakel is for',
        blocks: [
          'Schakel is for the members of the werkgroepen, the projectleiders, the stuurgroep and the national team of the collaboration between GGZ and Work & Income. Your projectleider or administrator decides who is in a werkgroep.',
        ],
      },
      {
        heading: 'Never client data',
        blocks: [
          'Never write anything in Schakel by which a client can be recognised: no name, BSN, address, date of birth, phone number or diagnosis. Write about the collaboration, not about people.',
          'Schakel refuses text that looks like client data. But the check does not catch everything: so watch what you write yourself too.',
        ],
      },
      {
        heading: 'Colleagues',
        blocks: [
          'Name colleagues only in their work, for example as the owner of an action item. Write about them as you would in an ordinary meeting.',
        ],
      },
      {
        heading: 'Links',
        blocks: [
          'The link to your werkgroep’s calendar and the links to the summary for the stuurgroep work without logging in. So only share them with the people they are meant for.',
        ],
      },
      {
        heading: 'Schakel is a tool',
        blocks: [
          'Schakel reminds, asks and summarises. The werkgroep makes its own agreements. A summary only goes to the stuurgroep once the projectleider has reviewed and published it.',
          'If a message cannot be sent, Schakel tries again. Your projectleider can see which messages did not arrive.',
        ],
      },
      {
        heading: 'Stopping',
        blocks: [
          'Are you no longer taking part? Tell your projectleider. If Schakel should erase your data too, type <code>vergeet-mij</code>. The privacy statement says what happens then.',
        ],
      },
      {
        heading: 'Open source',
        blocks: [
          'The code of Schakel is open source. Anyone may use and improve it under the EUPL 1.2 licence.',
        ],
      },
      {
        heading: 'Questions',
        blocks: [
          f.contactHtml
            ? `Questions about Schakel or about these agreements? Contact: ${f.contactHtml}.`
            : 'Questions about Schakel or about these agreements? Ask the projectleider of your region.',
        ],
      },
    ],
  }),
};
