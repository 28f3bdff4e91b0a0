// Head words that make a phrase an organization's name. English: the nouns that end or open
// institutional names (Ministry of ..., ... Committee, ... Party). Khmer: the nouns a name starts
// with (ក្រសួង "ministry", គណបក្ស "party", អង្គការ "organization", ...), per Khmer naming usage in
// Royal Government documents. Weak heads (Programme, Office, ...) also name plans and rooms, so they
// count only when an acronym in parentheses follows the name.

/** English head nouns that make a capitalised phrase an organization. */
export const ENGLISH_ORGANIZATION_HEADS: readonly string[] = [
  'Ministry',
  'Committee',
  'Party',
  'Organization',
  'Organisation',
  'Association',
  'Council',
  'Bank',
  'Agency',
  'University',
  'Institute',
  'Foundation',
  'Fund',
  'Commission',
  'Department',
  'Assembly',
  'Federation',
  'Union',
  'Movement',
  'Embassy',
  'Court',
  'Network',
  'Alliance',
  'Coalition',
  'Authority',
  'Limited',
  'Corporation',
  'Company',
  // company forms (`Gammon Pte Ltd`, `Kroger Co.` is not here: `Co.` also abbreviates county)
  'Ltd',
  'Pte',
  'Inc',
  'Incorporated',
  'LLC',
  'Corp',
  'Plc',
  'PLC',
  'GmbH',
  // public bodies and institutions of Singapore, Malaysia and UN-style releases
  'Board',
  'Bureau',
  'Secretariat',
  'Force',
  'Police',
  'Parliament',
  'Tribunal',
  'Chamber',
  'Institution',
  // schools and hospitals are organizations (`Sok An 1st May High School`, `Changi General Hospital`)
  'School',
  'College',
  'Academy',
  'Polytechnic',
  'Hospital',
  'Club',
  'Airlines',
  'Airways',
  'Holdings',
  'Consortium',
  // governments and administrations are bodies (`Takeo Provincial Government`, `Government of Indonesia`)
  // unless they qualify the next word (ENGLISH_MODIFIER_HEADS)
  'Government',
  'Administration',
  // `Mount Faber Leisure Group`, `World Sport Group`; generic groups (`Working Group`) are kinds below
  'Group',
  // `The Kroger Co. (NYSE: KR)`
  'Co',
];

/**
 * Heads that, followed by another capitalised word, qualify it instead of naming a body
 * (`Digital Government Policy`, `Public Administration Reform`).
 */
export const ENGLISH_MODIFIER_HEADS: readonly string[] = ['Government', 'Administration'];

/**
 * Modifiers that, with heads only, make a kind of body rather than a name (`High School`,
 * `Executive Committee`, `Provincial Department`): a name needs one other word.
 */
export const ENGLISH_GENERIC_NAME_WORDS: readonly string[] = [
  'High', 'Primary', 'Secondary', 'Middle', 'Public', 'Private', 'Local', 'Provincial', 'Municipal', 'Regional',
  'Executive', 'Permanent', 'Standing', 'Joint', 'Special', 'Main', 'New', 'Senior', 'Junior', 'General', 'Central',
  'Directors', 'Governors', 'Trustees', 'Management', 'Working', 'Advisory', 'Steering', 'Focus', 'Study', 'Target',
  'Ethnic', 'Minority', 'Interest', 'Pressure', 'Armed', 'Rebel', 'Terrorist', 'Parent', 'Support', 'Research',
];

/**
 * Abbreviations of countries written like acronyms (`សហរដ្ឋអាមេរិក (U.S.)`, `(UK)`); compared without
 * dots. A name they follow is a country, not an organization.
 */
export const COUNTRY_ABBREVIATIONS: readonly string[] = ['US', 'USA', 'UK', 'UAE', 'PRC', 'ROK', 'DPRK', 'RI', 'ROC', 'SAR'];

/** English heads that name an organization only when an acronym in parentheses follows. */
export const ENGLISH_WEAK_ORGANIZATION_HEADS: readonly string[] = [
  'Programme', 'Program', 'Office', 'Centre', 'Center', 'Service', 'Forum',
  // government units (`Performance Management and Delivery Unit (PEMANDU)`, `Kuala Lumpur City Hall (DBKL)`)
  'Unit', 'Division', 'Directorate', 'Hall',
];

