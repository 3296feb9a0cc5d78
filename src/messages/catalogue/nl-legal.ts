import { HIDDEN_TEXT } from '../../privacy/small-groups.ts';
import type { LegalFacts, LegalWords } from '../legal-page.ts';
import { nlAvg } from './nl-avg.ts';

/** A number of months as a sentence says it: 1 maand, 24 maanden. */
const months = (n: number) => (n === 1 ? `1 maand` : `${n} maanden`);

/**
 * The privacy statement (/privacy) and the terms of use (/gebruiksvoorwaarden), in plain Dutch
 * (B1). Every fact here is what the code does: retention-repo.ts, personal-data-repo.ts, the
 * guard, small-groups.ts. What `vergeet-mij` erases is said in its own words (nl-avg.ts).
 */

/** Who answers questions about a member's data: as configured, else the projectleider. */
function whoAnswers(f: LegalFacts): string[] {
  const responsible = f.controllerHtml
    ? `${f.controllerHtml} is verantwoordelijk voor Schakel en voor je gegevens daarin. In de AVG heet dat de verwerkingsverantwoordelijke.`
    : 'De organisatie die Schakel voor jouw regio inzet, is verantwoordelijk voor je gegevens. In de AVG heet dat de verwerkingsverantwoordelijke.';
  const ask = f.contactHtml
    ? `Heb je een vraag over je gegevens, of klopt er iets niet? Neem contact op: ${f.contactHtml}.`
    : 'Heb je een vraag over je gegevens, of klopt er iets niet? Vraag het de projectleider van je regio. Die weet bij wie je terechtkunt.';
  return [responsible, ask];
}

