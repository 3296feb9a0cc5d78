import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/privacy/email.ts';
import { found, foundOf } from './helpers.ts';

describe('findEmails', () => {
  it('finds ordinary addresses with their offsets', () => {
    expect(findEmails('mail s.jansen@gmail.com graag')).toEqual([{ kind: 'email', start: 5, end: 23 }]);
  });

  it('finds addresses with plus, dashes, subdomains, capitals and accents', () => {
    expect(foundOf('email', 'kim.devries+werk@gmail.com')).toEqual(['kim.devries+werk@gmail.com']);
    // Stop 33: an address at an organisation's domain is a work contact unless a client is named with it.
    expect(foundOf('email', 'klant: Naam.Achternaam@Gemeente-Oost-Gelre.nl')).toEqual([
      'Naam.Achternaam@Gemeente-Oost-Gelre.nl',
    ]);
    expect(foundOf('email', 'MARK.BOS@OUTLOOK.COM')).toEqual(['MARK.BOS@OUTLOOK.COM']);
    expect(foundOf('email', 'k@student.hu.nl')).toEqual(['k@student.hu.nl']);
    expect(foundOf('email', 'klant: zoë.öztürk@voorbeeld.nl')).toEqual(['zoë.öztürk@voorbeeld.nl']);
  });

  it('leaves out surrounding punctuation', () => {
    expect(foundOf('email', '(e-mail: lisa.berg@home.nl).')).toEqual(['lisa.berg@home.nl']);
    expect(foundOf('email', 'mail de klant op k.dekker@uwv.nl.')).toEqual(['k.dekker@uwv.nl']);
  });

  it('finds "(at)" and "[at]" spellings', () => {
    expect(foundOf('email', 'sandra.p(at)hotmail.com')).toEqual(['sandra.p(at)hotmail.com']);
    expect(foundOf('email', 'sandra.p[AT]hotmail.com')).toEqual(['sandra.p[AT]hotmail.com']);
    expect(foundOf('email', 'zijn mail is mo.elamrani (at) live.nl')).toEqual(['mo.elamrani (at) live.nl']);
  });

  it('finds addresses with their dots spelled out or spaced, and "@" with spaces around it', () => {
    expect(foundOf('email', 'per mail: b.dekker[at]gmail[dot]com')).toEqual(['b.dekker[at]gmail[dot]com']);
    expect(foundOf('email', 'mail is d.hendriks88 @ gmail . com (spam)')).toEqual([
      'd.hendriks88 @ gmail . com',
    ]);
    expect(foundOf('email', 'mail de klant: jan @ ggnet.nl even')).toEqual(['jan @ ggnet.nl']);
  });

  it('leaves sentences with a spaced "@" or " . " alone', () => {
    expect(found('vraag @ Sanne . Morgen verder')).toEqual([]);
    expect(found('ik zit @ kantoor.Zie je daar')).toEqual([]);
    expect(found('Sanne @ 14.30 uur in zaal 2')).toEqual([]);
    expect(found('info @ gemeente . nl')).toEqual([]);
  });

  it('ignores chat mentions, lone @ signs and hosts without a top-level domain', () => {
    expect(found('@Sanne kun jij dit oppakken? Graag @ de werkgroep.')).toEqual([]);
    expect(found('Team@GGNet overleg')).toEqual([]);
    expect(found('user@localhost')).toEqual([]);
    expect(found('a@b.c')).toEqual([]);
    expect(found('Zie www.hoofdzaakwerk.nl voor de handreiking.')).toEqual([]);
  });

  it.each([
    'info@uwv.nl',
    'servicedesk@gemeente-zutphen.nl',
    'helpdesk@laborijn.nl',
    'noreply@suwinet.nl',
    'no-reply@schakel.nl',
    'secretariaat@ggnet.nl',
    'contact@werkplein-oost.nl',
    'secretariaat.wi@gemeente.nl',
    'crediteuren@ggz-noord.nl',
    'debiteuren@werkbedrijf.nl',
    'werkgevers@werkgeversservicepunt.nl',
    'vacatures@werkbedrijf.nl',
    // Events, groups and regions (batch 25).
    'events@divosa.nl',
    'congres@movisie.nl',
    'leerbijeenkomst@ggnet.nl',
    'ipsregio@mediant.nl',
    'roosters@werkbedrijf-zwolle.nl',
    'bureau@regioachterhoek.nl',
    'jaarcongres@divosa.nl',
    // Descriptive local parts of groups and desks (batch 28).
    'werkgroep-hoofdzaakwerk@achterhoek.nl',
    'samenwerking@ggz-oost.nl',
    'clientenraad@laborijn.nl',
    'casusoverleg@regio-achterhoek.nl',
    'regiodag@hoofdzaakwerk.nl',
    'ips-team@ggnet.nl',
    'aanmeldpunt@werkplein-twente.nl',
    // A job title, a team named by its plural, an office of the municipality (batch 31).
    'projectleider@werkenggz-twente.nl',
    'arbeidsdeskundigen.doetinchem@uwv.nl',
    'jobcoaches@werkfit.nl',
    'programma@hoofdzaakwerk.nl',
    'programmabureau@hoofdzaakwerk.nl',
    'griffie@oostgelre.nl',
    'achterhoek@hoofdzaakwerk.nl',
    'twente.oost@ipsnetwerk.nl',
    'doetinchem@uwv.nl',
  ])('lets the role mailbox %s pass', (address) => {
    expect(found(`Mail ${address} voor vragen.`)).toEqual([]);
  });

  it('still finds a personal address that starts like a role mailbox', () => {
    expect(foundOf('email', 'Mail infoline.jansen@gmail.com.')).toEqual(['infoline.jansen@gmail.com']);
    expect(foundOf('email', 'Mail j.post@gmail.com.')).toEqual(['j.post@gmail.com']);
    expect(foundOf('email', 'Mail jan-willem@hotmail.com.')).toEqual(['jan-willem@hotmail.com']);
    expect(foundOf('email', 'Mail conrad@gmail.com.')).toEqual(['conrad@gmail.com']);
  });

  it('lets an address called a shared mailbox pass, not one called her own', () => {
    expect(found('Mail naar vdberg.oost@achterhoek.nl, dat is de algemene mailbox')).toEqual([]);
    expect(foundOf('email', 'Haar eigen mailbox is vdberg.oost@hotmail.com')).toEqual([
      'vdberg.oost@hotmail.com',
    ]);
  });

  it("lets a professional's work address pass when the words around it say so (batch 31)", () => {
    for (const text of [
      'Mijn werkmail is j.vanderveen@laborijn.nl, daar reageer ik sneller op',
      'De contactpersoon bij UWV is m.bosman@uwv.nl',
      'Nieuwe collega bij Mediant: r.ouhadi@mediant.nl, zit vanaf januari in de werkgroep',
      'Mijn collega Pieter (jobcoach) mailt vanaf p.lammers@werkfit.nl',
      'Anouk is bereikbaar via a.hermsen@dimence.nl of via Teams',
      'Mijn mailadres is jan@devries-advies.nl',
      'Vragen voor de werkgroep kunnen naar mij: s.bakker@gemeente-aalten.nl',
      'De praktijkondersteuner GGZ: poh@huisartsenpraktijk-lochem.nl',
      'Wil je de notulen sturen naar onze voorzitter, h.jansen@ggnet.nl?',
      'Mijn nieuwe mailadres is i.aalders@ggnet.nl (oude adres werkt tot 31 dec)',
      'Let op: mijn tijdelijke mailadres is t.hendriks@tactus.nl',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it("still finds a client's address, a private domain, or a private habit's address", () => {
    expect(foundOf('email', 'De jobcoach van de deelnemer is p.lammers@werkfit.nl')).toEqual([
      'p.lammers@werkfit.nl',
    ]);
    expect(foundOf('email', 'zijn werkmail is jan@bouwbedrijf.nl')).toEqual(['jan@bouwbedrijf.nl']);
    expect(foundOf('email', 'Mijn collega mailt vanaf p.lammers@gmail.com')).toEqual(['p.lammers@gmail.com']);
    expect(foundOf('email', 'Mijn werkmail is jan.devries@home.nl')).toEqual(['jan.devries@home.nl']);
    expect(foundOf('email', 'De familie mailde me vanaf kees@vandijk.nl')).toEqual(['kees@vandijk.nl']);
    expect(foundOf('email', 'mail lochem@gmail.com')).toEqual(['lochem@gmail.com']);
    expect(foundOf('email', 'mail ede1990@bouwbedrijf.nl')).toEqual(['ede1990@bouwbedrijf.nl']);
    expect(foundOf('email', 'mail de deelnemer op best@bouwbedrijf.nl')).toEqual(['best@bouwbedrijf.nl']);
    expect(foundOf('email', 'Vragen over de kandidaat kunnen naar sanne.visser@ggnet.nl.')).toEqual([
      'sanne.visser@ggnet.nl',
    ]);
  });

  // Stop 33: a work contact of a professional or an organisation is no client's data (corpus.tsv relabelled).
  it("lets a professional's address at an organisation's domain pass with nothing tying it to a client", () => {
    expect(found('Vragen kunnen naar sanne.visser@ggnet.nl.')).toEqual([]);
    expect(found('Reacties naar projectleider.achterhoek@laborijn.nl')).toEqual([]);
    expect(found('mail best@bouwbedrijf.nl')).toEqual([]);
  });

  it('beats anything inside it', () => {
    expect(found('cliënt: 123456782@gmail.com')).toEqual([['email', '123456782@gmail.com']]);
    expect(found('0612345678@sms.nl')).toEqual([['email', '0612345678@sms.nl']]);
  });

  // Batch 39: a mailbox named by the forms or requests it receives, or by an organisation's or team's abbreviation.
  it.each([
    'formulieren@werkbedrijf-regio.nl',
    'ziekmeldingen@werkfit.nl',
    'aanvragen@gemeente-helmond.nl',
    'ips@ggzregio.nl',
    'uwv@werkplein-oost.nl',
    'fact@ggnet.nl',
  ])('lets the mailbox %s pass', (address) => {
    expect(found(`Bij vragen over kandidaten mailen naar ${address}.`)).toEqual([]);
  });

  it.each(['ips.jansen@hotmail.com', 'ipsen@gmail.com', 'formulier.jansen@gmail.com'])(
    'still finds the personal address %s',
    (address) => {
      expect(foundOf('email', `mailen naar ${address}.`)).toEqual([address]);
    },
  );

  it("lets an address called a company or office mailbox pass (batch 39), not a client's or a private one", () => {
    expect(found('bedrijfsmail Stefan voor werk zaken: stefan@tuincentrumdelinde.nl')).toEqual([]);
    expect(found('Kantoormail: r.bos@schildersbedrijfbos.nl')).toEqual([]);
    expect(foundOf('email', 'bedrijfsmail van de klant: stefan@tuincentrumdelinde.nl')).toEqual([
      'stefan@tuincentrumdelinde.nl',
    ]);
    expect(foundOf('email', 'privémail Stefan: stefan@tuincentrumdelinde.nl')).toEqual([
      'stefan@tuincentrumdelinde.nl',
    ]);
    expect(foundOf('email', 'bedrijfsmail Stefan: stefan@hotmail.com')).toEqual(['stefan@hotmail.com']);
  });

  it("lets an organisation's public desk pass (heldout15), not a person's address", () => {
    expect(found('vragen van journalisten naar pers@ggz-oost.nl')).toEqual([]);
    expect(found('Contact via werkgever: hr@bouwbedrijf-ruiterkamp.nl, vraag naar de planner.')).toEqual([]);
    expect(found('gereageerd via personeelszaken@timmerfabriek-oosterhof.nl')).toEqual([]);
    expect(foundOf('email', 'mail de kandidaat op hr.jansen@bouw.nl')).toEqual(['hr.jansen@bouw.nl']);
    expect(found("cv's kunnen naar recruitment@bakkerijvos.nl")).toEqual([]);
    expect(found('folders komen van marketing@werkfit-twente.nl')).toEqual([]);
    expect(foundOf('email', 'pers.vandam@gmail.com is van de deelnemer')).toEqual(['pers.vandam@gmail.com']);
  });

  it('lets "zijn werkmail" pass with an employer or job title named (heldout15), not alone', () => {
    expect(found('de leidinggevende wil updates, zijn werkmail is k.wolters@wolterstransport.nl')).toEqual(
      [],
    );
    expect(found('haar werkmail als teamleider is s.dijkstra@zorgpuntnoord.nl')).toEqual([]);
    expect(foundOf('email', 'hij wil het op zijn werkmail: r.bos@grondwerkbos.nl')).toEqual([
      'r.bos@grondwerkbos.nl',
    ]);
    expect(
      foundOf('email', 'deelnemer geeft zijn werkmail aan de werkgever: t.kok@kokinstallatie.nl'),
    ).toEqual(['t.kok@kokinstallatie.nl']);
  });

  it('finds an address with its dots spelled out and spaced (heldout15)', () => {
    expect(foundOf('email', 'adres: h.yildiz (at) hotmail (dot) com, graag per mail')).toEqual([
      'h.yildiz (at) hotmail (dot) com',
    ]);
    expect(foundOf('email', 'naar p.meijer (at) ziggo (punt) nl')).toEqual(['p.meijer (at) ziggo (punt) nl']);
  });
});
