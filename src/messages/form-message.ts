import { words } from './catalogue/words.ts';
import type { Form } from './forms/model.ts';
import type { Message } from './model.ts';

/** The message that opens `form`, saying to fill in it (by its title) where a platform shows text first. */
export const formMessage = (form: Form): Message => ({
  fallback: form.title,
  blocks: [{ type: 'text', text: words().answers.formFillIn(form.title) }],
  form,
});
