import { wordSet } from './word-sets.ts';

/**
 * Held-out 25 (Friesland) added Frisian names the list lacked ("Gosse", "Siebren", "Hessel", "Rixt").
 * Held-out 21 added the Akan day names (Ghana: "Akosua", "Kwaku", "Adwoa"; "Kofi", "Kwame", "Ama" were
 * known) and more Eritrean and Ethiopian names; the short ones ("Yaw", "Yaa", "Esi") are left out as
 * abbreviations. Batch 53 (Drenthe, Groningen) added the regional names it wrote ("Harmke", "Roelie",
 * "Hielke", "Marchien", "Gonnie", "Wubbo", "Roelof") and "Mariëlle". Held-out 36 (det-36) added English-styled
 * names of the generations born 1965-2000 the list lacked ("Peggy", "Joey", "Ronny", "Stacey", "Jerry").
 * Batch 56 (det-56; Groningen) added more of Groningen and Drenthe ("Reinder", "Albertha", "Kobus", "Hilje").
 * Held-out 43 (det-43) added French spellings the list lacked beside its "Corine", "Corina" ("Corinne",
 * "Jeannette", "Antoinette") and the Drents "Sientje". Batch 59 (det-59) added "Tes" beside "Tess". Batch 61
 * (det-61; Zeeland, West-Brabant) added the Zeeland names it wrote ("Rien", "Marinus", "Marien", "Adri") and
 * "Willy", "Johnny". Batch 60 (det-60; Limburg) added Limburg's names the list
 * lacked ("Sjra", "Sjeng", "Wiel", "Thei", "Marjo"); its short ones that are words or abbreviations ("Hub",
 * "Ger", "Jo", "Lei", "Har", "Math") are left out like "Jo" above. Batch 63 (det-nh; Gooi en Vechtstreek,
 * Foodvalley) added "Wendela" and a few names of the Veluwe's villages ("Jantien", "Evertje", "Geurt").
 * Batch 67 (det-names67) wrote people of every origin found in Dutch regions, and the person finder lost
 * those whose first name the list lacked ("aan Marisa.", "Savchuk junior (Bohdan)", "Tifawt heeft ..."): the
 * last block adds common given names of those origins (Amazigh, Turkish, Hindustani and Javanese Surinamese,
 * Antillean, Cape Verdean, Polish, Bulgarian, Romanian, Ukrainian, Syrian, Eritrean, Somali, Afghan and
 * Iranian, Chinese and Vietnamese, Frisian), not only the batch's; left out: the short ones and those that are
 * words or places ("Sri", "Rui", "Duc", "Saba", "Rama", "Lama", "Riek", "Ate"). The breadth pass of stop 36
 * (det-namesbreadth36) probed some 1,700 given names of every origin written in the Netherlands today in three
 * person sentences and added the 500-odd that no list knew (its last block: older Dutch and Frisian forms
 * "Hinke", "Jopie", "Lieuwe"; Moroccan "Larbi", "Touria"; Hindustani "Kishan", Creole "Winston", Antillean
 * "Churandy"; Indonesian and Moluccan "Wempi", "Dominggus"; Polish, Romanian, Bulgarian, Ukrainian; Syrian,
 * Iraqi, Afghan, Iranian; Eritrean, Ethiopian, Somali; Ghanaian and Nigerian; Chinese pinyin and Vietnamese;
 * Indian; Brazilian). Left out as Dutch words, abbreviations or places: "Jo", "Ad", "Co", "Dan", "Ton",
 * "Leen", "Dien", "Beer", "Pier", "Kader", "Roman", "Helder", "Helen", "Eden", "Tien", "Long", "Hang", "Nam",
 * "Son", "Hai", "Lan", "Wei", "Lei", "Jun", "Sham", "Jihad", "Salem", "Bethlehem", "Comfort", "Patience".
 * Stop 40 (det-names40) added given names held by people in Dutch caseloads that no list knew, written by hand
 * per origin and probed one by one (Eritrean "Tewelde", "Kisanet"; Somali "Faadumo", "Ugbaad"; Afghan
 * "Mirwais", "Palwasha"; Syrian "Bassel", "Obada"; Turkish "Cigdem", "Nihat"; Hindustani "Soenil", "Kamla";
 * Creole and Antillean "Shurwin", "Jurwin", "Jandino"; Polish "Wojtek", "Przemek"; Cape Verdean "Edmilson",
 * "Odair"; Frisian "Taeke", "Tietsje"; old Dutch "Gradus", "Marretje", "Willemijntje"; short forms
 * "Sjaakie", "Dirkie", "Fleurtje"). Left out as words or abbreviations: "Rim", "Bile", "Mala", "Yama", "Germ",
 * "Haring", "Trees", "Ger", "Jac", "Math", "Bets", "Aster", "Dre", "Ap", "Earl", "Milton".
 *
 * Common first names in the Netherlands (Dutch, Frisian, Moroccan, Turkish, Surinamese, Antillean,
 * Polish, Romanian, Bulgarian, Ukrainian, Syrian, Afghan, Eritrean, Somali and other origins), folded. A capitalised one of these marks a person ("Sanne heeft ...",
 * "Sanne Visser"). Left out on purpose: names that are also everyday words at the start of a
 * sentence or in abbreviations (Ben, Wil, Mei, May, Max, Can, Ad, Jo, Ed, Al). "Bo" is in since batch
 * 44-names ("Bo is na een overdosis ..."), in lower case only before a particle (person-name-words.ts).
 */
