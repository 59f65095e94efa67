/**
 * Abbreviations of news copy, by what may follow them, and the words that
 * tell a reader whether a full stop after one ends the sentence. Read by
 * sentence-ends.ts; the rules themselves are described there.
 *
 * Lookups are exact (case matters): `Sen.` is a title, `sen.` is not, and
 * `Ill.` is Illinois while `ill.` is a word at the end of a sentence.
 */

/**
 * How a full stop after an abbreviation is read:
 *
 * - `title`: comes before a name (`Sen. Ann Marsh`, `Gen.`, `Mt.`), so the
 *   sentence goes on.
 * - `joining`: joins what comes before to what comes after (`vs.`, `cf.`,
 *   `e.g.`), so the sentence goes on.
 * - `ambiguous`: could be a title or a word that closes a name (`St.` Saint
 *   or Street, `Dr.` Doctor or Drive, `Del.` Delegate or Delaware); ends the
 *   sentence only before a word that can only be capitalised because it
 *   opens a sentence (`The`, `He`, `But`).
 * - `company`: closes a company's name (`Inc.`, `Corp.`); ends the sentence
 *   before a capitalised word, unless that word goes on naming (another
 *   company form, or a role: `Acme Corp. Chief Executive Jo Li`).
 * - `afterName`: closes a name (`Jr.`, `Ave.`, a state as AP writes it:
 *   `Salem, Ore.`); ends the sentence before any capitalised word.
 * - `beforeNumber`: comes before a number (`Jan. 5`, `No. 1`, `Vol. 2`);
 *   goes on before one, ends before a capitalised word.
 * - `clock`: `a.m.` and `p.m.`; go on before a day, a month or a time zone
 *   (`5 p.m. Monday`, `9 a.m. ET`), end before any other capitalised word.
 */
export type AbbreviationKind = 'title' | 'joining' | 'ambiguous' | 'company' | 'afterName' | 'beforeNumber' | 'clock';

const kinds: ReadonlyArray<[AbbreviationKind, readonly string[]]> = [
  [
    'title',
    [
      // Forms of address and office.
      'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Prof', 'Profs', 'Rev', 'Revs', 'Msgr', 'Fr', 'Hon', 'Pres',
      'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Lt', 'Atty', 'Amb', 'Supt', 'Det', 'Insp', 'Sec', 'Treas', 'Ald', 'Assemb',
      // Military and police ranks.
      'Gen', 'Gens', 'Col', 'Cols', 'Maj', 'Capt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt', 'Spc', 'Pfc', 'Lieut', 'Cmdt', 'Ens', 'Sgts',
      // Place names that open with an abbreviation.
      'Mt', 'Ft', 'Pt'
    ]
  ],
  ['joining', ['vs', 'v', 'cf', 'viz', 'approx', 'incl', 'esp', 'Vs']],
  ['ambiguous', ['St', 'Ste', 'Dr', 'Drs', 'Del']],
  ['company', ['Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Plc', 'Mfg', 'Assn', 'Intl', 'Dept', 'Univ']],
  [
    'afterName',
    [
      // Suffixes of people's names.
      'Jr', 'Sr', 'Esq',
      // Street forms.
      'Ave', 'Blvd', 'Rd', 'Hwy', 'Pkwy', 'Ln', 'Sq', 'Ter', 'Pl', 'Ct',
      // US states as AP style abbreviates them (with `Del.` read as ambiguous above), and Canadian provinces.
      'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo',
      'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wisc', 'Wyo',
      'Alta', 'Ont', 'Que', 'Sask', 'Nfld'
    ]
  ],
  [
    'beforeNumber',
    [
      // Months (AP abbreviates them only before a date) and days, as tables write them.
      'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
      'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
      // Numbering.
      'No', 'no', 'Nos', 'nos', 'Nr', 'Vol', 'vol', 'Vols', 'Fig', 'fig', 'Figs', 'Art', 'art', 'Ch', 'ch', 'Para', 'para', 'pp', 'ca', 'Pp'
    ]
  ]
];

/** Each abbreviation's kind, keyed by its letters as written, without the full stop. */
export const abbreviationKinds: ReadonlyMap<string, AbbreviationKind> = new Map(kinds.flatMap(([kind, words]) => words.map((word) => [word, kind] as const)));

/**
 * Kinds of dotted initialisms (`U.S.`, `p.m.`), keyed by their letters in
 * lower case without the stops (`us`, `pm`). An initialism not listed is
 * read as `ambiguous`: `U.S. Senate` goes on, `…in the U.S. The…` ends.
 */
export const initialismKinds: ReadonlyMap<string, AbbreviationKind> = new Map<string, AbbreviationKind>([
  ['am', 'clock'],
  ['pm', 'clock'],
  ['eg', 'joining'],
  ['ie', 'joining'],
  ['cf', 'joining'],
  ['nb', 'joining']
]);

/**
 * Words (in lower case) that, capitalised, can only be opening a sentence:
 * determiners, pronouns, conjunctions, prepositions and sentence adverbs.
 * None of them goes on a name, so a full stop before one ends the sentence
 * even after an abbreviation that usually does not.
 */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here',
  'but', 'and', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while', 'whilst', 'after', 'before', 'although', 'though', 'because', 'as', 'once', 'unless',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'since', 'until', 'during', 'despite', 'under', 'over', 'about', 'among', 'between', 'without',
  'however', 'meanwhile', 'still', 'then', 'now', 'also', 'instead', 'even', 'only', 'later', 'earlier', 'yesterday', 'asked', 'according',
  'some', 'many', 'most', 'all', 'both', 'each', 'every', 'several', 'few', 'such', 'other', 'another', 'much', 'more', 'not',
  'what', 'who', 'whom', 'whose', 'why', 'how', 'where', 'which'
]);

/**
 * Words (in lower case) that go on naming after a company's name: a role
 * (`Acme Corp. Chief Executive Jo Li`) or another company form (`Acme Co. Ltd.`).
 */
export const namingWords: ReadonlySet<string> = new Set([
  'chief', 'ceo', 'cfo', 'coo', 'cto', 'president', 'chairman', 'chairwoman', 'chair', 'vice', 'director', 'executive', 'founder', 'co-founder',
  'spokesman', 'spokeswoman', 'spokesperson', 'senior', 'general', 'managing', 'deputy', 'head', 'treasurer', 'secretary', 'chairperson',
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'llp', 'lp', 'ag', 'sa', 'nv', 'gmbh'
]);

/**
 * Words (in lower case) that go on a time: days, months and time zones
 * spelt out (`5 p.m. Eastern`). Time zones written in capitals (`ET`,
 * `GMT`) are recognised by their capitals.
 */
export const timeWords: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'greenwich', 'local'
]);