/**
 * Words after which a capitalised phrase is a label, not a body (`dubbed the Spoiled Ballot Party`);
 * the corpus README treats such labels as not_quotes for the same reason.
 */
export const ENGLISH_LABEL_CUES: readonly string[] = ['dubbed', 'so-called', 'nicknamed', 'called', 'branded', 'labelled', 'labeled'];

/** Words after `a State Party` that show the phrase names a kind (`a State Party to the Convention`). */
export const ENGLISH_PREPOSITIONS: readonly string[] = [
  'to', 'of', 'in', 'for', 'and', 'or', 'with', 'on', 'at', 'from', 'by', 'that', 'which', 'who', 'under', 'within', 'as', 'like',
];

/**
 * What an `About …` heading names when it is not an organization (`About Us`, `About this release`);
 * press releases end with `About <publisher>` boilerplate, one section per issuing organization.
 */
export const ENGLISH_ABOUT_NON_NAMES: readonly string[] = ['Us', 'This', 'The', 'Author', 'Authors', 'Editor', 'Editors', 'Release', 'Media', 'Notes'];

/** Capitalised words that open a sentence or a phrase and are never the start of a name. */
export const ENGLISH_NON_NAME_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'And', 'But', 'When', 'While', 'As', 'Also',
  'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Under', 'After', 'Before', 'During', 'Both', 'Then', 'Of', 'To',
  // section headings and calls to action (`About the National Environment Agency`, `Visit ...`)
  'About', 'Said', 'Today', 'Via', 'Through', 'Including', 'Among', 'Visit', 'Follow', 'Contact', 'Dear', 'Join', 'Meanwhile',
];

/** Khmer head nouns an organization's name starts with; longer heads first. */
export const KHMER_ORGANIZATION_HEADS: readonly string[] = [
  'អគ្គនាយកដ្ឋាន',
  'នាយកដ្ឋាន',
  'ក្រសួង',
  'គណបក្ស',
  'គណៈកម្មាធិការ',
  'អង្គការ',
  'ធនាគារ',
  'សមាគម',
  'ក្រុមប្រឹក្សា',
  'ទីស្តីការ',
  'វិទ្យាស្ថាន',
  'សាកលវិទ្យាល័យ',
  'សម្ព័ន្ធ',
  'សហភាព',
  'មូលនិធិ',
  'ស្ថានឯកអគ្គរាជទូត',
  'ស្ថានទូត',
  'ទីភ្នាក់ងារ',
  'សាលាដំបូង',
  'បណ្តាញ',
  'ក្រុមសភា',
  // មជ្ឈមណ្ឌល "centre" (មជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍ (ម.ប.ស.)), a weak head like English Centre
  'មជ្ឈមណ្ឌល',
];

/**
 * Khmer words that end a name found by its head: words that start the rest of the sentence. Khmer
 * writes no spaces between words, so the end of a name is where one of these begins. Each was
 * checked not to occur inside Royal Government or NGO names (KHMER_COMPOUNDS_HIDING_STOP_WORDS
 * lists the compounds where one does).
 */
export const KHMER_NAME_ENDERS: readonly string[] = [
  // particles, auxiliaries and function words (ដែល "which", បាន past marker, ត្រូវ "must", នៅ "at")
  'ដែល', 'កាលពី', 'ក្នុង', 'ចំនួន', 'ជាង', 'ថ្មី', 'បាន', 'ត្រូវ', 'កំពុង', 'នឹង', 'ហើយ', 'ធ្លាប់', 'មិន', 'គឺ',
  'បច្ចុប្បន្ន', 'ក៏', 'ផង', 'ទេ', 'ទៀត', 'នោះ', 'នេះ', 'នានា', 'ទាំង', 'មួយ', 'របស់', 'ឲ្យ', 'ឱ្យ', 'នៅ', 'ខ្លះ', 'ដទៃ',
  // verbs that follow a subject (កើន "rise", ជ្រៀត "infiltrate", ច្រើន "be many", speech verbs)
  'កើន', 'ជ្រៀត', 'ច្រើន', 'ចូលរួម', 'ផ្តល់', 'ជួប', 'គាំទ្រ', 'និយាយ', 'ថ្លែង', 'មានប្រសាសន៍', 'ប្រាប់', 'អះអាង', 'ប្រកាស',
  // person nouns, honorifics and titles that start the next phrase (មន្ត្រី "official", លោក "Mr.")
  'មន្ត្រី', 'លោក', 'អ្នកស្រី', 'ឯកឧត្តម', 'សម្តេច', 'ប្រធាន', 'សមាជិក', 'ពួក', 'អ្នកនាំពាក្យ',
];