export const nlLegal: LegalWords = {
  otherLanguage: 'English',
  seeAlso: 'Zie ook',
  aboutLink: 'Over Schakel',
  privacyLink: 'Privacyverklaring',
  termsLink: 'Gebruiksvoorwaarden',

  about: () => ({
    title: 'Schakel',
    intro:
      'Schakel is de assistent van de regionale samenwerking tussen GGZ en Werk & Inkomen (gemeenten, UWV) in het programma Hoofdzaak Werk. Schakel werkt in Slack en in Microsoft Teams.',
    sections: [
      {
        heading: 'Wat Schakel doet',
        blocks: [
          [
            'Voor elke bijeenkomst van de werkgroep een herinnering met datum, plaats, agenda en open actiepunten.',
            'Na afloop een korte check-in: het samenwerkingsniveau, knelpunten en wat er goed ging.',
            'Voor elke stuurgroep een samenvatting die de projectleider eerst nakijkt.',
          ],
        ],
      },
      {
        heading: 'Beginnen',
        blocks: [
          'Typ <code>help</code> in een chat met Schakel, of <code>/schakel help</code> in Slack. Kent Schakel je nog niet? Vraag je projectleider om je aan je werkgroep te koppelen.',
          'Schakel bewaart nooit gegevens van cliënten: schrijf geen namen, BSN, adressen of diagnoses in Schakel.',
        ],
      },
    ],
  }),

  privacy: (f) => ({
    title: 'Privacyverklaring van Schakel',
    intro:
      'Schakel is een chatbot in Slack of Microsoft Teams voor de werkgroepen van GGZ en Werk & Inkomen in jouw regio. Hier lees je welke gegevens Schakel over jou bewaart, waarom, hoe lang, en wat je zelf kunt doen.',
    sections: [
      { heading: 'Wie is verantwoordelijk?', blocks: whoAnswers(f) },
      {
        heading: 'Nooit gegevens van cliënten',
        blocks: [
          'Schakel is er voor de samenwerking tussen organisaties, niet voor het werk met cliënten. Schrijf daarom nooit namen, burgerservicenummers (BSN), adressen, geboortedata, telefoonnummers of diagnoses van cliënten in Schakel.',
          'Schakel controleert elke tekst voordat die wordt bewaard. Lijkt er iets in te staan over een cliënt, dan bewaart Schakel de tekst niet en vraagt je om het algemener te schrijven. De geweigerde tekst komt ook niet in het logboek van de server.',
          'Die controle vangt veel, maar niet alles. Let dus ook zelf op wat je schrijft.',
        ],
      },
      {
        heading: 'Wat Schakel over jou bewaart',
        blocks: [
          [
            'je naam, je organisatie, het soort organisatie (zoals GGZ, gemeente of UWV) en je regio',
            'je e-mailadres, alleen als je projectleider of beheerder dat heeft ingevoerd',
            'je rollen: lid, projectleider, stuurgroeplid, beheerder of landelijk team',
            'in welke werkgroepen en stuurgroep je zit',
            'de nummers (id’s) van je account in Slack of Teams, zodat Schakel weet wie je bent; in Teams ook het persoonlijke gesprek met Schakel, zodat Schakel je daar kan schrijven',
            'in welke taal Schakel je schrijft: Nederlands of Engels',
            'je check-ins: het samenwerkingsniveau dat je koos, je toelichting en wat er goed ging',
            'je antwoorden op de checklist ‘Effectief samenwerken’',
            'de agendapunten, actiepunten en knelpunten die je inbracht of die op jouw naam staan',
            'wat je in Schakel veranderde, zoals een bijeenkomst verplaatsen: dat staat in het logboek van je regio',
            'welke berichten Schakel je stuurde en of dat lukte, zonder de tekst van het bericht',
          ],
          'Schakel leest alleen wat je aan Schakel stuurt: een opdracht, een formulier of een klik op een knop. Je andere gesprekken in Slack of Teams leest Schakel niet.',
          'Je taal neemt Schakel over uit Slack of Teams, tenzij je zelf kiest met <code>taal nl</code> of <code>taal en</code>.',
        ],
      },
      {
        heading: 'Waarvoor Schakel je gegevens gebruikt',
        blocks: [
          'Alleen voor het werk van de samenwerking:',
          [
            'herinneringen sturen voor de bijeenkomsten van je werkgroep',
            'je na een bijeenkomst om een check-in vragen, en je er nog één keer aan herinneren als je die niet invulde',
            'de agenda, de actiepunten en de knelpunten van de werkgroep bijhouden',
            'een samenvatting maken voor de stuurgroep',
          ],
          'Schakel toont geen reclame en houdt niet bij wat je buiten Schakel doet.',
        ],
      },
      {
        heading: 'Wie ziet wat',
        blocks: [
          [
            'De leden van je werkgroep zien de agenda, de actiepunten met de naam van wie ze oppakt, en de knelpunten van de werkgroep.',
            'In Schakel ziet niemand anders je check-in met jouw naam erbij. Als de check-in sluit, ziet de werkgroep een overzicht zonder namen: hoeveel mensen antwoordden en, vanaf drie antwoorden, welke niveaus zij kozen en welke knelpunten er zijn. Met minder antwoorden zou iedereen weten van wie ze zijn.',
            'Een knelpunt dat je noemt, is voor de werkgroep: bij de volgende check-in ziet elk lid van de werkgroep het in de lijst van open knelpunten, met de beschrijving die je gaf en zonder je naam. Dat geldt ook als je de enige was die antwoordde; dan kan de werkgroep raden van wie het komt.',
            'De samenvatting voor de stuurgroep bevat geen namen. Wel staat erin wat leden schreven bij ‘wat ging goed’ en over de knelpunten, zonder naam. De projectleider kijkt de samenvatting na voordat die naar de stuurgroep gaat.',
            "Het landelijk team ziet alleen cijfers van alle regio's samen.",
            'De projectleider en de beheerder van je regio kunnen het logboek lezen: wie een bijeenkomst of reeks veranderde of een samenvatting publiceerde, en dat er gegevens zijn gewist (niet van wie). In Teams ziet iedereen in het kanaal het logboek als de projectleider of beheerder het daar opvraagt.',
            'Wie de server van Schakel beheert, kan technisch bij alle gegevens, bijvoorbeeld om een back-up te maken of de gegevens naar een nieuwe server over te zetten.',
          ],
          `Een overzicht toont een groep met minder dan ${f.minGroup} antwoorden nooit apart. Bij zo weinig antwoorden kan iedereen raden wie wat antwoordde. Er staat dan ‘${HIDDEN_TEXT}’.`,
        ],
      },
      {
        heading: 'Hoe lang Schakel je gegevens bewaart',
        blocks: [
          `Elke dag wist Schakel de tekst die ouder is dan ${months(f.retentionMonths)}:`,
          [
            `agendapunten: ${months(f.retentionMonths)} nadat ze zijn toegevoegd`,
            `actiepunten: ${months(f.retentionMonths)} nadat ze zijn afgerond; staat een actiepunt ${months(f.retentionMonths)} na het toevoegen nog open, dan gaat het ook weg`,
            `check-ins: je toelichting en wat er goed ging, ${months(f.retentionMonths)} na je laatste wijziging; het niveau dat je koos (een getal) blijft staan`,
            `knelpunten: ${months(f.retentionMonths)} nadat er voor het laatst iets over werd gezegd, samen met hun geschiedenis`,
            `concepten van de samenvatting voor de stuurgroep die nooit zijn gepubliceerd: ${months(f.retentionMonths)} nadat ze zijn gemaakt`,
          ],
          'Je naam, organisatie, rollen, accounts, het niveau van je check-ins en je checklist-antwoorden blijven bewaard tot je vraagt om ze te wissen (zie hieronder). Ook als je niet meer in een werkgroep zit, blijven ze staan tot je <code>vergeet-mij</code> typt.',
          `Een formulier dat je in Slack instuurt, onthoudt Schakel een tijd onder een sleutel met het nummer van je account. Zo telt een dubbele klik maar één keer. Telkens als een check-in sluit, wist Schakel de sleutels die ouder zijn dan ${f.requestKeyDays} dagen.`,
          'Samenvattingen die naar de stuurgroep zijn gestuurd, blijven bewaard zoals ze zijn. Het logboek blijft bewaard zolang je regio in Schakel bestaat.',
        ],
      },
      {
        heading: 'Je gegevens inzien en wissen',
        blocks: [
          'Typ <code>mijn-gegevens</code> in de chat met Schakel (in Slack kan het ook met <code>/schakel mijn-gegevens</code>). Je krijgt dan een overzicht van alles wat Schakel over jou bewaart, en alles ook als bestand. Dat krijg je alleen persoonlijk, nooit in een kanaal.',
          'Typ <code>vergeet-mij</code> om je gegevens te laten wissen. Schakel legt eerst uit wat er gebeurt. Pas als je op de knop drukt of <code>vergeet-mij bevestig</code> typt, wist Schakel je gegevens.',
          nlAvg.eraseExplained,
          nlAvg.erasedItems,
          nlAvg.keptWithoutName,
          nlAvg.keptItems,
          nlAvg.eraseRest,
          `Kun je Schakel niet in Slack of Teams gebruiken, bijvoorbeeld omdat je account nooit is gekoppeld? Vraag dan ${f.contactHtml ? `via ${f.contactHtml}` : 'de projectleider van je regio'} om je gegevens te wissen. De beheerder van de server wist ze dan op dezelfde manier als <code>vergeet-mij</code>.`,
          'Heb je een klacht over wat er met je gegevens gebeurt? Dan kun je die ook indienen bij de Autoriteit Persoonsgegevens.',
        ],
      },
      {
        heading: 'Slack, Microsoft Teams en AI',
        blocks: [
          'Schakel werkt in Slack of in Microsoft Teams. Wat jij aan Schakel stuurt en wat Schakel jou stuurt, gaat via Slack of Microsoft en staat daar ook. Daarvoor gelden de afspraken die jouw organisatie met Slack of Microsoft heeft.',
          f.aiSummary
            ? 'Deze Schakel laat de eerste versie van de samenvatting voor de stuurgroep schrijven door een taalmodel (AI). Dat model krijgt alleen cijfers en statussen: geen namen en geen teksten die leden schreven. De projectleider kijkt de samenvatting altijd na.'
            : 'Deze Schakel stuurt geen gegevens naar een taalmodel (AI).',
        ],
      },
      {
        heading: 'Deze pagina',
        blocks: [
          'Deze pagina gebruikt geen cookies en laadt niets van andere websites. Schakel houdt niet bij wie hem leest.',
        ],
      },
    ],
  }),

  terms: (f) => ({
    title: 'Gebruiksvoorwaarden van Schakel',
    intro:
      'Schakel helpt de werkgroepen van GGZ en Werk & Inkomen in jouw regio, met herinneringen, check-ins en een samenvatting voor de stuurgroep. Wie Schakel gebruikt, houdt zich aan deze afspraken.',
    sections: [
      {
        heading: 'Voor wie Schakel is',
        blocks: [
          'Schakel is voor de leden van de werkgroepen, de projectleiders, de stuurgroep en het landelijk team van de samenwerking tussen GGZ en Werk & Inkomen. Je projectleider of beheerder bepaalt wie er in een werkgroep zit.',
        ],
      },
      {
        heading: 'Nooit gegevens van cliënten',
        blocks: [
          'Schrijf in Schakel nooit iets waaraan een cliënt te herkennen is: geen naam, BSN, adres, geboortedatum, telefoonnummer of diagnose. Schrijf over de samenwerking, niet over personen.',
          'Schakel weigert tekst die lijkt op gegevens van een cliënt. Maar die controle vangt niet alles: let dus ook zelf op wat je schrijft.',
        ],
      },
      {
        heading: 'Collega’s',
        blocks: [
          'Noem collega’s alleen in hun werk, bijvoorbeeld als eigenaar van een actiepunt. Schrijf over hen zoals je dat ook in een gewoon overleg zou doen.',
        ],
      },
      {
        heading: 'Links',
        blocks: [
          'De link naar de agenda van je werkgroep en de links naar de samenvatting voor de stuurgroep werken zonder inloggen. Deel ze daarom alleen met de mensen voor wie ze bedoeld zijn.',
        ],
      },
      {
        heading: 'Schakel is een hulpmiddel',
        blocks: [
          'Schakel herinnert, vraagt en vat samen. De afspraken maakt de werkgroep zelf. Een samenvatting gaat pas naar de stuurgroep als de projectleider die heeft nagekeken en gepubliceerd.',
          'Lukt het een keer niet om een bericht te sturen, dan probeert Schakel het opnieuw. Je projectleider kan zien welke berichten niet aankwamen.',
        ],
      },
      {
        heading: 'Stoppen',
        blocks: [
          'Doe je niet meer mee? Laat het je projectleider weten. Moet Schakel ook je gegevens wissen, typ dan <code>vergeet-mij</code>. In de privacyverklaring lees je wat er dan gebeurt.',
        ],
      },
      {
        heading: 'Open source',
        blocks: [
          'De code van Schakel is open source. Iedereen mag hem gebruiken en verbeteren onder de licentie EUPL 1.2.',
        ],
      },
      {
        heading: 'Vragen',
        blocks: [
          f.contactHtml
            ? `Vragen over Schakel of over deze afspraken? Neem contact op: ${f.contactHtml}.`
            : 'Vragen over Schakel of over deze afspraken? Stel ze aan de projectleider van je regio.',
        ],
      },
    ],
  }),
};
