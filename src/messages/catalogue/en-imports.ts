import type { Words } from './nl.ts';

/** What the import commands say about a file under `--en` (nl-imports.ts has the Dutch). */
export const enImports: Words['imports'] = {
  value: {
    oneOf: (values) => `expected one of ${values}`,
    text: 'expected a text',
    notEmpty: 'must not be empty',
    atMostCharacters: (max) => `expected at most ${max} characters`,
    regionId: 'expected lower-case letters, digits and hyphens, such as "achterhoek"',
    date: 'expected a date as YYYY-MM-DD',
    tertiaal: 'expected a tertiaal such as 2026-T2',
    number: 'expected a number',
    level: 'expected a level from 1 to 6 in half steps',
    wholeNumber: 'expected a whole number',
    zeroOrMore: 'expected 0 or more',
    atMost: (max) => `expected at most ${max}`,
    email: 'expected an e-mail address',
    atMostKnelpunten: 'expected at most 3 knelpunten per check-in',
    checklistItem: 'expected an item from 1 to 20',
    tertiaalOrDate: 'expected exactly one of tertiaal or date',
    format: 'expected "schakel/v1"',
    moment: 'expected a moment such as 2026-05-01T12:00:00Z',
    controlCharacter: 'contains an invisible character (such as a NUL character)',
    notOneLine: 'must not contain a line break or another invisible character',
    localDateTime: 'expected a local date and time as YYYY-MM-DDTHH:MM',
    localTime: 'expected a time as HH:MM',
    wholeWeeks: 'expected a whole number of weeks',
    atLeastWeeks: (n) => `expected at least ${n} week`,
    atMostWeeks: (n) => `expected at most ${n} weeks`,
    wholeMinutes: 'expected a whole number of minutes',
    atLeastMinutes: (n) => `expected at least ${n} minutes`,
    atMostMinutes: (n) => `expected at most ${n} minutes`,
    webAddress: 'expected a web address (https://…)',
    timeZone: 'expected an IANA time zone such as Europe/Amsterdam',
    unknownFields: (names) =>
      `unknown ${names.length === 1 ? 'field' : 'fields'} ${names.map((n) => `"${n}"`).join(', ')}: remove ${names.length === 1 ? 'it' : 'them'} or check the spelling (see docs/schakel-v1.schema.json)`,
  },
  references: {
    wholeFile: '(file)',
    regionTwice: (id) => `region ${id} is in the file twice`,
    noRegion: (id) => `region ${id} is neither in the file nor in Schakel`,
    memberTwice: (id) => `member ${id} is in the file twice`,
    emailTaken: (regionId) =>
      `another member of region ${regionId} already has this e-mail address in Schakel; two members with one address cannot be told apart`,
    emailTwice: (place) => `this e-mail address is also at ${place}, in the same region`,
    memberMoved: (id) => `member ${id} belongs to another region in Schakel`,
    werkgroepTwice: (id) => `werkgroep ${id} is in the file twice`,
    werkgroepMoved: (id) => `werkgroep ${id} belongs to another region in Schakel`,
    sameName: (name) => `the region already has a werkgroep named ${name}`,
    noMember: (id) => `member ${id} does not exist`,
    memberElsewhere: (id) => `member ${id} belongs to another region`,
    noWerkgroep: (id) => `werkgroep ${id} does not exist`,
    memberNotWerkgroepRegion: (id) => `member ${id} belongs to another region than the werkgroep`,
    checkinTwice: 'this member already has a check-in on this date in the file',
    tertiaalTwice: (tertiaal) =>
      `this region is already in this list for ${tertiaal}: one entry per region and tertiaal`,
    seriesOf: (regionId, overleg, reason) => `region ${regionId}, overleg ${overleg}: ${reason}`,
  },
  json: {
    at: (line, column) => `line ${line}, column ${column}`,
    notJson: (what) => `not valid JSON: ${what}`,
    notJsonAtAll: 'not valid JSON. Check the file in an editor that knows JSON.',
    end: 'the file stops half-way. Check that every { has a }, every [ a ] and every text a closing ".',
    value:
      'a value belongs here: a text between double quotes ("…"), a number, true, false, null, { or [. If there is a comma too many, remove it.',
    name: 'a name between double quotes ("name") belongs here. If there is a comma before the }, remove it; JSON knows no single quotes (\'…\').',
    colon: 'a colon (:) belongs after a name.',
    objectNext: 'a comma (,) before the next name belongs here, or a } that closes the object.',
    arrayNext: 'a comma (,) before the next value belongs here, or a ] that closes the list.',
    control:
      'a text may not contain a line break or tab. Write \\n for a line break, or close the text earlier with ".',
    escape:
      'after a \\ in a text comes ", \\, /, b, f, n, r, t or u with four characters. Write a plain \\ as \\\\.',
    number: 'this number is not written correctly: no leading zeros, a point as decimal separator.',
    after: 'something follows the end of the JSON. Remove it.',
    nameTwice: (name) =>
      `"${name}" is twice in the same object; Schakel does not pick which value holds. Keep one of them.`,
  },
  csv: {
    fileIs: (what) => `the file is ${what}.`,
    empty:
      'empty: put the column names naam, organisatie, domein, e-mail and rol at the top, and one member per line below them',
    row: (row) => `Row ${row}`,
    header: 'header',
    wholeRow: 'row',
    column: (n) => `column ${n}`,
    missingColumns: (missing) =>
      `columns missing: ${missing}. Put the column names naam, organisatie, domein, e-mail and rol at the top (rol may be left out).`,
    columnsTwice: (columns, column) =>
      `the columns ${columns.slice(0, -1).join(', ')} and ${columns.at(-1)} are the same column (${column}). Keep one of them: Schakel does not pick one itself.`,
    nameMissing: 'naam (name) is missing',
    nameTooLong: (max) => `naam (name) is too long: at most ${max} characters`,
    organisationMissing: 'organisatie (organisation) is missing',
    organisationTooLong: (max) => `organisatie (organisation) is too long: at most ${max} characters`,
    noEmail: 'not a valid e-mail address',
    roles: (roles) => `expected ${roles} (several separated by ;)`,
    emailTwice: (row) => `this e-mail address is also on row ${row}`,
    sameMemberTwice: (row) => `this member (same name and organisation, no e-mail) is also on row ${row}`,
    separators: { ',': 'comma', ';': 'semicolon', '\t': 'tab' },
    tooManyCells: (cells, columns, separator) =>
      `${cells} cells, the header row has ${columns}. This file's columns are separated by a ${separator}; when that sign is in a cell (like "lid;projectleider" or "Dijk, Kees van"), put the cell between quotes, or save the file again in Excel.`,
    quoteNotClosed:
      'the quote (") at the start of this cell is never closed, so the rest of the file falls into the cell. Put a " at the end of the cell, or remove it.',
    quoteInCell:
      'there is a quote (") in the middle of this cell. Remove it, or put the whole cell between quotes and write the quote in the cell twice ("").',
    textAfterQuote:
      'text follows the quote (") that closes this cell. Write a quote in the cell twice (""), or remove it.',
    notCsv:
      "this row is no readable CSV. Save the file again as 'CSV UTF-8 (comma delimited)' and try again.",
  },
  notUtf8: "not UTF-8: save the file as UTF-8 (in Excel: 'CSV UTF-8 (comma delimited)') and try again",
};
