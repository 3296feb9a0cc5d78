import { wordSet } from './tokens.ts';

/**
 * Common first names in the Netherlands (Dutch, Frisian, Moroccan, Turkish, Surinamese, Antillean,
 * Polish and other origins), folded. A capitalised one of these marks a person ("Sanne heeft ...",
 * "Sanne Visser"). Left out on purpose: names that are also everyday words at the start of a
 * sentence or in abbreviations (Ben, Wil, Mei, May, Max, Can, Ad, Bo, Jo, Ed, Al).
 */
export const FIRST_NAMES = wordSet(`
  aad aart abdel abdelkader abdellah abdul abe adam adriaan adrie agnes agnieszka ahmad ahmed ahmet aisha
  aicha alex alexander alexandra ali alice alicia amal amina amira amy andre andrea andreas andrzej anil anita
  anja anke ann anna anne anneke annelies annemarie annemiek annet annette anouar anouk antoine anton
  arjan arjen arie arnold aron astrid ayoub ayse aysel badr barbara bart bas bastiaan bea beatrix bente
  bernard bert bianca bilal bob boris bouchra bram brenda bregje britt bryan burak carla carmen carolien
  caroline cas casper cathy cees cem chantal charlotte chris christa christiaan christian christine cindy
  claudia coen cor corine corrie daan dani daniel daniela danielle danny daphne dave david dean debora
  demi dennis desiree dewi diana dick dimitri dinesh dirk djamila dmitri dominique donna douwe dries dylan
  edith edwin eefje eelco elif elin eline elise elisa ella elles ellen els elsbeth emin emine emma emre
  erik erwin esma esmee esra esther eva evelien ewa fabian fadoua fatima fatma fatih femke fenna ferdi
  fleur floor floris frank frans freek frits gaby gemma geert gerard gerben gerda gerrit gert gijs glenn
  greet gregory guus hafsa hakan hamid hamza hanna hannah hanneke hans harm harry hasan hassan hatice hein
  hendrik henk henny herman hester hilde hussein huub ibrahim ilona ilse imane ineke inge ingrid iris irene
  isa ismail iwona jaap jacob jacqueline jamal jan janneke jannes janine jasper jeanette jelle jeroen jesse
  jessica jet joep johan johanna johannes jolanda joost joris jos jose josephine joyce judith julia julian
  julie justin jurre kai karim karin katarzyna kees kemal kevin khadija khalid kim kirsten klaas koen
  krzysztof kyra lars laura lauren leon lex lianne lieke liesbeth lieve lily linda lisa liam lotte lonneke
  lorenzo luc lucas lucia luuk lynn maaike maarten madelief manon marc marcel marco marcus maria marian
  marianne marie marieke marijke marina mario marion marissa marjan marjolein mark marleen marloes marta
  martha martijn martin martine marvin maryam mees mehmet melissa merel meryem michael michel michelle
  mike mila milan miranda mirjam mohamed mohammed mohammad muhammad muhammed monique murat mustafa myrthe
  nadia naima naomi natasha nathalie nicole niels nienke nina noa noah noor nora nordin nouri olga olivia
  omar onur ozan pascal patricia patrick paul pauline pawel peter petra piet pieter piotr pim priscilla
  priya quinten rachid rajesh rakesh ravi redouan reinier rene rianne richard rick rik rob robbert robert
  robin roel roos rosa ruben ruud ruth rutger said salma sam samira sander sandra sanne sara sarah saskia
  sebastiaan selma sem serkan sergei shanti sharon silvia simon simone sjoerd soufiane sofie sophie soraya
  stan stefan stefanie stephanie sterre stijn sunil sunita suzanne sven tamara tanja teun tessa thea thijs
  thomas tim tineke tjeerd tom tomasz tommy truus twan valerie vanessa vera victor vincent wendy wessel
  willem wilma wim wouter yara yasmina yasmin yusuf youssef yvonne zeynep zoe
`);
