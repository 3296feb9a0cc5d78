import { words } from '../catalogue/words.ts';
import type { FormId } from './model.ts';

/**
 * What a member reads after saving a form: on Teams it replaces the card, on Slack it is a
 * short message once the modal has closed.
 */
export function confirmationText(form: FormId, editableUntil?: string): string {
  const w = words().confirmation;
  const until = editableUntil ? w.editableUntil(editableUntil) : '';
  switch (form) {
    case 'checkin':
      return w.checkin(until);
    case 'checklist':
      return w.checklist(until);
    case 'progress':
      return w.progress(editableUntil ? w.editableUntilPlural(editableUntil) : '');
    case 'reeks':
      return w.reeks;
    case 'bijeenkomst':
      return w.bijeenkomst;
    case 'samenvatting-tekst':
      return w.samenvattingTekst;
    case 'samenvatting-onderdelen':
      return w.samenvattingOnderdelen;
    case 'werkgroep':
      return w.werkgroep;
    case 'quick_input':
    case 'klaar':
      return w.quickInput;
  }
}
