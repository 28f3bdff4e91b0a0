import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { Organization } from '../../schema/release.js';
import type { FieldContext } from '../field-types.js';
import { extractOrganizations } from './extract-organizations.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });
const orgs = (text: string): Organization[] => extractOrganizations(bare(normalizeText(text).text)).organizations;
const named = (list: Organization[], name: string): Organization | undefined => list.find((o) => o.name === name);

describe('extractOrganizations', () => {
  it('takes the acronym in parentheses and counts every later mention of it', () => {
    const text = 'The Cambodia National Rescue Party (CNRP) was dissolved. The CNRP appealed.';
    const [cnrp] = orgs(text);
    expect(cnrp).toMatchObject({ name: 'Cambodia National Rescue Party', acronym: 'CNRP' });
    expect(cnrp!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Cambodia National Rescue Party', 'CNRP', 'CNRP']);
  });

  it('defines an unknown organization by its head noun and acronym', () => {
    const text = 'The Cambodian Centre for Independent Media (CCIM) and the Phnom Penh Lawyers Association spoke. CCIM said no.';
    const list = orgs(text);
    expect(named(list, 'Cambodian Centre for Independent Media')).toMatchObject({ acronym: 'CCIM' });
    expect(named(list, 'Cambodian Centre for Independent Media')!.mentions).toHaveLength(3);
    expect(named(list, 'Phnom Penh Lawyers Association')).toBeDefined();
  });

  it('pairs Khmer and English names through a shared acronym', () => {
    const text = 'កម្មវិធីអភិវឌ្ឍន៍ថ្មីនៃអាស៊ី (ADPF) បានប្រកាស។\n\nThe Asian Development Project Foundation (ADPF) announced. ADPF said.';
    const list = orgs(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Asian Development Project Foundation', acronym: 'ADPF', names: { en: 'Asian Development Project Foundation', km: 'កម្មវិធីអភិវឌ្ឍន៍ថ្មីនៃអាស៊ី' } });
    expect(list[0]!.mentions).toHaveLength(5);
  });

  it('knows the NGOs, courts and newspapers of Cambodian news in the forms news copy writes them', () => {
    const list = orgs('Licadho and Comfrel told the Phnom Penh Post that the Interior Ministry had not replied.');
    expect(list.map((o) => o.name)).toEqual(['Licadho', 'Comfrel', 'Phnom Penh Post', 'Interior Ministry']);
    expect(named(list, 'Interior Ministry')?.names.km).toBe('ក្រសួងមហាផ្ទៃ');
  });

  it('takes an office holder’s office for an institution, but not any office', () => {
    expect(orgs('The group sits in the Prime Minister’s Office.').map((o) => o.name)).toEqual(['Prime Minister’s Office']);
    expect(orgs('Visit the Tourist Office today.')).toEqual([]);
  });

  it('does not take a plural abbreviation or an unspelled phrase for an organization', () => {
    expect(orgs('to achieve Cambodia’s Sustainable Development Goals (CSDGs) and Big Plans (ZQX).')).toEqual([]);
  });

  it('pairs Khmer and English names through the table of known organizations', () => {
    const list = orgs('ក្រសួងមុខងារសាធារណៈ បានរៀបចំ។ The Ministry of Civil Service hosted it.');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Ministry of Civil Service', names: { en: 'Ministry of Civil Service', km: 'ក្រសួងមុខងារសាធារណៈ' } });
  });

  it('reads a Khmer name followed by its English name in parentheses', () => {
    const list = orgs('តំណាងបណ្តាញពលរដ្ឋខ្មែរដើម្បីកម្ពុជា (Khmer People’s Network for Cambodia) បាននិយាយ។');
    expect(list[0]).toMatchObject({ names: { km: 'បណ្តាញពលរដ្ឋខ្មែរដើម្បីកម្ពុជា', en: 'Khmer People’s Network for Cambodia' } });
  });

  it('finds Khmer names by their head noun, cut before the rest of the sentence', () => {
    const list = orgs('លោកបាននិយាយថា ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជាដែលបានអនុម័តគម្រោង។');
    expect(list.map((o) => o.name)).toEqual(['ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជា']);
  });

  it('merges Khmer spelling variants of a known party and keeps descriptions out', () => {
    const list = orgs('គណបក្សសង្គ្រោះជាតិ និង គណបក្សសង្រ្គោះជាតិ ជាគណបក្សប្រឆាំង ហើយគណបក្សកាន់អំណាចឈ្នះ។');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ acronym: 'CNRP', names: { en: 'Cambodia National Rescue Party' } });
  });

  it('does not read a possessor, a heading or a plan as an organization', () => {
    const list = orgs("Prime Minister Hun Sen’s Cambodian People’s Party won. SPARKING INNOVATION IN THE PUBLIC SECTOR. The Cambodian National Program for Public Administration Reform.");
    expect(list.map((o) => o.name)).toEqual(['Cambodian People’s Party']);
    expect(orgs('The Digital Program for Reform started. The Digital Program for Reform ends.')).toEqual([]);
  });

  it('lets a longer phrase win over a known name it extends', () => {
    const list = orgs('Aun Pornmoniroth, a CPP Executive Committee member, met the Thai Ministry of Foreign Affairs.');
    expect(list.map((o) => o.name)).toEqual(['CPP Executive Committee', 'Thai Ministry of Foreign Affairs']);
  });

  it('gives the three organizations of the bilingual seed with both names', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const list = extractOrganizations({ text, sections: splitSections(text).sections }).organizations;
    expect(list.map((o) => [o.name, o.acronym, o.names.km])).toEqual([
      ['Royal Government of Cambodia', 'RGC', 'រាជរដ្ឋាភិបាលកម្ពុជា'],
      ['UN Development Programme', 'UNDP', 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ'],
      ['Ministry of Civil Service', undefined, 'ក្រសួងមុខងារសាធារណៈ'],
    ]);
    for (const org of list) {
      // `Pech Bunthin, Minister of Civil Service` names the ministry through its minister's title.
      for (const m of org.mentions) expect(text.slice(m.start, m.end)).toMatch(/^(?:Royal Government(?: of Cambodia)?|រាជរដ្ឋាភិបាល(?:កម្ពុជា)?|UN Development Programme|UNDP|កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ|Minist(?:ry|er) of Civil Service|ក្រសួងមុខងារសាធារណៈ)$/);
    }
  });

  it('extends a Khmer name by the country that owns it, which makes it another body than the known one', () => {
    const thai = orgs('កម្មវិធីរៀបចំដោយក្រសួងពាណិជ្ជកម្មរបស់ប្រទេសថៃដែលបានប្រព្រឹត្តទៅ។');
    expect(thai.map((o) => [o.name, o.names.en])).toEqual([['ក្រសួងពាណិជ្ជកម្មរបស់ប្រទេសថៃ', undefined]]);
    expect(orgs('អគ្គនាយកនៃនាយកដ្ឋានព័ត៌មានប្រចាំក្រសួងការបរទេសថៃ បានប្រាប់។').map((o) => o.name)).toEqual(['នាយកដ្ឋានព័ត៌មាន', 'ក្រសួងការបរទេសថៃ']);
    expect(orgs('សមាគមការពារអ្នកកាសែតឯករាជ្យនៅកម្ពុជាត្រូវបានបង្កើត។').map((o) => o.name)).toEqual(['សមាគមការពារអ្នកកាសែតឯករាជ្យនៅកម្ពុជា']);
  });

  it('keeps a conjunct after a space when a genitive ties the name to its owner', () => {
    const list = orgs('លោក ផុស សុវណ្ណ អគ្គនាយកនៃអគ្គនាយកដ្ឋានព័ត៌មាន និងសោតទស្សន៍ នៃក្រសួងព័ត៌មានមានប្រសាសន៍ថា');
    expect(list.map((o) => o.name)).toEqual(['អគ្គនាយកដ្ឋានព័ត៌មាន និងសោតទស្សន៍', 'ក្រសួងព័ត៌មាន']);
    expect(orgs('ក្រសួងថាមពលវារីអគ្គិសនី និងលោក ហេង បាននិយាយ។').map((o) => o.name)).toEqual(['ក្រសួងថាមពលវារីអគ្គិសនី']);
  });

  it('ends a Khmer name at a verb, a person noun or a preposition, but not inside a compound', () => {
    expect(orgs('ឲ្យមន្ត្រីស្ថានទូតអាមេរិកមន្ត្រីតុលាការ បានចោទសួរ។').map((o) => o.name)).toEqual(['ស្ថានទូតអាមេរិក']);
    expect(orgs('ចំនួនសមាគមអ្នកកាសែតកម្ពុជាកើនដល់៤២។').map((o) => o.name)).toEqual(['សមាគមអ្នកកាសែតកម្ពុជា']);
    expect(orgs('ដើម្បីឃោសនាផ្សព្វផ្សាយគណបក្សនៅឃុំអរិយក្សត្រ។')).toEqual([]);
    expect(orgs('ចៀសវាងយកឥទ្ធិពលគណបក្សជ្រៀតចូលនៅក្នុងស្ថាប័នរដ្ឋ។')).toEqual([]);
    expect(orgs('តំណាងអង្គការសកលលោកដើម្បីកុមារ បាននិយាយ។').map((o) => o.name)).toEqual(['អង្គការសកលលោកដើម្បីកុមារ']);
  });

  it('does not take a Khmer kind of body for a name unless something marks it as proper', () => {
    expect(orgs('សហការីនៃអង្គការសិទ្ធិមនុស្ស លោក ថារ៉ូ និយាយ។ មានសមាគមអ្នកកាសែតច្រើនបែប។ ក្រៅពីអង្គការឃ្លាំមើលសេរីភាពសារព័ត៌មានមួយចំនួន។')).toEqual([]);
    const list = orgs('សមាគមអ្នកសារព័ត៌មានឯករាជ្យ (IJAX) បានប្រកាស។ សហភាពសហព័ន្ធអ្នកសារព័ត៌មានកម្ពុជា បានស្វាគមន៍។');
    expect(list.map((o) => [o.names.km, o.acronym])).toEqual([
      ['សមាគមអ្នកសារព័ត៌មានឯករាជ្យ', 'IJAX'],
      ['សហភាពសហព័ន្ធអ្នកសារព័ត៌មានកម្ពុជា', undefined],
    ]);
  });

  it('reads a Khmer head before a known Latin name as that organization', () => {
    const text = 'អង្គការ WWF បានរៀបចំវេទិកា។';
    const list = orgs(text);
    expect(list.map((o) => o.acronym)).toEqual(['WWF']);
    expect(list[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['WWF']);
  });

  it('joins a Khmer name with and without its Cambodian post, and ignores Khmer spaces when choosing the name', () => {
    const embassy = orgs('មន្ត្រីស្ថានទូតអាមេរិក។ ឲ្យមន្ត្រីស្ថានទូតអាមេរិកប្រចាំកម្ពុជា អំឡុងពេលនោះ។');
    expect(embassy.map((o) => o.name)).toEqual(['ស្ថានទូតអាមេរិកប្រចាំកម្ពុជា']);
    const finance = orgs('នៃក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ អស់រយៈពេលបីឆ្នាំ។ នៅក្នុងក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ ដែលពួកគេ');
    expect(finance.map((o) => o.names.km)).toEqual(['ក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ']);
  });

  it('counts a known body named after a genitive inside a longer name', () => {
    const list = orgs('លោកស្រី Tiziana Bonapace នៃគណៈកម្មាធិការសេដ្ឋកិច្ចរបស់អង្គការសហប្រជាជាតិសម្រាប់អាស៊ីនិងប៉ាស៊ីហ្វិក បានមានប្រសាសន៍។');
    expect(list.map((o) => o.acronym)).toEqual(['ESCAP', 'UN']);
  });

  it('takes Latin brand names after a Khmer business noun', () => {
    const list = orgs('«ខ្មោចប្រពន្ធ» ផលិតឡើងដោយក្រុមហ៊ុន One Touch និង Red Spark Production ដែលចាក់នៅរោងភាពយន្ត Major Cineplex។');
    expect(list.map((o) => o.name)).toEqual(['One Touch', 'Red Spark Production', 'Major Cineplex']);
  });

  it('reads English labels, kinds and misplaced possessives correctly', () => {
    expect(orgs("Sok Eysan, a spokesman of Cambodian's People Party, spoke.").map((o) => o.acronym)).toEqual(['CPP']);
    expect(orgs('Votes went to what has been dubbed the Spoiled Ballot Party, he said.')).toEqual([]);
    expect(orgs('Thailand is not a State Party to the 1951 Refugee Convention.')).toEqual([]);
  });

  it('names a Cambodian ministry through its minister’s title, but not another country’s', () => {
    expect(orgs('Singapore, 18 May 2011 – The guest of honour was the Minister of Foreign Affairs, Mr George Yeo.')).toEqual([]);
    const text = 'In Cambodia last August, Minister of Social Affairs, Veterans and Youth Rehabilitation Vong Sauth made a speech.';
    const list = orgs(text);
    expect(list.map((o) => o.name)).toEqual(['Ministry of Social Affairs, Veterans and Youth Rehabilitation']);
    expect(text.slice(list[0]!.evidence.start, list[0]!.evidence.end)).toBe('Minister of Social Affairs, Veterans and Youth Rehabilitation');
  });

  it('does not take a law, a system or a partnership defined by an acronym for an organization', () => {
    const text = 'under the Resource Sustainability Act (RSA), the Safe City Monitoring System (SCMS) and the Just Energy Transition Partnership (JETP).';
    expect(orgs(text)).toEqual([]);
  });

  it('reads a mixed-case, starred or dotted acronym after the name it abbreviates', () => {
    const list = orgs('The Government Technology Agency (GovTech), the Agency for Science, Technology and Research (A*STAR) and the Community Tech Center (C.T.C.) met. A*STAR and C.T.C agreed.');
    expect(list.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([
      ['Government Technology Agency', 'GovTech', 2],
      ['Agency for Science, Technology and Research', 'A*STAR', 3],
      ['Community Tech Center', 'C.T.C.', 3],
    ]);
  });

  it('reads a dotted Khmer acronym and its later mentions, glued or without the last dot', () => {
    const text = 'ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ (ក.ប.ទ.) និងមជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍ (ម.ប.ស) ។ ក្រុមការងារម.ប.ស. និង ក.ប.ទ. បានជួប។';
    const list = orgs(text);
    expect(list.map((o) => [o.names.km, o.acronym])).toEqual([
      ['ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍', 'ក.ប.ទ.'],
      ['មជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍', 'ម.ប.ស'],
    ]);
    expect(list.map((o) => o.mentions.length)).toEqual([3, 3]);
  });

  it('cuts an office holder’s title, a sentence end and a second name joined by and or of', () => {
    const text = 'He met the President of the European Commission. Building and Construction Authority and National Environment Agency staff visited the Community Technology Center of Sok An 1st May High School. The Center. The Office opened.';
    expect(orgs(text).map((o) => o.name)).toEqual([
      'European Commission',
      'Building and Construction Authority',
      'National Environment Agency',
      'Community Technology Center',
      'Sok An 1st May High School',
    ]);
  });

  it('takes company forms and institutions as heads, but not a kind of body', () => {
    const text = 'Gammon Pte Ltd, Changi General Hospital, Nanyang Polytechnic and the Singapore Tourism Board joined. GovTech is a Statutory Board under the ministry; students of the High School came.';
    expect(orgs(text).map((o) => o.name)).toEqual(['Gammon Pte Ltd', 'Changi General Hospital', 'Nanyang Polytechnic', 'Singapore Tourism Board']);
  });

  it('joins a name wrapped over two lines of running text, but not a heading onto the next line', () => {
    const text = 'The trials are run by the Smart Nation and Digital Government Group with partners, under the Smart Nation and Digital\nGovernment Group (SNDGG) in the Prime Minister’s Office.\n\nMedia Relations\nBoard members met.';
    expect(orgs(text).map((o) => [o.name, o.acronym])).toEqual([
      ['Smart Nation and Digital Government Group', 'SNDGG'],
      ['Prime Minister’s Office', undefined],
    ]);
  });

  it('takes the body an About section describes, with its other mentions', () => {
    const text = 'Visitors flew at iFly Singapore.\n\n- END About iFly Singapore\niFly Singapore is the world’s largest themed wind tunnel.\n\nAbout Us\nWe write releases.';
    const list = orgs(text);
    expect(list.map((o) => [o.name, o.mentions.length])).toEqual([['iFly Singapore', 3]]);
  });

  it('takes a listed company by its ticker, and a group unless it is a kind of group', () => {
    const text = 'CINCINNATI – The Kroger Co. (NYSE: KR) and Alphabet (NASDAQ: GOOGL) met the Mount Faber Leisure Group and a Working Group.';
    expect(orgs(text).map((o) => o.name)).toEqual(['Kroger Co.', 'Alphabet', 'Mount Faber Leisure Group']);
  });

  it('takes the body over a name in a contact block, even with a weak head', () => {
    const text = 'Media Contacts:\nHarbour Events Centre\nDavid Chua\nEmail: david@harbour.sg';
    expect(orgs(text).map((o) => o.name)).toEqual(['Harbour Events Centre']);
  });

  it('does not pair a Khmer name with a country abbreviation in parentheses', () => {
    expect(orgs('មន្ត្រីសហរដ្ឋអាមេរិក (U.S.) បាននិយាយ។')).toEqual([]);
  });

  it('takes a government or administration as a body, but not when it qualifies the next word', () => {
    const text = 'HE Ouch Phe, Governor of Takeo Provincial Government, and the Government of Indonesia backed the Cambodia Digital Government Policy and the Public Administration\nReform.';
    expect(orgs(text).map((o) => o.name)).toEqual(['Takeo Provincial Government', 'Government of Indonesia']);
  });

  it('takes a province’s administration, not every town’s board', () => {
    const list = orgs('ឯកឧត្តម អ៊ូច ភា អភិបាលនៃគណៈអភិបាលខេត្តតាកែវ និងគណៈអភិបាលក្រុង-ស្រុកទូទាំងខេត្ត បានចូលរួម។');
    expect(list.map((o) => o.name)).toEqual(['គណៈអភិបាលខេត្តតាកែវ']);
  });

  it('takes Khmer schools named after a space, each up to the next school, និង or an honorific', () => {
    const text = 'នៅវិទ្យាល័យសាធារណៈ។ រួមមាន វិទ្យាល័យ សុខអាន ត្រាំខ្នារ វិទ្យាល័យ ប៊ុនរ៉ានី ហ៊ុន សែន បាទី និង វិទ្យាល័យ ហ៊ុន សែន ១ មិថុនា ដែលមានសិស្ស។ នៅវិទ្យាល័យ សុខ អាន ១ឧសភា ឯកឧត្តម ជា វ៉ាន់ដេត បានអញ្ជើញ។';
    expect(orgs(text).map((o) => o.name)).toEqual([
      'វិទ្យាល័យ សុខអាន ត្រាំខ្នារ',
      'វិទ្យាល័យ ប៊ុនរ៉ានី ហ៊ុន សែន បាទី',
      'វិទ្យាល័យ ហ៊ុន សែន ១ មិថុនា',
      'វិទ្យាល័យ សុខ អាន ១ឧសភា',
    ]);
  });

  it('takes a Latin name with connectors after a Khmer working-group noun', () => {
    expect(orgs('ក្រុមការងារ Sisters of Code ចំនួន ៣រូប បានចុះធ្វើការបណ្តុះបណ្តាល។').map((o) => o.name)).toEqual(['Sisters of Code']);
  });

  it('reads no organization from a sentence that starts with About', () => {
    expect(orgs('Workers came home.\nAbout 200 Cambodian workers returned\nlast week from Thailand.')).toEqual([]);
  });

  it('takes a government unit with its acronym', () => {
    const text = 'The Performance Management and Delivery Unit (PEMANDU) and Kuala Lumpur City Hall (DBKL) met. PEMANDU said.';
    expect(orgs(text).map((o) => [o.name, o.acronym])).toEqual([
      ['Performance Management and Delivery Unit', 'PEMANDU'],
      ['Kuala Lumpur City Hall', 'DBKL'],
    ]);
  });

  it('reads lines a PDF reader joined: a heading run into its paragraph, a role run into the body', () => {
    const text = 'For media queries, please contact:\n\nTan Mei Ling (Ms) Corporate Communications Maritime and Port Authority Tel: 6325 1234\n\nAbout the Maritime and Port Authority The Maritime and Port Authority (MPA) was set up in 1996.';
    expect(orgs(text).map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([['Maritime and Port Authority', 'MPA', 4]]);
  });
});

