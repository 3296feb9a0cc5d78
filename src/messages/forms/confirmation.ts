import type { FormId } from './model.ts';

/**
 * What a member reads after saving a form: on Teams it replaces the card, on Slack it is a
 * short message once the modal has closed.
 */
export function confirmationText(form: FormId, editableUntil?: string): string {
  const until = editableUntil ? ` Je kunt hem wijzigen tot ${editableUntil}.` : '';
  switch (form) {
    case 'checkin':
      return `Bedankt, je check-in is opgeslagen.${until}`;
    case 'checklist':
      return `Bedankt, de checklist is opgeslagen.${until}`;
    case 'progress':
      return `Bedankt, de voortgangscijfers zijn opgeslagen.${editableUntil ? ` Je kunt ze wijzigen tot ${editableUntil}.` : ''}`;
    case 'reeks':
      return 'De reeks is opgeslagen. De herinneringen volgen de nieuwe data.';
    case 'bijeenkomst':
      return 'De bijeenkomst is aangepast. De werkgroep krijgt de herinneringen volgens de nieuwe afspraak.';
    case 'samenvatting-tekst':
      return 'De tekst van het concept is aangepast. Publiceer het wanneer het klaar is.';
    case 'samenvatting-onderdelen':
      return 'Het concept is aangepast. Publiceer het wanneer het klaar is.';
    case 'werkgroep':
      return 'De werkgroep is aangemaakt.';
    case 'quick_input':
      return 'Genoteerd.';
  }
}
