// Schakel lokaal: who is played and which conversation is open, kept in the page's address
// (#rol=…&gesprek=…), as Slack and Teams on the web keep theirs: each conversation the person
// opens is a step in the browser's history, so Back and Forward move between conversations within
// the page (not out of it), and a reload shows the same one. Nothing leaves this machine.

/** What the address names: `rol` (a person's key) and `gesprek` (a conversation's id), or null. */
export function readAddress() {
  const q = new URLSearchParams(location.hash.slice(1));
  return { rol: q.get('rol'), gesprek: q.get('gesprek') };
}

/**
 * Puts `role` and `conversation` in the address: `step` true for a conversation the person chose
 * (a new history entry), false to note what is shown without one (the first view).
 */
export function keepAddress(role, conversation, step) {
  const hash = `#${new URLSearchParams({ rol: role.key, gesprek: conversation.id })}`;
  if (location.hash === hash) return;
  if (step) history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

/**
 * The person and conversation the address names, among `roles` (each with its `gesprekken`):
 * unknown or missing ones give the first person, and their first conversation (their own chat).
 */
export function addressed(roles) {
  const { rol, gesprek } = readAddress();
  const role = roles.find((r) => r.key === rol) ?? roles[0];
  const conversation = role.gesprekken.find((c) => c.id === gesprek) ?? role.gesprekken[0];
  return { role, conversation };
}
