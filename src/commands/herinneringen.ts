import type { WerkgroepCommand } from './command.ts';

/** `herinneringen [instelling waarde]`: the werkgroep's reminder settings, shown or changed. */
export const herinneringen: WerkgroepCommand<'herinneringen'> = {
  where: 'werkgroep',
  action: 'werkgroep.manage',
  typed: {
    words: ['herinneringen'],
    parse(rest) {
      const name = 'herinneringen';
      if (!rest) return { name, setting: null };
      const m = rest.toLowerCase().match(/^(agenda|herinnering|uur|weekend|checkin) (\d+|ja|nee)$/);
      if (!m?.[1] || !m[2]) return null;
      const key = m[1];
      if (key === 'weekend' || key === 'checkin') {
        return m[2] === 'ja' || m[2] === 'nee' ? { name, setting: { key, value: m[2] === 'ja' } } : null;
      }
      const n = Number(m[2]);
      return Number.isInteger(n) && (key === 'agenda' || key === 'herinnering' || key === 'uur')
        ? { name, setting: { key, value: n } }
        : null;
    },
  },
  run: (command, { uses, member, prefix }, werkgroepId) =>
    uses.admin.reminderSettings(member, werkgroepId, command.setting, prefix),
};