/**
 * Compounds that contain a stop word or a name marker but are one word inside a name: រដ្ឋមន្ត្រី
 * "minister" (ទីស្តីការគណៈរដ្ឋមន្ត្រី), ពិភពលោក "world", មានជ័យ in province names, ធម្មជាតិ "nature".
 */
export const KHMER_COMPOUNDS_HIDING_STOP_WORDS: readonly string[] = ['រដ្ឋមន្ត្រី', 'ពិភពលោក', 'សកលលោក', 'មានជ័យ', 'ធម្មជាតិ', 'សញ្ជាតិ', 'ជនជាតិ'];

/**
 * Khmer heads that also name a kind of body (អង្គការសិទ្ធិមនុស្ស "human rights groups", សមាគមអ្នកកាសែត
 * "journalists' associations"). Like the English weak heads, a phrase with one counts as a name only
 * with a proper-name mark: a country (KHMER_COUNTRY_NAMES), a word of KHMER_PROPER_NAME_MARKERS, a
 * Latin name, a known name inside it or an acronym in parentheses.
 */
export const KHMER_WEAK_ORGANIZATION_HEADS: readonly string[] = [
  'អង្គការ', 'សមាគម', 'បណ្តាញ', 'ក្រុមប្រឹក្សា', 'គណៈកម្មាធិការ', 'វិទ្យាស្ថាន', 'មូលនិធិ', 'សហភាព', 'សម្ព័ន្ធ',
  'ទីភ្នាក់ងារ', 'សាកលវិទ្យាល័យ', 'ធនាគារ', 'ក្រុមសភា', 'មជ្ឈមណ្ឌល',
];

/** គណៈអភិបាល "board of governors": with a province or the capital after it, that province's administration. */
export const KHMER_ADMINISTRATION_HEADS: readonly string[] = ['គណៈអភិបាល'];

/** The kinds of place whose administration is one body (ខេត្ត "province", រាជធានី "capital"). */
export const KHMER_ADMINISTERED_PLACE_KINDS: readonly string[] = ['ខេត្ត', 'រាជធានី'];

/**
 * Khmer school nouns followed, after a space, by the school's name, often a person's name
 * (`វិទ្យាល័យ ប៊ុនរ៉ានី ហ៊ុនសែន បាទី`, `វិទ្យាល័យ សុខ អាន ១ឧសភា`); glued (`វិទ្យាល័យសាធារណៈ`
 * "public high schools") they are a common noun.
 */
export const KHMER_SCHOOL_HEADS: readonly string[] = ['វិទ្យាល័យ', 'អនុវិទ្យាល័យ', 'សាលាបឋមសិក្សា', 'មហាវិទ្យាល័យ'];

/**
 * Words that make a Khmer phrase a proper name: ជាតិ "national", អន្តរជាតិ "international",
 * ពិភពលោក "world", and a purpose "for ..." (ដើម្បី, សម្រាប់), as in named networks and funds.
 */
export const KHMER_PROPER_NAME_MARKERS: readonly string[] = ['ជាតិ', 'អន្តរជាតិ', 'ពិភពលោក', 'ដើម្បី', 'សម្រាប់', 'ភ្នំពេញ'];

/**
 * Khmer nouns for kinds of business that stand before a Latin brand name: ក្រុមហ៊ុន "company",
 * រោងភាពយន្ត "cinema", ផលិតកម្ម "production house" (`ក្រុមហ៊ុន One Touch`). Without a Latin name
 * after them they are common nouns.
 */
