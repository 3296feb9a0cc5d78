// What the local chat's Dutch date and time fields share: an Adaptive Cards input drawn as one
// text field, read by `parse` ('' for nothing typed, null for text that is no value, undefined
// while it is still being read: a date is read by Schakel, dutch-date.js), written
// back as `format` shows it when the person leaves it, and checked against required, min and max
// with a problem in words for each (`problems(text)`: the words may depend on what was typed).

let count = 0;

/**
 * `Base` (AdaptiveCards' DateInput or TimeInput) with a typed text field. `problems()` gives
 * `{ none, beforeMin(min), afterMax(max) }`: the words for text that is no value and for a value
 * outside the bounds; nothing typed in a required field keeps the card's own error message.
 */
export const typedInput = (Base, { parse, format, problems }) =>
  class extends Base {
    /** The text field, named by the card's label and described by the element with `describedBy`'s id. */
    textField(className, placeholder, describedBy, onChange = () => {}) {
      const text = document.createElement('input');
      text.type = 'text';
      text.className = this.hostConfig.makeCssClassName('ac-input', 'ac-textInput', className);
      text.autocomplete = 'off';
      text.spellcheck = false;
      text.placeholder = placeholder ?? '';
      describedBy.id = `${className}-${++count}`;
      text.setAttribute('aria-describedby', describedBy.id);
      if (this.isRequired) text.setAttribute('aria-required', 'true');
      if (this.defaultValue) text.value = format(this.defaultValue);
      text.addEventListener('input', () => this.valueChanged());
      // Written back in its own form when the person leaves it: they see how it was read.
      text.addEventListener('change', () => {
        const value = parse(text.value);
        if (value) text.value = format(value);
        onChange();
        // A problem already shown is said again for what is there now, not for what was there
        // (once it is read).
        if (this._renderedErrorMessageElement && value !== undefined) this.validateValue();
      });
      this._text = text;
      return text;
    }

    /** The renderer names its own control by the label; here that is the text field. */
    updateInputControlAriaLabelledBy() {
      if (!this._text) return;
      const ids = this.getAllLabelIds();
      if (ids.length > 0) this._text.setAttribute('aria-labelledby', ids.join(' '));
      else this._text.removeAttribute('aria-labelledby');
    }

    focus() {
      this._text?.focus();
    }

    get typed() {
      return this._text ? parse(this._text.value) : '';
    }

    get value() {
      return this.typed || undefined;
    }

    isSet() {
      return Boolean(this.value);
    }

    isValid() {
      const value = this.typed;
      if (value == null) return false;
      if (value === '') return !this.isRequired;
      return !(this.min && value < this.min) && !(this.max && value > this.max);
    }

    /** The card's own words when nothing is filled in; otherwise what is wrong with this value. */
    validateValue() {
      this._missing ??= this.errorMessage;
      const value = this.typed;
      const say = problems(this._text?.value);
      this.errorMessage =
        value == null
          ? say.none
          : value && this.min && value < this.min
            ? say.beforeMin(this.min)
            : value && this.max && value > this.max
              ? say.afterMax(this.max)
              : this._missing;
      const ok = super.validateValue();
      this._text?.setAttribute('aria-invalid', String(!ok));
      return ok;
    }
  };
