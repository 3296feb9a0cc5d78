import { describe, expect, it } from 'vitest';
import { type FieldProblem, PrivacyRefusal } from '../../src/domain/errors.ts';
import { found, foundOf, testGuard } from './helpers.ts';

// Where findNameHealth finds nothing: general statements, organisations, foundations named after a person;
// and the names and care terms the options add. What it finds: name-health.test.ts.
describe('findNameHealth', () => {
  it.each([
    'Cliënten met een psychose vinden het lastig om werk te houden.',
    'Fenna van Dijk van Mediant neemt het actiepunt.',
    'De ziekte van Alzheimer en het syndroom van Asperger.',
    'Het Korsakov-team van Lentis doet mee.',
    'Sanne Visser vertelde dat cliënten met een depressie vaak uitvallen.',
    'Ahmed Benali heeft een training over autisme gevolgd.',
    'Mevrouw Y met een depressie heeft baat bij een vaste jobcoach.',
    'Sanne regelt een rolstoeltoegankelijke zaal.',
    'De aanvraag van Sanne is in behandeling bij het UWV.',
    'klant heeft een burn-out, re-integratie ligt stil.',
    'Onderzoek heeft aangetoond dat IPS werkt bij psychose.',
    'Herstel is mogelijk na een psychose.',
    'Armoede is een risicofactor voor depressie.',
    'Diagnose is vaak depressie.',
    'Begeleiding is lastig bij een psychose.',
    'Hanna werkt in de kliniek als verpleegkundige.',
    'Sanne is bekend bij het UWV als contactpersoon.',
    'Sanne heeft de prothesemaker gebeld.',
    'Sanne leidt het ggz-team.',
    'Sanne geeft voorlichting over drugsgebruik.',
    'Voor Deloitte heeft zij onderzoek gedaan naar burn-out.',
    'Met Humanitas over haar aanpak van depressie gesproken.',
    'Gesprek met de wethouder, zij wil meer doen voor mensen met ASS.',
    'Regio: Twente, depressie is hier hoog.',
    'Thema: Werk, depressie en schulden.',
    'Klantmanager Fenna is nu bekend bij de GGZ als contactpersoon.',
    'Sanne: autisme is over het algemeen goed te begeleiden.',
    'Sanne: depressie is minder vaak een reden voor uitval.',
    'Marieke loopt bij de GGZ stage als ervaringsdeskundige.',
    'Dr. Bakker, psychiater bij Dimence, gaf een presentatie over medicatie.',
    'Lotte Verbeek werkt in het psychoseteam van Mediant.',
    'Kees Hendriks werkt bij de afdeling verslavingszorg van Tactus.',
    'Onze projectleider is uitgevallen met een burn-out, Jeroen neemt waar.',
    'Sanne heeft contact opgenomen met de werkgever.',
    'Jeroen heeft het actiepunt opgenomen in het verslag.',
    'Marieke heeft vakantie opgenomen.',
    'Sanne stelt voor om bij een crisisopname de jobcoach te bellen.',
    'Lotte en Sanne bereiden de leerbijeenkomst over suïcidepreventie voor.',
    'Mevrouw Y met een depressie heeft baat bij een vaste jobcoach.',
    'Cliënt X (45) met een psychose zoekt werk.',
    'In Oost Gelre is een nieuwe verslavingskliniek geopend.',
    'Gemeente Doetinchem financiert een jobcoach voor mensen met autisme.',
    'Meneer Jansen zijn jobcoach heeft een burn-out.',
    'Wethouder De Boer wil meer aandacht voor inwoners met een burn-out.',
    'Fenna heeft het verslag over de fictieve cliënt met schizofrenie rondgestuurd.',
    'Sanne: depressie is de meest gestelde diagnose in onze trajecten.',
    'Jeroen heeft veel ervaring met autisme op de werkvloer.',
    'Mw. is opgenomen geweest, zegt de jobcoach.',
    'HR heeft een protocol voor medicatie op het werk.',
    'Een model voor GGZ, UWV en W&I. Hierin zijn de lijnen opgenomen van hoe de vraag binnenkomt.',
    'jan en piet komen ook naar de werkgroep over depressie.',
    'We gebruiken MS Teams voor het overleg, Sanne stuurt de link.',
    'Er was een vervoersprobleem, Jeroen kwam daardoor later.',
    'Sanne Visser werkt bij de afdeling verslavingszorg.',
    'Mevr. de voorzitter opende de leerbijeenkomst over autisme.',
    // Look-alikes of the batch 24 rules.
    'Sanne zit morgen in de kliniek voor een overleg.',
    'Jeroen zit sinds juni in de kliniek als verpleegkundige.',
    'Lotte zit sinds juni in de cliëntenraad van het ziekenhuis.',
    'De nieuwe collega Sanne komt uit het ziekenhuis in Deventer.',
    'Jeroen drinkt weer koffie met de werkgever.',
    'Sanne belt de trombosedienst.',
    'De gemeente opent een afkickcentrum.',
    'Sanne belt de revalidatiearts van het revalidatiecentrum.',
    'Jeroen zit nu in het ziekenhuis voor een overleg met de poli.',
    'Vanuit de Wmo krijgt hij begeleiding bij zijn depressie.',
    'Directeur van de Stichting heeft een burn-out.',
    'Ahmeds jobcoach heeft een burn-out.',
    'Jeroen (onze projectleider) geeft een training over depressie.',
    'Sanne en haar collega werken met mensen met autisme.',
    'Workshop met Sanne Visser. Autisme en ADHD.',
    'Met Jeroen gesproken. Depressie en angst zijn thema voor de werkgroep.',
    'Hoek van Holland heeft een nieuwe jobcoach.',
    'Deelnemer Jansen: ik vind dat depressie vaker besproken moet worden.',
    'Het webinar van LISA gaat over depressie.',
    'OPLOSSING: VOOR JOHAN (DEPRESSIE) IS ER EEN PLEK.',
    // Substances and use verbs in general talk, or without a verb of using.
    'Steeds meer jongeren gebruiken lachgas, zegt Sanne Visser.',
    'Sanne haalt de cannabisfolder op bij het depot.',
    'Anna drinkt te veel koffie.',
    'Kevin heeft speed dates georganiseerd voor werkgevers.',
    'MR Wet verplichte ggz is besproken in de werkgroep.',
    'Sanne zit in het FACT-team als jobcoach.',
    'Het FACT-team van GGNet doet mee aan de casusbespreking.',
    'Mevrouw Jansen, teamleider van het ACT-team, sluit vanaf april aan.',
    'Sanne zit in de werkgroep van het EPA-team.',
    'Sanne meldt een terugval in het aantal aanmeldingen.',
    'Sanne ging terug naar kantoor.',
    'Sanne Visser geeft een training over angst/paniek op het werk.',
    'Ruben had stress over de planning.',
    'ECT wordt hier weinig toegepast, zei de psychiater tegen Sanne.',
    'Sanne doet stage bij de GGZ.',
    'Sanne werkt bij de GGZ.',
    'Sanne stuurt de notulen, ect.',
    'Jeroen zit in de act van de musical.',
    'Anna zit in het GGZ-overleg.',
    'Sanne kreeg een depot vol dozen.',
    'Jeroen (stress) over de deadline.',
    'Anna gaat terug naar de kliniek voor een overleg.',
    'mnr. Scholten, arbeidsdeskundige bij UWV, kent de richtlijn over depressie.',
    // Look-alikes of the batch 26 words: a mood about work, sleeping on it, voices in a meeting.
    'Sanne is somber over de cijfers van dit kwartaal.',
    'Jeroen was verward door de nieuwe regels van het UWV.',
    'Sanne werkt met werkgevers in de hospitality.',
    'Jeroen is angstig voor de reactie van de wethouder.',
    'Jeroen is heel somber gestemd over de subsidie.',
    'Daar slaapt Jeroen niet wakker van.',
    'Sanne hoort graag de stemmen van de werkgevers.',
    'Volgens Sanne is de sector in crisis.',
    'Jeroen is aan het snijden in de begroting.',
    // Look-alikes of a sentence opening with "Haar"/"Zijn"/"Die", and of a name before a semicolon.
    'Met Jeroen gesproken. Zijn er nog vragen over depressie?',
    'Sanne stuurt de notulen. Die gaan over burn-out bij werkgevers.',
    'Met Jeroen gebeld. Haar team geeft een training over autisme.',
    'Voorzitter: Sanne; onderwerp: depressie op het werk.',
    'Agenda: Jeroen; psychose en werk; rondvraag.',
    'Jeroen slaapt er niet van.',
    'Sanne krijgt een mail van de psycholoog over de planning.',
    'Sanne, een nieuwe collega met veel ervaring in autisme, sluit aan.',
    'Jeroen praat over de cijfers en verslaving bij jongeren.',
    'Hanna slaapt slecht door de verbouwing naast het kantoor.',
    'Kees slaapt slecht van de deadline, haha.',
    'Ik sprak Marco, hij vindt dat we meer moeten doen aan burn-out preventie.',
    'Sanne zit in het autisme team van Dimence.',
    'Sanne zegt dat het project in de put zit.',
    'Jeroen heeft de opname van het webinar achter de hand.',
    'Sanne deelt de pillen-folder van de GGD uit.',
    'Sanne gebruikt weer de oude formulieren.',
    'Notulist: Jeroen; thema: burn-out en werk.',
    'Actie: Sanne; daarna bespreken we de cijfers over verslaving.',
    // Look-alikes of lower-case names in chat.
    'anne zegt dat de training over burn-out goed was',
    'lotte belt morgen, ze wil het hebben over autisme in het algemeen',
    'met eline gebeld, ze komt morgen. depressie is het thema van de leerbijeenkomst.',
    'a. het plan heeft een paragraaf over verslaving',
    'mark die datum even voor de werkgroep over depressie',
    'Sanne vraagt wie een training over depressie wil geven.',
    'Wie een psychose heeft gehad, vindt moeilijk werk, zegt Jeroen.',
    'ARMOEDE IS EEN RISICOFACTOR VOOR DEPRESSIE.',
    'HERSTEL IS MOGELIJK NA EEN PSYCHOSE.',
    'UWV IS IN BEHANDELING BIJ DE GGZ GEWEEST MET HET DOSSIER.',
    'ONDERZOEK HEEFT AANGETOOND DAT IPS WERKT BIJ PSYCHOSE.',
    'Een boy band speelt op de leerbijeenkomst over depressie.',
    'Anna neemt de opname van het webinar mee.',
    'Sanne heeft de crisisdienst van de gemeente gebeld over de planning.',
    // "last van" said of no person, or of a thing (batch 27).
    'De regio heeft last van angst voor nieuwe regels.',
    'Sanne heeft last van de verbouwing op de tweede verdieping.',
    'De werkgroep heeft last van somberheid over de bezuinigingen, zei Jeroen.',
    'Werkgevers hebben last van paniek op de arbeidsmarkt, zegt Sanne.',
    'Jeroen wordt doorverwezen naar de psycholoog als stagiair.',
    'Sanne stuurde de folder naar de verslavingszorg.',
    'We hebben vorig jaar 40 mensen doorverwezen naar de GGZ, zegt Sanne.',
    'Verslag: Jeroen zit in de werkgroep verslaving en werk.',
    'Sanne leidt de themamiddag autisme in mei.',
    // Field labels before no person (batch 27).
    'Naam: Training Depressie | Datum: 12 mei | Zaal: 3',
    'Naam: Gemeente Zutphen | Thema: autisme',
    'Naam werkgroep: Sanne; thema: verslaving',
    'Kolommen: Naam | Diagnose | Traject | Status',
    // Look-alikes of batch 28's rules: a waiting list for work, a request handled, a recording.
    'Karin staat op de wachtlijst voor beschut werk.',
    'De aanvraag van Gerrit is bij het UWV in behandeling.',
    'Harm heeft een opname van de bijeenkomst gemaakt.',
    'Pieter heeft de opname gehad van de webinar.',
    'Sanne plant de intake bij de GGZ in.',
    'Noor wacht al maanden op een reactie van de gemeente.',
    'jan willem wacht al een half jaar op een antwoord van de gemeente',
    // Questions opening with a question word and no person; a cooperative is no operation (batch 28).
    'Welk KvK-nummer heeft de coöperatie? ik heb 51234567 staan',
    'Wie heeft de notulen van 12 maart?',
    'Hoeveel deelnemers hebben een baan gevonden sinds januari?',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });

  it('checks a text that ends in a lower-case first name (it was refused as uncheckable)', () => {
    for (const text of ['depressie\njan', 'Thema: autisme. kees']) {
      expect(() => testGuard().check({ tekst: text }), text).not.toThrow();
    }
    // det-lower37: "ismail" in lower case counts as "Ismail" does: refused for the data, the field checked.
    expect(problemsOf('psychose en ismail')).toEqual([{ field: 'tekst', message: expect.any(String) }]);
    expect(foundOf('name_health', 'Volgende keer over angst en depressie, vraag maar aan jan')).toEqual([]);
  });

  it('does not read organisation names as people', () => {
    expect(found('Pro Persona en Vincent van Gogh hebben veel cliënten met een psychose.')).toEqual([]);
    expect(foundOf('name_health', 'Vincent van Gogh heeft een afdeling voor psychose.')).toEqual([]);
  });

  it('takes extra organisations from the options', () => {
    const text = 'Lotte Wolters heeft een depressie-aanpak ontwikkeld met medicatie.';
    expect(foundOf('name_health', text)).toEqual(['Lotte Wolters']);
    const guard = testGuard({ organisations: ['Lotte Wolters'] });
    expect(found(text, guard)).toEqual([]);
  });

  it('takes extra care terms from the options', () => {
    const text = 'Meneer Jansen doet mee aan het programma Herstelwerk.';
    expect(found(text)).toEqual([]);
    const guard = testGuard({ careTerms: ['Herstelwerk', 'hoort stemmen'] });
    expect(found(text, guard)).toEqual([['name_health', 'Meneer Jansen']]);
  });

  // Batch 39: a person's name after "Stichting", "Vereniging", "Fonds" is an organisation's name.
  it('does not read the name of a foundation named after a person as that person', () => {
    const text =
      'Stichting Anton Constandse en Stichting Kwintes zijn twee organisaties die beschermd wonen bieden';
    expect(found(text)).toEqual([]);
    expect(foundOf('name_health', 'Het Fonds Willem Bakker steunt onderzoek naar depressie')).toEqual([]);
    expect(foundOf('name_health', 'Anton Constandse heeft beschermd wonen nodig')).toEqual([
      'Anton Constandse',
    ]);
    expect(
      foundOf('name_health', 'De stichting Anton Constandse begeleidt Kees Bakker, die een psychose heeft'),
    ).toEqual(['Kees Bakker']);
  });
});

function problemsOf(text: string): readonly FieldProblem[] {
  try {
    testGuard().check({ tekst: text });
    return [];
  } catch (error) {
    if (error instanceof PrivacyRefusal) return error.problems;
    throw error;
  }
}