export const KHMER_LATIN_NAME_CLASSIFIERS: readonly string[] = [
  'ក្រុមហ៊ុន', 'ក្រុមការងារ', 'រោងភាពយន្ត', 'ផលិតកម្ម', 'សណ្ឋាគារ', 'ភោជនីយដ្ឋាន', 'ទូរទស្សន៍', 'វិទ្យុ', 'កាសែត', 'គេហទំព័រ', 'ហាង',
];

/** Khmer words that tie an owner to a name (នៃ "of", របស់ "of", ប្រចាំ "to", នៅ "in"): ក្រសួងពាណិជ្ជកម្មរបស់ប្រទេសថៃ. */
export const KHMER_OWNER_LINKS: readonly string[] = ['នៃ', 'របស់', 'ប្រចាំ', 'នៅ'];

/** Khmer words glued before a name (និងកម្មវិធី... "and the programme ..."); stripped from a name's start. */
export const KHMER_NAME_PREFIX_WORDS: readonly string[] = ['និង', 'នៃ', 'របស់', 'ពី', 'ដោយ', 'នៅ', 'ដល់', 'ជាមួយ', 'ចំពោះ', 'ហៅកាត់ថា', 'ឲ្យ', 'ឱ្យ'];

/**
 * Words that, right after a Khmer head, make a description rather than a name: គណបក្សប្រឆាំង "the
 * opposition party", គណបក្សកាន់អំណាច "the ruling party", បណ្តាញសង្គម "social network".
 */
export const KHMER_GENERIC_TAILS: readonly string[] = ['ប្រឆាំង', 'កាន់អំណាច', 'នយោបាយ', 'តូច', 'ធំ', 'ដ៏', 'ថ្មី', 'ណា', 'ដទៃ', 'សង្គម', 'ឃុំ', 'ទាំង', 'ជា', 'នានា', 'ខ្ញុំ', 'យើង', 'នេះ', 'នោះ'];

/** Khmer words that join a name to the one it belongs to (នៃ "of", របស់ "of", សម្រាប់ "for"). */
export const KHMER_GENITIVE_WORDS: readonly string[] = ['នៃ', 'របស់', 'សម្រាប់'];

/** Khmer connector words that cannot end a name (a name cut before its complement keeps none). */
export const KHMER_TRAILING_CONNECTORS: readonly string[] = ['ប្រចាំ', 'នៃ', 'និង', 'របស់', 'សម្រាប់', 'ក្នុង', 'នៅ', 'ពី'];

/** Stock exchanges a listed company's ticker is given on (`The Kroger Co. (NYSE: KR)`, `(SGX: Z74)`). */
export const STOCK_EXCHANGES: readonly string[] = ['NYSE', 'NASDAQ', 'Nasdaq', 'NYSE American', 'SGX', 'SGX-ST', 'HKEX', 'LSE', 'TSX', 'ASX', 'Bursa Malaysia', 'KLSE', 'SET', 'CSX', 'OTC'];

/**
 * Phrases after which a list names the bodies behind an event or a programme (`hosted by A, B and C`,
 * `in partnership with ...`): press releases credit organizers, sponsors and partners this way, often
 * by brand alone (`Google`, `Red Hat`), so the list's place says they are organizations.
 */
export const ENGLISH_SPONSOR_LIST_CUES: readonly string[] = [
  'hosted by', 'co-hosted by', 'organised by', 'organized by', 'co-organised by', 'co-organized by', 'sponsored by',
  'supported by', 'funded by', 'backed by', 'powered by', 'in partnership with', 'in collaboration with',
  'partners include', 'partners including', 'members include', 'sponsors include', 'sponsors including',
];

/**
 * Roles whose `of` names the body the person works for (`co-founder of LibreOffice`, `CEO of
 * Treasure Data`). Other roles take `of` before a portfolio or a field (`Head of Program Planning`,
 * `Minister of Health`), so only `at` and an apposition comma are read after them.
 */
export const ENGLISH_ROLES_OF_A_BODY: readonly string[] = [
  'founder', 'co-founder', 'cofounder', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'owner', 'co-owner', 'engineer', 'employee', 'staff',
];
