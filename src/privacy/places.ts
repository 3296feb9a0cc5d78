import type { Token } from './tokens.ts';

/**
 * Dutch places (woonplaatsen): the larger towns and cities, every municipality seat we could name and
 * the usual short forms ("den bosch", chat's "a'dam" and "r'dam"). Source: written from knowledge of the CBS / BAG
 * woonplaatsenlijst (no network here); keep it in that spirit: a place where clients live, folded
 * (lower case, no diacritics) as tokens.ts folds words. Places whose name is an ordinary word
 * ("Echt", "Made", "Monster", "Winkel", "Enter") are left out: "2025 de echt" is no address.
 */
const ONE_WORD_PLACES = `
  's-gravenhage 's-hertogenbosch a'dam r'dam aalsmeer aalten abcoude achtkarspelen akersloot alblasserdam
  albrandswaard alkmaar almelo almere almere-buiten almere-stad alphen-chaam ameland amersfoort
  amstelveen amsterdam amsterdam-noord amsterdam-west amsterdam-zuidoost andijk apeldoorn appelscha
  appingedam arnhem assen assendelft asten axel baarle-nassau baarn badhoevedorp bakel barendrecht
  barneveld bedum beek beesel beilen bemmel bennekom bergeijk bergen bergschenhoek berkel-enschot
  berkelland best beuningen beverwijk bijlmer bilthoven bladel blaricum bleiswijk bloemendaal
  blokzijl bodegraven bolsward borculo borger borne borssele boskoop bourtange bovenkarspel boxmeer boxtel
  breda breskens breukelen brielle bronckhorst bruinisse brummen brunssum budel buitenpost bunnik
  bunschoten burgum bussum capelle castricum chaam charlois coevorden cranendonck cuijk culemborg
  dalfsen delden delfshaven delft delfzijl denekamp deurne deventer didam diemen diepenheim dieren
  diever dinkelland dirksland doesburg doetinchem dokkum domburg dongen doorwerth dordrecht drachten
  drechterland driehuis drimmelen dronten drunen druten duiven dwingeloo edam edam-volendam ede
  eelde eemnes eemsdelta eersel eibergen eijsden eindhoven elburg elst emmeloord emmen enkhuizen
  enschede epe ermelo etten-leur feijenoord franeker geertruidenberg geldermalsen geldrop
  geleen gemert genemuiden gennep geuzenveld giessenlanden giethoorn goeree-overflakkee goes goirle
  goor gorinchem gorredijk gorssel gouda grave groenlo groesbeek groningen grootebroek grootegast
  gulpen haaksbergen haaren haarlem haarlemmermeer halsteren hardenberg harderwijk
  hardinxveld-giessendam harlingen hasselt hattem havelte hazerswoude heelsum heemskerk
  heemstede heerde heerenveen heerhugowaard heerlen heeze heiloo heino helden hellendoorn
  hellevoetsluis helmond hendrik-ido-ambacht hengelo hertogenbosch heumen heusden hillegom
  hilvarenbeek hilversum hippolytushoef holten honselersdijk hoofddorp hoogerheide hoogeveen
  hoogezand hoogvliet hoorn houten huissen huizen hulst ijmuiden ijsselmonde ijsselstein joure
  julianadorp kaatsheuvel kampen kanaleneiland kapelle katwijk kerkrade klazienaveen klundert
  koggenland kollum koudekerk kralingen krimpen krommenie laarbeek landgraaf landsmeer langedijk
  lansingerland laren leende leerdam leeuwarden leiden leiderdorp leidschendam
  leidschendam-voorburg leidschenveen lekkerkerk lelystad lemmer leusden lichtenvoorde limmen
  lingewaard lisse lochem loenen lombok loosduinen lopik loppersum losser lunteren luyksgestel
  maarheeze maarssen maasbracht maassluis maastricht malden margraten markelo marum medemblik
  meerssen meierijstad meppel middelaar middelburg middelharnis midden-drenthe midden-groningen
  mierlo mijdrecht millingen moerdijk molenlanden monnickendam montferland montfoort mook
  musselkanaal naaldwijk naarden nederweert neede niedorp nieuw-amsterdam nieuw-buinen nieuw-vennep
  nieuwegein nieuwleusen nijkerk nijmegen nijverdal nissewaard noardeast-fryslan noordenveld
  noordoostpolder noordwijk noordwijkerhout nootdorp norg nuenen numansdorp nunspeet nuth obdam
  odoorn oegstgeest oirschot oisterwijk oldambt oldebroek oldenzaal ommen ommoord oostburg oosterbeek
  oosterhout oosterwolde ooststellingwerf oostvoorne oostzaan opmeer opsterland osdorp oss
  ossendrecht otterlo oud-beijerland ouddorp ouder-amstel ouderkerk overbetuwe overvecht panningen
  papendrecht paterswolde peize pekela pernis pijnacker pijnacker-nootdorp poeldijk poortugaal
  purmerend putten puttershoek raalte raamsdonksveer reimerswaal renkum reusel reuver rheden rhenen
  rhoon ridderkerk riel rijssen rijssen-holten rijswijk roden roermond roosendaal rosmalen rotterdam
  rozenburg rucphen ruinen s-heerenberg santpoort sappemeer sassenheim schagen scherpenzeel
  scheveningen schiebroek schiedam schiermonnikoog schijndel schouwen-duiveland simpelveld
  sint-maartensdijk sint-michielsgestel sittard sittard-geleen sliedrecht slochteren slotervaart
  sluis smallingerland smilde sneek soest someren spakenburg spijkenisse stadskanaal staphorst
  steenbergen steenwijk steenwijkerland stein sudwest-fryslan surhuisterveen terneuzen terschelling
  texel teylingen tholen tiel tilburg tubbergen twello twenterand tynaarlo tytsjerksteradiel ubbergen
  uden udenhout uitgeest uithoorn urk utrecht vaals vaassen valkenburg valkenswaard veendam
  veenendaal veere veghel veldhoven velp velsen venlo venray vianen vinkeveen vlaardingen vlagtwedde
  vleuten vlieland vlijmen vlissingen voerendaal volendam vollenhove voorburg voorhout voorschoten
  voorst vries vriezenveen vroomshoop vught waalre waalwijk waddinxveen wageningen wassenaar
  wateringen waterland weert weesp wekerom westerbork westerkwartier westerveld westervoort westland
  weststellingwerf wierden wieringerwerf wijchen winschoten winsum winterswijk woensdrecht
  woerden wolvega workum wormer wormerland wormerveer yerseke ypenburg zaandam zaandijk zaanstad
  zaltbommel zandvoort zeewolde zeist zevenaar zevenbergen zierikzee zoetermeer zoeterwoude
  zoeterwoude-rijndijk zuidhorn zuidlaren zuidwolde zundert zutphen zwanenburg zwartewaterland
  zwijndrecht zwolle
`;

