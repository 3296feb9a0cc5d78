// Schakel lokaal: a file Schakel sends. Teams first asks the member (consent), then shows the
// file (info); here there is no OneDrive, the file is downloaded from the page.
export const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

/** Draws a file's card; `state`, `api`, `busy` and `warn` are the page's own (chat.js). */
export function fileOffers({ state, api, busy, warn }) {
  /** A file Schakel offers (allow or decline, as Teams asks) or has shared (a link to download it). */
  return function renderFile(activity, f) {
    const box = document.createElement('div');
    box.className = 'bestand';
    const name = document.createElement(f.contentType === FILE_INFO ? 'a' : 'strong');
    name.textContent = f.name ?? state.spoken().bestand;
    name.dataset.soort = state.spoken().bestand;
    if (f.contentType === FILE_INFO) {
      name.href = f.contentUrl;
      name.download = f.name ?? '';
      box.append(name);
      return box;
    }
    const about = document.createElement('p');
    const kb = Math.max(1, Math.round((f.content?.sizeInBytes ?? 0) / 1024));
    about.textContent = `${f.content?.description ?? ''} (${kb} kB). ${state.spoken().bestandAanbod}`;
    const buttons = document.createElement('div');
    buttons.className = 'knoppen';
    for (const [label, allow] of [
      [state.spoken().toestaan, true],
      [state.spoken().weigeren, false],
    ]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = allow ? 'bestand-knop toestaan' : 'bestand-knop';
      b.textContent = label;
      b.addEventListener('click', async () => {
        busy(1);
        try {
          const out = await api('/api/bestand', {
            rol: state.role.key,
            gesprek: state.conversation.id,
            activiteit: activity.id,
            toestaan: allow,
          });
          warn(out.fout);
        } finally {
          busy(-1);
        }
      });
      buttons.append(b);
    }
    box.append(name, about, buttons);
    return box;
  };
}
