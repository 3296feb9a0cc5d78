import { words } from '../catalogue/words.ts';
import type { InputField } from './model.ts';
import { dutchNumber } from './numbers.ts';

/**
 * What a client that checks input itself (Teams) announces beside `field` when it is not right:
 * the field's own message, or one that says what the field takes. Every input has one, so a
 * screen reader always hears why the form was not sent.
 */
export function errorMessageOf(field: InputField): string {
  if (field.errorMessage) return field.errorMessage;
  const w = words();
  const number = (n: number) => (w.niveau.decimalComma ? dutchNumber(n) : String(n));
  switch (field.kind) {
    case 'choice':
      return w.fields.notInList;
    case 'multichoice':
      return w.fields.chooseFromList;
    case 'text':
      return field.format === 'url' ? w.forms.series.badUrl : w.fields.tooLong(field.maxLength);
    case 'number':
      return field.min !== undefined && field.max !== undefined
        ? w.fields.numberBetween(number(field.min), number(field.max))
        : w.fields.enterNumber;
    case 'date':
      return w.forms.dateMissing;
    case 'time':
      return w.forms.timeMissing;
  }
}