/** Places of more than one word, comma-separated. */
const MULTI_WORD_PLACES = `
  alphen aan den rijn, anna paulowna, berg en dal, bergen op zoom, berkel en rodenrijs,
  broek op langedijk, capelle aan den ijssel, de bilt, de fryske marren, de meern, de ronde venen,
  de wolden, den bosch, den burg, den haag, den helder, dijk en waard, egmond aan zee,
  gilze en rijen, gooise meren, hoeksche waard, hof van twente, hollands kroon, horst aan de maas,
  koog aan de zaan, krimpen aan den ijssel, land van cuijk, leidsche rijn, loon op zand,
  nieuwe niedorp, nieuwe pekela, oost gelre, oude pekela, peel en maas, sas van gent, sint pancras,
  son en breugel, stede broec, stichtse vecht, ter apel, voorne aan zee, wijk aan zee,
  wijk bij duurstede
`;

const ONE_WORD: ReadonlySet<string> = new Set(ONE_WORD_PLACES.split(/\s+/).filter((w) => w !== ''));
const MULTI_WORD: ReadonlySet<string> = new Set(
  MULTI_WORD_PLACES.split(',')
    .map((p) => p.trim().split(/\s+/).join(' '))
    .filter((p) => p !== ''),
);
/**
 * Places whose name is also an ordinary word ("de huizen", "de dieren", "op best"): evidence after
 * "1234 ab", none after letters that are themselves a word ("1500 de huizen").
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  'dieren huizen putten helden ruinen kampen sluis best beek grave son goes elst bergen laren axel'.split(
    ' ',
  ),
);
/** The most words a place in MULTI_WORD_PLACES has ("capelle aan den ijssel"). */
const MAX_PLACE_WORDS = 4;

/**
 * Whether a known place starts at token k, in any case ("utrecht", "Den Bosch", "den bosch"), on the
 * same line; with `strict`, not a place whose name is an ordinary word ("huizen"). Looks at most
 * MAX_PLACE_WORDS tokens.
 */
export function isKnownPlaceAt(tokens: readonly Token[], k: number, strict = false): boolean {
  const first = tokens[k];
  if (first === undefined || first.type !== 'word' || first.lineBefore) return false;
  if (ONE_WORD.has(first.key)) return !strict || !ORDINARY_WORDS.has(first.key);
  let name = first.key;
  for (let j = k + 1; j < tokens.length && j < k + MAX_PLACE_WORDS; j++) {
    const token = tokens[j]!;
    if (token.type !== 'word' || token.lineBefore) return false;
    name += ` ${token.key}`;
    if (MULTI_WORD.has(name)) return true;
  }
  return false;
}

/**
 * Whether a known place ends at token `last` ("heerlen 6411 gk", "Den Haag (2514 ab)"), on one line;
 * with `strict`, not a place whose name is an ordinary word. Looks at most MAX_PLACE_WORDS tokens back.
 */
export function isKnownPlaceEndingAt(tokens: readonly Token[], last: number, strict = false): boolean {
  const final = tokens[last];
  if (final === undefined || final.type !== 'word') return false;
  if (ONE_WORD.has(final.key)) return !strict || !ORDINARY_WORDS.has(final.key);
  let name = final.key;
  for (let j = last - 1; j >= 0 && j > last - MAX_PLACE_WORDS; j--) {
    const token = tokens[j]!;
    if (token.type !== 'word' || tokens[j + 1]!.lineBefore) return false;
    name = `${token.key} ${name}`;
    if (MULTI_WORD.has(name)) return true;
  }
  return false;
}

/** Whether a folded one-word name is a known place that is no ordinary word ("utrecht" in "AB-Utrecht"). */
export function isKnownPlaceKey(key: string): boolean {
  return ONE_WORD.has(key) && !ORDINARY_WORDS.has(key);
}

/** Whether a folded one-word name is a known place, also one that is an ordinary word ("goes.nl"). */
export function isAnyPlaceKey(key: string): boolean {
  return ONE_WORD.has(key);
}
