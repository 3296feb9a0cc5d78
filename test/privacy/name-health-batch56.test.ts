import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// The classes of batch 56's misses and flagged clean lines (6 December 2026, Groningen and Zuid-Holland
// Zuid), in other words than the corpus's: a clinical note, a formal letter, regional first names, care
// said in plain verbs; and a name whose aside says where the person works, giving a workshop.
describe('name_health: batch 56 classes', () => {
  it.each([
    ['pt. R. Zwiers: stemming bedrukt, affect vlak.', 'pt. R. Zwiers'],
    ['Pt. De Haan, 58j, beginnende dementie?', 'Pt. De Haan'],
    ['Gezien: Jurjen. Matige depressie met psychotische kenmerken.', 'Jurjen'],
    ['Gezien: mw. Boer. Quetiapine 50 mg gecontinueerd.', 'mw. Boer'],
    ['Dhr. Kuipers: Gilles de la Tourette, tics nemen toe', 'Dhr. Kuipers'],
    ['Geachte heer Oosting, wij hebben vernomen dat u bent opgenomen.', 'Geachte heer Oosting'],
    ['Ik maak me zorgen om Hilje, ze is weer opgenomen', 'Hilje'],
    ['Tinus is opnieuw gaan drinken sinds de scheiding', 'Tinus'],
    ['Jelle zit in week 3 van de opname', 'Jelle'],
    ['H. Tammes: wachtlijst voor ambulante verslavingszorg', 'H. Tammes'],
    ['Even over Klaas (drank + schulden), de bewindvoerder belt', 'Klaas'],
    ['iris Smit belde, ze is weer opgenomen', 'iris Smit'],
    ['Gerda: plaatsing loopt. Zorg: bij Accare voor een eetstoornis.', 'Gerda'],
    ['Uit het dossier: naam Hoekstra, leeftijd 52, diagnose schizofrenie', 'Hoekstra'],
    ['M.v.d.K.: psychose in remissie, depot gecontinueerd', 'M.v.d.K.'],
    ['Sterkte voor Tamme. Ik hoop dat hij snel uit het ziekenhuis is.', 'Tamme'],
    ['Ik weet dat Geke na de opname weer thuis is', 'Geke'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Geachte heer Oosting, hierbij de uitnodiging voor de themamiddag over depressie.',
    'Gezien: de begroting. Ernstige zorgen over de tekorten.',
    'De stemming in de raad was somber na de stemming.',
    'We gaan na afloop nog wat drinken, Tinus ook.',
    'Femke (GGZ Drenthe, dagbehandeling) geeft in maart een training over herstel',
    'Bert (apotheker) geeft uitleg over lithium en werk',
    'Klaas (preventiewerker alcohol en drugs) sluit aan',
    'Borrel: Klaas (geen alcohol) komt ook',
    'iris Smit belde over het rooster',
    'Plaatsing Gerda: loopt. Zorg: geen bijzonderheden.',
    'Nieuwe groep, naam Veerkracht, voor mensen met een depressie',
    'N.B.: een psychose is geen reden om af te wijzen',
    'A.B.: bij onze klanten komt depressie veel voor',
    'Ik hoorde dat Geke in de kliniek werkt',
    'Ik hoop dat het rapport snel uit de drukker is, zegt Tamme.',
  ])('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("keeps a bracketed care service the person's own when no task for others follows", () => {
    expect(foundOf('name_health', 'Femke (dagbehandeling Lentis) gaat weer naar haar werk')).toEqual([
      'Femke',
    ]);
  });

  it("passes a notice's general number and a sign-up mailbox named by its topic", () => {
    expect(found('De bijeenkomst gaat niet door. Info: 050-3678000.')).toEqual([]);
    expect(found('Mailbox voor aanmeldingen jobcoaching: jobcoaching@werkplein.nl')).toEqual([]);
    expect(foundOf('phone', 'Info: bel zijn moeder op 050-3678000')).toHaveLength(1);
  });
});
