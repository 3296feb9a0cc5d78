import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

describe('findNameHealth', () => {
  it.each([
    ['Meneer Jansen is vorige week opgenomen met een psychose.', 'Meneer Jansen'],
    ['Mevr. De Vries gebruikt antipsychotica.', 'Mevr. De Vries'],
    ['mw. Bakker heeft een eetstoornis.', 'mw. Bakker'],
    ['Dhr. B. is vorig jaar suïcidaal geweest.', 'Dhr. B.'],
    ['De heer El Amrani heeft PTSS.', 'De heer El Amrani'],
    ['Sanne Visser heeft een burn-out.', 'Sanne Visser'],
    ['Lieke van der Meer is verslaafd aan alcohol.', 'Lieke van der Meer'],
    ['Youssef heeft schizofrenie.', 'Youssef'],
    ['Cliënt Pietersen heeft autisme.', 'Cliënt Pietersen'],
    ['Mw. J. Smit heeft borderline.', 'Mw. J. Smit'],
    ['Mevrouw Öztürk heeft een depressie.', 'Mevrouw Öztürk'],
    ['Jorien Wolters heeft een eetstoornis.', 'Jorien Wolters'],
    ['De heer Van den Berg heeft Korsakov.', 'De heer Van den Berg'],
    ['Mevrouw Bos (cliënt van Dimence) heeft een persoonlijkheidsstoornis.', 'Mevrouw Bos'],
    ['Sanne Visser, trajectbegeleider bij GGNet, heeft een burn-out.', 'Sanne Visser'],
    ['Na een psychose is meneer Jansen weer aan het werk.', 'meneer Jansen'],
    ['Meneer Jansen praat open over zijn depressie.', 'Meneer Jansen'],
    ['Sanne is sinds januari opgenomen op de PAAZ.', 'Sanne'],
    ["meneer Van 't Hof heeft schizofrenie.", "meneer Van 't Hof"],
    ['Hr. Jansen heeft een psychose.', 'Hr. Jansen'],
    ['dhr. jansen heeft een psychose.', 'dhr. jansen'],
    ['mevr. de vries slikt lithium.', 'mevr. de vries'],
    ['jan de boer heeft een psychose.', 'jan de boer'],
    ['marieke vos is weer opgenomen.', 'marieke vos'],
    ['JAN DE BOER heeft een bipolaire stoornis.', 'JAN DE BOER'],
    ['Mevrouw BAKKER is opgenomen in de kliniek.', 'Mevrouw BAKKER'],
    ['meneer jansen heeft een psychose.', 'meneer jansen'],
    ['mevr. K. heeft een angststoornis.', 'mevr. K.'],
    ['Anouk Smit: borderline, haar traject loopt goed.', 'Anouk Smit'],
    ['Dennis de Wit heeft een gameverslaving.', 'Dennis de Wit'],
    ['Linda Mulder heeft een hechtingsstoornis.', 'Linda Mulder'],
    ['Mevrouw Peters heeft hartproblemen.', 'Mevrouw Peters'],
    ['Meneer Visser heeft diabetes.', 'Meneer Visser'],
    ['Priya Ramdin heeft epilepsie.', 'Priya Ramdin'],
    ['Bas Hendriks heeft MS.', 'Bas Hendriks'],
    ['Karin Bos was hypomaan.', 'Karin Bos'],
    ['Noah de Jong heeft ASS.', 'Noah de Jong'],
    ['mr. Bakker heeft COPD en kan geen zwaar werk doen.', 'mr. Bakker'],
    ['Voor Mr. Ramdin is de diagnose OCD gesteld.', 'Mr. Ramdin'],
    ['Ahmed: gehoorbeperking, zoekt werk in de logistiek.', 'Ahmed'],
    ['Daan de Wit heeft slaapapneu.', 'Daan de Wit'],
    ['Mila heeft hoge bloeddruk.', 'Mila'],
    ['Gijs heeft een prikkelverwerkingsprobleem.', 'Gijs'],
    ['Ilse is blind.', 'Ilse'],
    ['fenna heeft diabetes.', 'fenna'],
    ['cliënt K. heeft ASS.', 'cliënt K.'],
    ['klant Bakker heeft een burn-out.', 'klant Bakker'],
    ['cliënt jansen heeft een alcoholverslaving.', 'cliënt jansen'],
    ['dhr K heeft schizofrenie.', 'dhr K'],
    ['JOYCE heeft adhd.', 'JOYCE'],
    ['Kees de Groot krijgt insuline.', 'Kees de Groot'],
    ['Mirela gebruikt lithium.', 'Mirela'],
    ['meneer El Idrissi is geopereerd aan zijn knie.', 'meneer El Idrissi'],
    ['Yusuf zit in een rolstoel.', 'Yusuf'],
    ['Fatima is terug na een opname van zes weken.', 'Fatima'],
    ['Samira is in behandeling bij de GGZ.', 'Samira'],
    ['Hr. Smit heeft hyperventilatie bij drukte.', 'Hr. Smit'],
    ['Erik is GGZ-patiënt.', 'Erik'],
    ['Xandra heeft sinds de zomer een depressie.', 'Xandra'],
    ['Bakker heeft een psychose gehad.', 'Bakker'],
    ['- Pietersen krijgt lithium.', 'Pietersen'],
    ['ilse van dam zit in de kliniek tot eind mei.', 'ilse van dam'],
    ['Meneer Bos is bekend bij de verslavingszorg.', 'Meneer Bos'],
    ['Dhr. Pranoto loopt bij een psycholoog.', 'Dhr. Pranoto'],
    ['Familie Yilmaz: vader heeft kanker.', 'Familie Yilmaz'],
    ['fam. Jansen: moeder is dementerend.', 'fam. Jansen'],
    ['Mevrouw A. Chaara heeft long-covid.', 'Mevrouw A. Chaara'],
    ['Sanne volgt gedragstherapie.', 'Sanne'],
    ['Meneer Jansen heeft het syndroom van Down.', 'Meneer Jansen'],
    ['Joyce heeft het Aspergersyndroom.', 'Joyce'],
    ['Dhr. Smit is psychisch kwetsbaar.', 'Dhr. Smit'],
    ['Kim de Vries heeft een GGZ-verleden.', 'Kim de Vries'],
    ['Bas gebruikt slaappillen.', 'Bas'],
    ['Gesprek gehad met Xandra, zij heeft een burn-out.', 'Xandra'],
    ['Afspraak met Mirjana over haar depressie.', 'Mirjana'],
    ['Bij Dragana is haar psychose terug.', 'Dragana'],
    ['Bespreken: Sevda, burnout, UWV wil re-integratie.', 'Sevda'],
    ['Anna-Lena heeft last van depressieve klachten.', 'Anna-Lena'],
    ['Update Lucas: psychose is voorbij, hij start weer.', 'Lucas'],
    ['Joyce: depressie is weer terug.', 'Joyce'],
    // Batch 24: a stay with a time between verb and place, a discharge, a clinic compound.
    ['Jansen zit sinds vorige week in de kliniek.', 'Jansen'],
    ['Marit van der Veen zit sinds maart in een kliniek.', 'Marit van der Veen'],
    ['Sanne Visser ligt al twee weken in het ziekenhuis.', 'Sanne Visser'],
    ['Cliënt Pietersen is uit de kliniek ontslagen.', 'Cliënt Pietersen'],
    ['Klant Nowak komt net uit de afkickkliniek.', 'Klant Nowak'],
    // Care words missing before: somatic conditions, long covid in one word, drinking as a problem.
    ['In het overleg bespraken we Kofi Mensah: hij heeft sikkelcelanemie.', 'Kofi Mensah'],
    ['Na zijn longcovid kan Stefan Bos niet voltijds werken.', 'Stefan Bos'],
    ['Mevrouw Smit heeft endometriose.', 'Mevrouw Smit'],
    ['Sanne is aan het revalideren na haar beenamputatie.', 'Sanne'],
    ['Jeroen slikt pijnstillers.', 'Jeroen'],
    ['dhr. Koster drinkt weer, werkgever maakt zich zorgen.', 'dhr. Koster'],
    ['Meneer Bakker dronk te veel en kwam niet opdagen.', 'Meneer Bakker'],
    // Name shapes: a genitive glued on, a first name in capitals in lower-case text, an unknown
    // given name with particles, a lower-case initial.
    ['Ahmeds depressie is weer teruggekomen.', 'Ahmeds'],
    ['Oplossing: voor JOHAN (depressie) is een proefplaats geregeld.', 'JOHAN'],
    ['Jouke de Jong uit Drachten heeft Parkinson.', 'Jouke de Jong'],
    ['Wubbo van der Meer heeft epilepsie.', 'Wubbo van der Meer'],
    ['klant tom b. heeft ms, rolstoel, werkplek moet aangepast.', 'klant tom b.'],
    ['fenna b. heeft diabetes.', 'fenna b.'],
    // Owners: a role inside brackets, "X en haar partner", a role before "dat hij", a case note
    // of care terms only after the sentence naming the person.
    ['Jeroen Kuipers (onze deelnemer, niet de collega!) is opgenomen met een psychose.', 'Jeroen Kuipers'],
    ['Joyce Verbeek en haar partner hebben allebei een verslaving.', 'Joyce Verbeek'],
    ['Oplossing voor Abdel: werkgever accepteert dat hij naar zijn EMDR-sessie gaat.', 'Abdel'],
    ['Hebben we een plek voor Fenna Bouma? LVB en angststoornis.', 'Fenna Bouma'],
    ['Klant Bakker: net ontslagen uit de kliniek.', 'Klant Bakker'],
    ['Cliënt Pietersen: werkt weer, de depressie is onder controle.', 'Cliënt Pietersen'],
    // Substance use (batch 25): a use verb before or after the substance, "aan de", a depot.
    ['Wouter gebruikt sinds de zomer weer wiet.', 'Wouter'],
    ['Gebruikt Anna Smit nog coke?', 'Anna Smit'],
    ['Volgens de buurman zit Dirk Smit weer aan de speed.', 'Dirk Smit'],
    ['Hij vertelde dat Chris elk weekend xtc slikt.', 'Chris'],
    ['Mo blowt voor het werk.', 'Mo'],
    ['Marco de Jong snuift af en toe.', 'Marco de Jong'],
    ['Fatima drinkt te veel sinds de verhuizing.', 'Fatima'],
    ['jorien krijgt elke maand een depot.', 'jorien'],
    // Courtesy titles abbreviated or misspelt (batch 25): "mnr", "menneer", "mr" without its full stop.
    ['mnr Visser heeft een depressie.', 'mnr Visser'],
    ['menneer Bakker heeft epilepsie.', 'menneer Bakker'],
    ['mr Nowak heeft een hernia.', 'mr Nowak'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it('follows "hij" or "zij" to the person named in the sentence before', () => {
    expect(foundOf('name_health', 'Meneer Jansen is gebeld. Hij is opgenomen.')).toEqual(['Meneer Jansen']);
    expect(foundOf('name_health', 'Meneer Jansen is gebeld. De werkgroep gaat over psychose.')).toEqual([]);
  });

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
    'mnr. Scholten, arbeidsdeskundige bij UWV, kent de richtlijn over depressie.',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
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
});
