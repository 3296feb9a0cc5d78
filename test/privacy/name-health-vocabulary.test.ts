import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Care vocabulary the lists lacked (issue 14, care-vocabulary): medicines, diagnoses, care forms and
// everyday ways of saying a mental state, each said of a named client, and for each field a look-alike
// that must stay clean (a topic, a service, a workplace, an ordinary word of the same shape).
const namedCases = (lines: readonly (readonly [string, string])[]) =>
  it.each(lines)('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });
const cleanCases = (lines: readonly string[]) =>
  it.each(lines)('leaves "%s" clean', (text) => {
    expect(found(text)).toEqual([]);
  });

describe('care vocabulary: psychiatric medication', () => {
  namedCases([
    ['Mevrouw Kramer is overgestapt op Tolvon', 'Mevrouw Kramer'],
    ['dhr. Wouters krijgt sinds maart Zypadhera elke vier weken', 'dhr. Wouters'],
    ['Lotte slikt nu Trileptal, twee keer per dag', 'Lotte'],
    ['Meneer Özdemir neemt Lexotanil als hij gespannen is', 'Meneer Özdemir'],
    ['Bram heeft zijn Kinecteen vergeten en kan zich niet focussen', 'Bram'],
    ['Mevrouw Vos haalt haar Buvidal-injectie op bij de poli', 'Mevrouw Vos'],
    ['dhr. Claes krijgt zijn Clopixol weer om de twee weken', 'dhr. Claes'],
    ['Femke slikt Circadin om in slaap te komen', 'Femke'],
    ['Mevrouw Martens kreeg iets voorgeschreven van de huisarts tegen het piekeren', 'Mevrouw Martens'],
    ['Hamza belde: zijn dosering is weer omlaag', 'Hamza'],
    ['Mevrouw Peters komt samen met haar ambulant begeleider', 'Mevrouw Peters'],
  ]);
  cleanCases([
    'De apotheek in Zutphen is op zaterdag gesloten',
    'Mevrouw Kramer belt over de tolvrije route naar Duitsland',
    'dhr. Wouters stuurt de presentatie over medicatie en werk',
    'De dosering van de uren voor de jobcoach ligt bij de gemeente',
    'Mevrouw Peters is ambulant begeleider bij Kwintes en komt naar de werkgroep',
  ]);
});

describe('care vocabulary: medication that reveals a somatic condition', () => {
  namedCases([
    ['Sanne moet om 12 uur haar NovoRapid spuiten, dus lunch eerder', 'Sanne'],
    ['meneer Bakker heeft zijn puffer thuis laten liggen', 'meneer Bakker'],
    ['Mevrouw De Wit is van de Pradaxa af en gebruikt nu Lixiana', 'Mevrouw De Wit'],
    ['Joost krijgt nog drie kuren paclitaxel', 'Joost'],
    ['dhr. Peeters slikt Sinemet, hij beeft minder', 'dhr. Peeters'],
  ]);
  cleanCases([
    'Hij zette een pufferjas op de lijst met kleding voor de werkplek',
    'De leverancier van de koffieautomaat heeft een nieuwe puffer geleverd',
  ]);
});

describe('care vocabulary: diagnoses and conditions', () => {
  namedCases([
    ['Mevrouw Hendriks heeft de diagnose derealisatie gekregen', 'Mevrouw Hendriks'],
    ['Thijs heeft een morfodysfore stoornis en wil niet op de foto', 'Thijs'],
    ['meneer Dijkstra heeft een stoornis, zegt zijn begeleider', 'meneer Dijkstra'],
    ['Noor is bekend met kleptomanie', 'Noor'],
    ['Mevrouw Said heeft hypertensie en nierstenen', 'Mevrouw Said'],
    ['dhr. Verbeek heeft cerebrale parese en loopt met krukken', 'dhr. Verbeek'],
    ['Iris heeft osteoporose en mag niet tillen', 'Iris'],
    ['Mevrouw Kok heeft sinds januari een glioom', 'Mevrouw Kok'],
  ]);
  cleanCases([
    'Er is een storing in het rooster van de werkgroep',
    'De verkeersdrukte bij de Stentstraat blijft een probleem',
    'We bespreken de hypotheek van het pand in het volgende overleg',
  ]);
});

describe('care vocabulary: abbreviations in capitals and misspellings', () => {
  namedCases([
    ['Karim heeft BPS en werkt het best met vaste afspraken', 'Karim'],
    ['Mevrouw Lammers heeft cPTSS na haar jeugd', 'Mevrouw Lammers'],
    ['Daan heeft een pyschose gehad in de zomer', 'Daan'],
    ['meneer Smit is een alcholist, zegt zijn zus', 'meneer Smit'],
    ['Esther heeft een angstoornis en komt niet naar de groep', 'Esther'],
  ]);
  cleanCases([
    'We gebruiken de bps-cijfers van het CBS voor de regio',
    'Wie heeft de odd-even planning voor de diensten gemaakt?',
  ]);
});

describe('care vocabulary: treatments and care forms', () => {
  namedCases([
    ['Mevrouw Post valt onder de Wzd en woont op een gesloten groep', 'Mevrouw Post'],
    ['dhr. Mulder is vorige week in bewaring gesteld', 'dhr. Mulder'],
    ['Ruben heeft een voorwaardelijke machtiging tot juni', 'Ruben'],
    ['Mevrouw Yilmaz heeft een dwangopname gehad in 2022', 'Mevrouw Yilmaz'],
    ['Sem krijgt ambulante begeleiding, twee keer per week', 'Sem'],
    ['Mevrouw Bos heeft PMT op dinsdagochtend', 'Mevrouw Bos'],
    ['Tim moet twee keer per week urinecontroles inleveren', 'Tim'],
    ['dhr. Schouten heeft een HIC-opname achter de rug', 'dhr. Schouten'],
    ['Anouk heeft haar signaleringsplan meegenomen naar het gesprek', 'Anouk'],
    ['meneer Jacobs heeft een neuropsychologisch onderzoek gehad', 'meneer Jacobs'],
    ['Mevrouw Koster is in remissie en wil weer beginnen', 'Mevrouw Koster'],
    ['dhr. Smeets zat gisteren twee uur in de comfortroom', 'dhr. Smeets'],
    ['Mevrouw Janssens is bij de geheugenpoli geweest met haar zoon', 'Mevrouw Janssens'],
  ]);
  cleanCases([
    'De Wzd-training voor het team is verplaatst naar donderdag',
    'Het team ambulante begeleiding van Lentis schuift aan bij het overleg',
    'Sanne geeft een workshop over verplichte zorg onder de Wvggz',
    'Het signaleringsplan is een onderwerp voor de themamiddag',
    'De geluidsopname van de bijeenkomst staat op Teams',
  ]);
});

describe('care vocabulary: everyday ways of saying a mental state', () => {
  namedCases([
    ['Mevrouw Visser ziet het niet meer zitten, ze belde huilend', 'Mevrouw Visser'],
    ['Ahmed is ingestort na het ontslag van zijn vrouw', 'Ahmed'],
    ['meneer Prins heeft het zwaar met zichzelf de laatste weken', 'meneer Prins'],
    ['Laura is helemaal de weg kwijt sinds de verhuizing', 'Laura'],
    ['Mevrouw Aydin zit helemaal in de put', 'Mevrouw Aydin'],
    ['Jesse zit er totaal doorheen en komt deze week niet', 'Jesse'],
    ['dhr. Maas zit in een dip, hij reageert nergens op', 'dhr. Maas'],
    ['Mevrouw Brouwer is psychisch instabiel volgens haar moeder', 'Mevrouw Brouwer'],
    ['Kevin heeft doodsgedachten gehad, zei hij', 'Kevin'],
    ['Mevrouw Hoekstra loopt op haar tandvlees sinds de scheiding', 'Mevrouw Hoekstra'],
    ['Lisa is afgelopen vrijdag weer bij de psych geweest', 'Lisa'],
    ['Mevrouw Lambers is flauwgevallen in de kantine', 'Mevrouw Lambers'],
    ['Marco is er na de dood van zijn vader eronderdoor gegaan', 'Marco'],
    ['Mevrouw Haddou verwaarloost zichzelf, de buren maken zich zorgen', 'Mevrouw Haddou'],
    ['Ricardo heeft achtervolgingswaan en vertrouwt zijn collega niet', 'Ricardo'],
    ['dhr. Lemmens is een probleemdrinker, zegt zijn vrouw', 'dhr. Lemmens'],
    ['Quinten had a mental breakdown last month, he told me', 'Quinten'],
    ['Mevrouw Meijer is vanochtend weggelopen uit de kliniek', 'Mevrouw Meijer'],
    ['Hugo heeft het psychisch moeilijk sinds de zomer', 'Hugo'],
    ['Mevrouw Bouzid was gisteren erg geagiteerd en gedesoriënteerd', 'Mevrouw Bouzid'],
    ['Mevrouw Kaya is in therapy again since March', 'Mevrouw Kaya'],
  ]);
  cleanCases([
    'Het dak van de loods is ingestort na de storm',
    'De aanmeldingen zitten in een dip na de zomer',
    'De chauffeur was de weg kwijt en kwam een uur te laat',
    'We zien het niet zitten om de vergadering te verplaatsen',
    'Het plan zit er doorheen, de begroting is rond',
    'Tom zit er doorheen met het rooster, haha',
    'Sanne zit in een dip met haar omzet deze maand',
    'Joost is de weg kwijt in het nieuwe gebouw',
    'Fatima ziet het niet meer zitten met die aanbesteding',
    'Het team van Sanne loopt op zijn tandvlees',
    'Sanne is niet aanspreekbaar op de planning, dat doet Joost',
    'Sanne vindt de baan in de thuiszorg emotioneel zwaar',
  ]);
});

describe('care vocabulary: somatic care, aids and examinations', () => {
  namedCases([
    ['Mevrouw Dekker heeft een port-a-cath gekregen voor de kuren', 'Mevrouw Dekker'],
    ['Milan ligt sinds zondag in coma', 'Milan'],
    ['dhr. Hermans rijdt sinds de zomer in een scootmobiel', 'dhr. Hermans'],
    ['Mevrouw Rutten heeft volgende week een MRI-scan van haar hoofd', 'Mevrouw Rutten'],
    ['Ilse zit tot half mei in het gips', 'Ilse'],
    ['meneer Kuipers is incontinent geworden, hij schaamt zich', 'meneer Kuipers'],
  ]);
  cleanCases([
    'De reanimatiecursus voor het team is op 12 mei',
    'Er staat een looprekje voor de jas bij de ingang',
    'De komma in het verslag staat verkeerd',
  ]);
});

describe('care vocabulary: GGZ jargon and slang', () => {
  namedCases([
    ['Mevrouw Jonker heeft een dubbele diagnose, zegt haar begeleider', 'Mevrouw Jonker'],
    ['Rick heeft cluster B problematiek volgens de psychiater', 'Rick'],
    ['dhr. Willems slikt pammetjes als hij niet kan slapen', 'dhr. Willems'],
    ['Mevrouw Bulut heeft last van straatvrees', 'Mevrouw Bulut'],
    ['Yara heeft veel bijwerkingen van de nieuwe pillen', 'Yara'],
    ['Mevrouw Gerritsen krijgt haar prik elke vier weken op de poli', 'Mevrouw Gerritsen'],
    ['Daniel komt niet meer uit bed sinds hij ontslagen is', 'Daniel'],
  ]);
  cleanCases([
    'Het cluster van gemeenten in de regio schuift aan bij het overleg',
    'De bijwerkingen van de nieuwe regeling voor werkgevers zijn nog onduidelijk',
    'Sanne wees op de bijwerkingen van de nieuwe regels voor werkgevers',
    'Peter zegt dat de planning labiel is na de reorganisatie',
    'We doen een klinische les over werk en herstel voor het team',
  ]);
});

describe('care vocabulary: care episodes, providers and forensic care', () => {
  namedCases([
    ['Mevrouw Sedney is vannacht naar de spoedeisende hulp gebracht', 'Mevrouw Sedney'],
    ['Bas woont sinds kort in een beschermde woning in Deventer', 'Bas'],
    ['dhr. Wijnands is in behandeling bij Fivoor', 'dhr. Wijnands'],
    ['Mevrouw Tahiri heeft een tijd in de psychiatrie gezeten', 'Mevrouw Tahiri'],
    ['Jordy heeft vorig jaar tbs gekregen', 'Jordy'],
    ['Mevrouw Vermeulen is in zorg bij het wijkteam en de huisarts', 'Mevrouw Vermeulen'],
    ['Stefan had weer een positieve urinetest, zegt zijn begeleider', 'Stefan'],
  ]);
  cleanCases([
    'De cursus eerste hulp voor het team is volgende week',
    'Fivoor zoekt een nieuwe collega voor de afdeling financiën',
    'We delen de kosten van de ambulance voor het evenement niet',
  ]);
});

describe('care vocabulary: compounds, complaints and misspelt medicines', () => {
  namedCases([
    ['Mevrouw Roos heeft spierreuma en kan niet lang staan', 'Mevrouw Roos'],
    ['dhr. Pauwels is gevallen en heeft een heupfractuur', 'dhr. Pauwels'],
    ['Nina heeft al maanden pijnklachten in haar schouders', 'Nina'],
    ['Mevrouw Ruiz slikt nog steeds oxazapam', 'Mevrouw Ruiz'],
    ['Wessel krijgt metadon van de poli', 'Wessel'],
    ['meneer Arslan is bedlegerig sinds de val', 'meneer Arslan'],
    ['Mevrouw Çelik heeft slaapapnoe en slaapt met een kapje', 'Mevrouw Çelik'],
    ['dhr. Hoogland heeft Korsakoff, zegt zijn dochter', 'dhr. Hoogland'],
    ['Melissa zit thuis met overspanning', 'Melissa'],
  ]);
  cleanCases([
    'Op de koelkastmagneet staat het nummer van de werkgroep',
    'Ik sta in een verkeersinfarct bij Arnhem, ben later',
    'Het gehandicaptenvervoer rijdt niet op de feestdagen',
  ]);
});
