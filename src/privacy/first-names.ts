import { wordSet } from './tokens.ts';

/**
 * Common first names in the Netherlands (Dutch, Frisian, Moroccan, Turkish, Surinamese, Antillean,
 * Polish and other origins), folded. A capitalised one of these marks a person ("Sanne heeft ...",
 * "Sanne Visser"). Left out on purpose: names that are also everyday words at the start of a
 * sentence or in abbreviations (Ben, Wil, Mei, May, Max, Can, Ad, Bo, Jo, Ed, Al).
 */
export const FIRST_NAMES = wordSet(`
  aad aaltje aart abdel abdelkader abdellah abdul abe adam adriaan adrie agnes agnieszka ahmad ahmed ahmet
  aicha aisha alex alexander alexandra ali alice alicia amal amber amina amira amy  anas andre andrea
  andreas andrzej angelique anil anita anja anjali anke ann anna anne anneke annelies annemarie annemiek annet
  annette annie anouar anouk ans antoine anton arend arie arjan arjen arnold aron ashwin astrid ayoub ayse
  aysel badr barbara baris bart bas bastiaan baukje bea beatrix bente bernard bert bianca bilal boaz bob boris
  bouchra bram bregje brenda britt bryan burak busra carla carlos carmen carolien caroline cas casper cathy
  cees cem chantal charlotte chris christa christiaan christian christine cindy claudia coen cor corine corrie
  corry daan dani daniel daniela danielle danny daphne dave david dean debora demi dennis derya desiree dewi
  dewkoemar dex diana dick diego dimitri dinesh dirk dirk-jan djamila dmitri dominique donna douwe dries dylan
  ebru edith edwin eefje eelco elif elin eline elisa elise ella ellen elles els elsbeth emin emine emma emre
  erik erwin esma esmee esra esther eva evelien evert evi ewa fabian fadoua fatih fatiha fatima fatma femke
  fenna fenne ferdi finn fleur floor floris frank frans freek frits gaby geert geertje gemma gerard gerben
  gerda gerrit gert gert-jan gijs gijsbert glenn gonny greet gregory guus hafsa hakan hamid hamza hanane hanna
  hannah hanneke hans harm harm-jan harry hasan hassan hatice hein hendrik hendrik-jan hendrikje henk henk-jan
  hennie henny herman hester hidde hilde houda hugo hussein huub ibrahim ikram ilias ilona ilse ilyas imane
  indra ineke inge ingrid irene iris isa ismail iwona jaap jacob jacqueline jade jamal jan jan-willem janine
  janneke jannes jannie jantje jasmijn jasper jayden jeanette jeffrey jelle jens jeroen jesse jessica jet jill
  joanna  joep johan johanna johannes joke jolanda joop joost jordy joris jos jose josephine joyce judith
  julia julian julie jurre justin kai kamil kaoutar karim karin kartini katarzyna kayleigh kees kelly kemal
  kerem kevin khadija khalid kim kirsten klaas klaas-jan koen koos krzysztof kyra lana lars latifa laura
  lauren leon levi lex liam lianne lieke liesbeth lieve lily linda lisa lisanne liv lonneke lorenzo lotte
  loubna luc luca lucas lucia luis lukasz luuk lynn maaike maarten madelief magdalena malika manon marc marcel
  marco marcus marek maria marian marianne marie marieke marijke marina mario marion marissa marit marja
  marjan marjolein mark marleen marloes marta martha martijn martin martine marvin maryam mats maud mees mehdi
  mehmet melissa melvin merel merve meryem michael michel michelle mick miguel mike mila milan miranda mirjam
  mirthe mitchell mohamed mohammad mohammed monique muhammad muhammed murat mustafa myrthe nadia naima naomi
  nassim natasha nathalie nathan nel nick nicole niek niels nienke nikki nina noa noah noor nora nordin nouri
  nova olga olivia olivier omar onur orlando owen ozan pablo pascal patricia patrick paul pauline pawel peter
  petra piet pieter pim piotr priscilla priya quinten quinty rachid rajesh rakesh ramon ravi rayan raymond
  redouan reinier remco rene ria rianne ricardo richard rick riet rik rob robbert robert robin rodney rodrigo
  roel romy ronald roos rosa roy ruben rutger ruth ruud ryan saar said salma sam sami samira sanae sander
  sandra sanna sanne sara sarah saskia sebastiaan selma sem senna sergei serkan shannon shanti sharon shirley
  siem sietse siham  silvia simon simone sjaak sjoerd soedesh sofia sofie sophie soraya soufiane stan
  stefan stefanie stephanie sterre stijn sunil sunita suzanne sven sylvia tamara tanja tess tessa teun thea
  theo thijmen thijs thomas tim tineke  tjeerd tom tomasz tommy  toos truus twan tygo valerie vanessa
  vera victor vince vincent volkan wendy wesley wessel wiebe wietske  wilco willem wilma wim wouter yara
  yasmin yasmina yassin yassine yfke youssef yusuf yvette yvonne zakaria zeynep zoe zoey
`);