export const FIRST_NAMES = wordSet(`
  aad aaltje aart abdel abdelaziz abdelhak abdelkader abdellah abderrahim abdul abe abena achraf adam adil
  adriaan adriana adrie agnes agnieszka ahmad ahmed ahmet aicha aisha alex alexander alexandra aleyna ali
  alice alicia ama amal amani amber amin amina amira amy anand anas andre andrea andreas andrzej angela angelique
  anil anita anja anjali anke ann anna anne anneke annelies annemarie annemiek annet annette annie anouar
  anouk ans antoine anton arend arie arjan arjen arnold aron asha ashley ashwin astrid ayla aylin ayoub ayse
  aysel aziz badr barbara baris bart bas bastiaan baukje bea beatrix beau benjamin bente berkay bernard bert
  bianca bilal bjorn boaz bob boris bouchra brahim bram bregje brenda brian britt bryan burak burcu busra cansu
  carla carlijn carlos carmen carolien caroline cas casper cathy cees cem chantal charlotte chloe chris
  christa christiaan christian christine cindy claudia coen cor corine corrie corry daan daisy damian dana
  dani daniel daniela danielle danny daphne dave david dean debora demi deniz dennis derya desiree devika dewi
  dewkoemar dex diana dick diego dimitri dina dinesh dirk dirk-jan djamila dmitri dominique donna douwe dries
  driss dunya dylan ebru ecem edith edwin eefje eelco elena elif elin eline elisa elise eliza elize ella ellen
  elles els elsbeth emel emily emin emine emma emre erik erkan erwin esin esma esmee esra esther eva evelien
  evert evi evy ewa fabian fadoua fatih fatiha fatima fatma fay feline femke fenna fenne ferdi fien fiene finn
  fleur flip floor floortje floris fouad frank frans freek frits gabriel gaby geert geertje gemma gerard
  gerben gerda gerrit gert gert-jan gijs gijsbert gina gizem glenn gonny greet gregory guus gwen hafsa hailey hakan
  hamid hamza hana hanane hanna hannah hanneke hans harm harm-jan harry hasan hassan hatice hein hendrik
  hendrik-jan hendrikje henk henk-jan hennie henny herman hester hicham hidde hilal hilde hind houda houssam
  hugo hussein huub ibrahim ikram ilias ilona ilse ilyas imane imran inaya indra indy ineke ines inge ingrid
  irem irene iris isa isabel isabella ismail ivy iwona jaap jacky jacob jacqueline jade jamal jamie jamila jan
  jan-willem jana janine janna janneke jannes jannie jantje jara jasmijn jasper jay jayden jeanette jeffrey
  jelle jens jeroen jesper jesse jessica jet jill joanna joep johan johanna johannes joke jolanda jolien jonas
  joop joost jordi jordy joris jorn jos jose josephine josh joshua joyce juda judith julia julian julie julius
  jurgen jurre justin justine kaan kai kaj kamil kaoutar karim karima karin kartini kasper katarzyna kavita
  kay kayleigh kees kelly kemal kenzo kerem kevin khadija khalid kiki kim kirsten klaas klaas-jan koen
  kofi koos krzysztof kwame kyan kyra lana lara lars latifa laura layla leila lauren laurens lena leon levi lewis lex lia
  liam lianne lieke liesbeth lieve lily lina linda linde lisa lisanne liv lizzy loes lois lonneke lorenz
  lorenzo lotje lotte loubna louise luc luca lucas lucia luis lukasz luna luuk lynn maaike maarten maartje
  madelief magdalena malika manon marc marcel marco marcus marek maria marian marianne marie marieke marielle marijke
  marina mario marion marissa marit marja marjan marjolein mark marleen marloes mart marta martha martijn
  martin martine marvin maryam mathijs mats matthijs maud maya mees megan mehdi mehmet melissa melvin merel
  meriem merijn mert merve meryem mette micha michael michel michelle mick miguel mika mike mila milan milou
  mimoun miranda mirjam mirte mirthe mitchell mohamed mohammad mohammed monique morris mounir muhammad
  muhammed murat mustafa myrthe nabil nadia naima najat naomi nassim natasha nathalie nathan nel nick nicky nicole
  niek niels nienke nikki nina noa noah noor noortje nora nordin nouri nova olaf olga oliver olivia olivier
  omar onur orlando otto owen ozan ozge pablo pascal patricia patrick paul pauline pawel peter petra piet
  pieter pim piotr priscilla priya quinn quinten quinty rachid rachida radj rafael rajesh rakesh ramesh ramon
  ravi rayan raymond rebecca redouan reinier remco rene rens ria rianne ricardo richard rick riet rik rishi
  rob robbert robert robin rodney rodrigo roel romy ron ronald roos rosa rosalie roy ruben rutger ruth ruud ryan
  saar sabine said salma sam sami samir samira sanae sander sandra sanna sanne sara sarah saskia scott sebas
  sebastiaan selin selma sem senna sepp sergei serkan shannon shanti sharon shirley sibel siem sien sietse
  siham silvia simon simone sjaak sjoerd soedesh sofia sofie sophie soraya souad soufiane stan stefan stefanie
  stella stephanie sterre stijn sunil sunita suus suzanne sven sylvia tamar tamara tanja tes tess tessa teun thea
  theo thijmen thijs thomas tijn tim tineke tjeerd tobias tolga tom tomasz tommy toos truus tuba twan tygo
  valentijn valerie vanessa vera victor vijay vince vincent volkan wendy wesley wessel wiebe wies wietske
  wilco willem willemijn wilma wim wouter xander yara yasemin yasmin yasmina yassin yassine yassir yavuz yfke
  youssef yusuf yvette yvonne zakaria zara zeynep zoe zoey
  abdallah abdelilah abdi abdirahman abdullah abdullahi alaa amanuel amjad anass anastasia andrei andrii
  artur ayan bartosz bashar beata chaima chaimae dariusz dawit dilara dima dimitar dmytro dorota errol fadi
  faduma farid farida filmon florin fouzia georgi gheorghe ghada giovanni gianni gokhan habib habiba hafid
  hajar hakim hala hanan hawa henri hiba hodan hossein huda huseyin hussam hylke ilham ioana iryna jacek
  jakub jawad jennifer jerrel jochem karel karolina kateryna khadra khaled kimberley kubra levent luwam
  maher mahmoud majd malgorzata marcin mariam marijn mariusz marlon masoud mateusz maurits mazen mehret
  melanie melek merhawi metin michal mihaela mirela mohamud mohannad monika mounia mourad mulu mykola najib
  nasrin natalia natasja nawal naoual nermin nikolay nisrine nour noureddine nuray oguz oksana oleksandr
  olena omer osama othman oumaima ozlem petar quincy rafal raghad rania rawan redouane reem reza rinus robel
  romano roshni rowan sahra salwa samer sawsan selam semhar senait serdar serhii sevgi seyma shabnam
  shaquille siebe sinan slawomir sohail songul soumaya svetlana sybren sylwia tarek tarik tesfay tesfaye
  tetiana tjitske tulay ufuk usama valentina viktoria vitalii walid wiam winta wojciech wytze yasin yazan
  yohannes yonas younes yousra yulia zahra zainab zbigniew zeinab zineb berhane eddy marielle
  cornelis jacobus petrus hendrikus adrianus theodorus antonius wilhelmus franciscus martinus gerardus
  nicolaas cornelia hendrika elisabeth wilhelmina catharina petronella geertruida jacoba grietje neeltje
  trijntje jannetje ties sabrina dini mien bep michiel timo berend jelmer wietse jildou sjoukje froukje
  aukje gea jantine sietske jikke femmy henriette trudy marga heleen lenie ankie mandy kimberly samantha
  yassmine sharmila usha rita shurandy jurich kenneth elly lenny mieke rina tini paula debby kitty conny
  jenny gerry harold ferry fred ronnie leo nico rolf ralph pepijn sjors jip bernadette margriet marjon
  mariska miriam
  jouke auke durk jelte rients sytse wybe wopke ype tjalling lolkje hiltje sjouke gerbrich jetske
  wiebren jildert klaasje tsjitske doutzen marrit rixt eelke
  harmke roelie hielke marchien gonnie hilda wubbo roelof henderikus lammie
  mo joelle jorien tijmen
  achmed tariq boy pietje keesje henkie
  aafke aagje aaron abby abel adinda agaath agatha aimee albert albertus alida alie aline alma alwin amelie
  andries annabel anne-fleur anne-jan anne-marie anne-sophie anneloes annelot annelotte annemieke annika antje
  arda ariane arianne arno arnoud arthur asmae aysun babette baran bartholomeus bennie benno beppie berat
  berdien bernice bertus betty bibi bobbie bobby bonnie boudewijn bouke brecht britta cato celine chayenne
  cheyenne christel christien coby connie corina corne danique delano diederik dieuwke dilek dineke dirkje
  dora dorien dorine doris dorothea edward eefke efe egbert elbert elske emiel emmy eric ernst fabienne
  fadime fardau fedde fenneke ferdinand fieke fimke francien freddy frederike frieda furkan gamze gerdie
  gerdien gerlinde germaine gerrit-jan gertie gertrude gerwin gilles gitanjali godfried greetje gretha guido
  gulsen gustaaf hacer halime hannie harmen hedwig hella herbert herma hilly huib hulya ida igor imad imke
  ingeborg irina irma ivo jacco jacomijn jairam jakob james jan-bart jan-hein jan-kees jan-peter janet janny
  janus jarno jelka jeltje jermaine jetty joanne jocelyn jolijn jonathan jonna jorrit josien josje jozef jule
  juliette jurjen karlijn katinka katja klazina koosje kornelis lakshmi lambert lammert leendert leyla lieneke
  lilian lilly lisette liza lodewijk loesje louisa lucie lutske madeleine magda maja margot margreet mari
  mari-jo marie-jose marie-louise mariet mariette marius marjolijn marlies marnix maurice meike melle menno
  mia mientje miep mijke monica nancy nanda naoufal nelleke nelly nicolette nurcan odette onno osman paulien
  peter-jan pien pleun rachel radha rajiv ralf renate ricky rieneke rinske rogier roland roosje rozemarijn
  rudi rudolf selim sevda shanice shanna silke sita sjaan soenita sonja soufian steven suzan suze teuntje
  thirza thom tilly tirza tjalle tonnie tony tugba umut ursula veerle walter wanda wijnand wout yannick
  yolanda youri yunus yuri zayn zehra
  riekje sjef appie derk derk-jan lamyae dewayne wytske leonie sjon sjonnie harrie
  mieneke jantina dorus teun driek lamya sanae soufiane naima dewy jayson jaimy
  wiesje nel ria gerrie tonny piet-hein kaj noud siem krzysztof piotr tomasz lukasz pawel dorota
  grazyna katarzyna
  samuel dilan antoon marije marcella jorieke hiske tammo sjoerdtje rifka rivka aleksandra aleksander
  waleed walid oumar ghizlane tevita oussama geesje bogdan mihai ionut radu vasile nikola dragan jelena
  goran kidane
  mira oscar moniek bo
  gul jeanine feike dinand daantje sarita beatrijs tosca kristel
  akosua kwasi kwesi kwadwo adwoa kwabena abenaa kobina kwaku kweku akua ekua afua efua kojo adjoa ekow
  kwamena mebrahtu habtom mulugeta biniam rahwa tsegay aklilu senayt yemane efrem ghirmay nahom
  robbie jessie kenny sammie stevie freddie lennie jessy jimmy
  gosse rinse rinze siebren hessel sytze wytze jouke fokke freerk jitse lolke oene rients sipke tsjalle
  ulbe aukje froukje geeske jikke rixt sytske trijntje wietske ymkje gerbrich hiltsje ytsje jetske tjerk
  gerlof minne
  peggy joey ronny stacey jerry
  reinder roelf hilje albertha doortje kobus tinus rudy berber hindrik eltjo fokje okko popko folkert ubbo
  reint remmelt swaantje hillie anje geke trientje lubbert tamme rienk
  corinne corinna jeannette janette georgette antoinette ilonka sientje
  rien marinus marien adri willy johnny pieternel izaak
  sjra sjeng sjengske wiel thei marjo annemie hubert netty mathieu jozef zjef
  wendela jantien annemarijn evertje gerritje hendrikje geurt evert
  tifawt tanirt idir itto tilelli tafsut aksil anir yuba ayyur ouassima wassima fadila nourdin hammou mohand
  zoubida hafida abdelkrim lahcen abdeslam abdelmajid izza lamin
  sukru orhan erdal ercan tuncay gulsum nurten gulay filiz senay ferhat cengiz recep necla sevim gulten
  naresh ashwien radjesh sanjay vishal ritesh geeta satish mahesh navin deepa reshma shivani soeresh mohanlal
  endah wati sarmo wirjo soeparman soetini kasmin paimin warsito rukmini sumiati sulastri ngatini tuminah
  rignald sharlon eldridge xiomara pieternella juanita shurandi ruthsel jerzain gracia migna zuleika rudsel
  sharina jurmaine edsel isenia
  nilton djenifer ludmila joao domingos adilson edson elton ailton jailson fernanda filomena ivone odete
  cesaria marisa martina mirella paola pilar rocio beatriz renata
  grzegorz jerzy kazimierz tadeusz agata marzena aneta bozena elzbieta wieslawa krystyna halina justyna
  przemyslaw radoslaw dawid
  dobromir stoyan radostina ivelina costel todor hristo stefka desislava tsvetelina radka mariya yordanka
  ionela florentina roxana andreea nicoleta
  bohdan yaroslav kirill oleksiy andriy vasyl taras serhiy volodymyr yuriy ihor halyna nataliya tetyana
  svitlana liudmyla viktoriya anastasiia sofiia maksym artem vitaliy ruslan alexei
  hani ziad rasha bushra habte semere tekle yordanos feven rahel
  ifrah mahad warsame hibo fadumo sagal deeqa nimco farhiya istahil guled
  wahid behrouz dariush shirin farzana parisa fatemeh laleh arash babak kourosh farhad omid saeed javad gulalai
  mursal hasina nazanin sahar mahsa zabihullah
  xiaoling xiaoming jianhua lihua zhiwei minh thanh huong quang linh trang phuong tuan
  wybren tsjalling janke nortje jupke wytse oebele pytsje tsjerk wiepkje
  bertha betsie bettie cisca clasina dianne dieneke emmie everdina femmie gerdina gijsje harmina hetty
  hillegonda hinke jaantje jopie jozien kee leida martje miek nellie rikie rinie stientje trudie willemien
  dolf henkjan nol fokko ank anky gree trijn wiep durkje fetje geartsje grytsje jeltsje lysbeth mintsje aebe
  doeke eabele eeltsje epke goffe haitse jabik lieuwe meindert oane reitse watse ybe jeuke fenny jozefien
  sjang gieske truuke teus bertje
  rida abdelali abdelhamid abdessamad mbark hassane larbi mokhtar allal saida wafae rajae hasna rkia touria
  keltoum mimount ouafae ouiam
  mahmut necati ece nur yildiz zuhal havva hanife serpil pinar nazan canan
  kishan krishna prem ashok nandini pooja rekha shalini jiten nitish shiwani ranjana amrita varsha chandra
  soerinder ramdien soeniel clarence stanley winston humphrey norbert iwan marlene rosita claudette xaviera
  hortense esmeralda
  jurickson churandy eugene ruthmilda sheritsa sulaika yuriska jeannine jearlene mireille ivanildo gerson
  glenda janyra kenrick jeroan vernon ednyl nayra
  indah wulan ratna yanti rini putri agus budi hendra joko bambang slamet dominggus paulus stevanus obed
  wempi josina agustina kasim
  paulina kinga urszula danuta teresa izabela patrycja weronika dominika klaudia ewelina stanislaw wladyslaw
  maciej arkadiusz janusz leszek ryszard zdzislaw
  catalin cosmin dorin dumitru iulian liviu lucian mircea nicolae ovidiu petru razvan sorin vlad anca camelia
  georgiana larisa madalina oana ramona simona teodora violeta
  krasimir plamen stanislav svetoslav tsvetan velichko yordan kaloyan boyan ivaylo lyubomir gergana galina
  denitsa kalina nadezhda neli rositsa snezhana vesela zornitsa
  mykhailo petro pavlo oleh denys yevhen anatoliy daryna khrystyna mariia nadiia larysa valentyna yevheniia
  inna lesya solomiia vira zoriana
  abdulrahman ayham firas ghaith hazem laith mouaz qusay saleh yamen aya batoul bayan duaa ghazal haya joud
  lujain rouba ruba tasneem zeina haidar abbas karrar zahraa sajjad mortada muntadhar ayat hawraa baraa dhuha
  rahim shafiq sayed fereshta fawad naweed qais rahmat rashid samiullah wali zarghuna malalai nilofar parwin
  roya sadia sultana wazhma mohsen nima payam pouya ramin shahram siamak hamed kaveh navid peyman mitra neda
  negar setareh shadi shahla simin taraneh yasaman azadeh golnar homa mahnaz
  segen hiwet hermon samson goitom haile mussie tsega tsehaye ariam danait freweini meron mihret ruta yodit
  abebe alemayehu bekele girma mesfin tadesse tigist meseret almaz hirut mekdes selamawit tsion yeshi zewditu
  kidist
  liban abdiaziz abdikarim abdiqani abdirizak bashir jama mukhtar abdulkadir fardowsa fartun hawo hinda
  idil kowsar maryan muna najma qamar ruun sado shukri ubah zamzam
  ebenezer gifty vida dorcas akwasi chinedu chukwuemeka emeka obinna ikenna nnamdi uche chidi tunde
  adebayo oluwaseun seun segun femi kehinde taiwo babatunde abubakar aliyu ngozi chioma adaeze amaka nkechi
  ifeoma funmilayo funmi bukola yetunde folake titilayo chiamaka temitope tolulope
  paulo vanda
  jing hui yan ying xin jie hao xiaoyan xiaohong xiaojun jianguo guoqiang haiyan yuting yifan zihan jiayi
  yuxuan haoran zhiqiang chunhua meiling shuang
  anh hoa nga thuy hien hoang huy khanh phuc thao trinh trung vinh hanh ngoc nhung oanh
  arjun rahul rohit amit vikram suresh manoj karthik venkat srinivas pradeep deepak ajay abhishek aditya akash
  ankit aravind harish naveen prakash pranav raghav rajat sachin sandeep saurabh shreyas siddharth sumit varun
  vivek yash neha sneha divya kavya meera nisha ritu shruti swati aishwarya ananya aparna deepika gayatri
  jyoti kriti madhuri nandita padma preeti radhika rashmi shweta tanvi vidya
  matheus felipe gustavo vinicius caio henrique eduardo marcelo renato vitor bruna priscila luciana daniele
  isabela giovanna viviane shir genet oluwadamilare
  awet faadumo rawand shurwin ruthmila jurwin wojtek malgosia gradus sjaakie nourhan kasimir
  teunis moos kibrom mehari filimon abrehet weldu abdiweli ikran ubax mirwais sharif habibullah asadullah
  nasir naqib shukria lailuma madina frishta ahed mouhamad bassel ghassan mustapha girish pravin sharda
  chandrika rabindre marciano sharona hensley jeandro jurick sherwin jandino jair shurmaine jurlaine bartek
  przemek jarek darek kasia edmilson amilcar arlindo jacinta lurdes sjoerdje atse pytrik pieke marretje dirkie
  kootje fleurtje
  berihu eyob fitsum isaias kahsay measho mehretab mogos natnael sirak tekie tesfalem tedros tewelde weldeab
  yosief zerai abeba adiam azieb hiyab kisanet lemlem lidia mebrat tirhas yorusalem awil dahir faisal jibril
  keynan nuur sahal yahye deqa fatuma hibaaq nasra nimo ugbaad warsan ajmal baryalai ghulam haroon hekmat
  homayoun masood qadir rohullah shafi wahidullah zalmai ziaulhaq aziza fariba khatera mahbooba nazifa
  palwasha rahima sabira sediqa shakila tamana yalda abdo abdulkarim hamoudi kinan moustafa muhannad obada
  rabie ramez raed waseem zaher asmaa doaa heba shaza suha wafaa berna cigdem feride ilknur meltem
  nesrin nilgun umran cemal nihat riza tayfun turgay houssain fadwa bhagwandin dewika djaya ganesh hemradj
  kamla karan lalta meena renuka sandhya soenil sushila urmila vedika vishnoe clyde franklin sylvester
  wendell wilfred cheryl marcia lucienne elvin gilmar nicandro roderick ruendel steveen jossy marisol nathaly
  rosanna shaienne yaritza karol krystian waldemar irena jolanta wioletta alcides celestino crispim domingas
  elisangela euclides firmino graciete hermenegildo ildo lucinda odair silvino vanusa zeferino gatse geart
  minke rintje romke sibbele taeke tietsje ynte finy annigje jannigje pietertje willemijntje
`);
