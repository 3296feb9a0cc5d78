/** The ministry's six samenwerkingsniveaus (domain.md); half levels are allowed. */
export const LADDER: ReadonlyArray<{ readonly level: number; readonly text: string }> = [
  { level: 1, text: 'kennen elkaar nog niet, maar willen hier een eerste stap zetten' },
  { level: 2, text: 'hebben af en toe contact' },
  { level: 3, text: 'zijn begonnen om regulier met elkaar te overleggen' },
  { level: 4, text: 'werken, voortvloeiend uit regulier overleg, op operationeel niveau volop samen' },
  {
    level: 5,
    text: 'maken gezamenlijk beleid om de arbeidsparticipatie van uitkeringsgerechtigden met psychische aandoeningen te vergroten, en voeren dit beleid ook in geïntegreerde werkprocessen samen uit',
  },
  {
    level: 6,
    text: 'stellen daarbovenop kwantitatieve doelen voor arbeidsparticipatie en meten systematisch of die behaald worden',
  },
];

export function isLadderLevel(value: number): boolean {
  return value >= 1 && value <= 6 && Number.isInteger(value * 2);
}
