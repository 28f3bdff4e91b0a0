import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import type { LanguageCode } from '../../schema/release.js';
import { extractQuotesAndSpeakers } from './extract-quotes-and-speakers.js';

// These cases are about direct quotes; reported statements have their own tests.
function extract(text: string, lang: LanguageCode) {
  const result = extractQuotesAndSpeakers({ text, sections: [{ lang, start: 0, end: text.length }] });
  return { ...result, quotes: result.quotes.filter((q) => q.kind === 'direct') };
}

const SEED_PATH = fileURLToPath(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url));
const ENGLISH_HEADING = 'SPARKING INNOVATION IN THE PUBLIC SECTOR';

function seedContext(text: string) {
  const split = text.indexOf(ENGLISH_HEADING);
  return {
    text,
    sections: [
      { lang: 'km' as const, start: 0, end: split },
      { lang: 'en' as const, start: split, end: text.length },
    ],
  };
}

describe('extractQuotesAndSpeakers on the bilingual seed', () => {
  const text = normalizeText(readFileSync(SEED_PATH, 'utf8')).text;
  const result = extractQuotesAndSpeakers(seedContext(text));

  it('finds the four quotes, whole, attributed and aligned, and nothing else', () => {
    expect(result.quotes.map((q) => [q.lang, q.speaker, q.alignedWith])).toEqual([
      ['km', 'Pech Bunthin', 2],
      ['km', 'Nick Beresford', 3],
      ['en', 'Pech Bunthin', 0],
      ['en', 'Nick Beresford', 1],
    ]);
    const [km1, km2, en1, en2] = result.quotes.map((q) => q.text);
    expect(km1).toMatch(/^កម្លាំងចលករទាំងនេះ គឺជាអ្វីដែល.*ឆ្លើយតបទៅតាមការរំពឹងទុក.*និងជាប្រទេសអភិវឌ្ឍន៍ក្នុងឆ្នាំ២០៥០។$/);
    expect(km2).toMatch(/^នៅពេលដែលគំនិតថ្មីមានប្រភពចេញពី.*ទៅធ្វើការ ពិសោធន៍សាកល្បង។$/);
    expect(en1).toMatch(/^These drivers are indispensable .*competitive, and realize .* in 2030 and 2050 respectively,$/);
    expect(en2).toMatch(/^when new ideas come from the civil servants themselves,.*test out their own solutions\.$/);
    expect(result.warnings).toEqual([]);
  });

  it('leaves out the government vision statement, cited without a speech verb', () => {
    expect(result.quotes.some((q) => q.text.startsWith('to transform') || q.text.startsWith('ធ្វើការផ្លាស់ប្តូរ'))).toBe(false);
  });

  it('gives exactly two speakers, the Khmer name merged into the English record', () => {
    expect(result.speakers.map((s) => ({ ...s, evidence: undefined, mentions: undefined }))).toEqual([
      {
        name: 'Pech Bunthin',
        names: { en: 'Pech Bunthin', km: 'ពេជ្រ ប៊ុនធីន' },
        honorific: 'H.E.',
        role: 'Minister of Civil Service',
        organization: 'Ministry of Civil Service',
        evidence: undefined,
        mentions: undefined,
      },
      {
        name: 'Nick Beresford',
        names: { en: 'Nick Beresford' },
        honorific: 'Mr.',
        role: 'Resident Representative',
        organization: 'UNDP',
        evidence: undefined,
        mentions: undefined,
      },
    ]);
  });

  it('points every evidence span at what was extracted', () => {
    for (const q of result.quotes) {
      const slice = text.slice(q.evidence.start, q.evidence.end);
      expect(slice.replace(/\s*\n\s*/g, '').replace(/\s+/g, '')).toBe(q.text.replace(/\s+/g, ''));
    }
    for (const s of result.speakers) {
      expect(s.mentions[0]).toEqual(s.evidence);
      const names = [s.names.en, s.names.km];
      for (const m of s.mentions) expect(names).toContain(text.slice(m.start, m.end));
    }
  });

  it('copes with a page break left as a blank line inside both quotes', () => {
    const raw = readFileSync(SEED_PATH, 'utf8');
    expect(text).toContain('ឆ្លើយតបទៅ\n\nតាមការរំពឹង');
    const joined = normalizeText(raw.replace('ឆ្លើយតបទៅ\n\nតាមការរំពឹង', 'ឆ្លើយតបទៅតាមការរំពឹង').replace('competitive,\n\nand realize', 'competitive, and realize')).text;
    const again = extractQuotesAndSpeakers(seedContext(joined));
    expect(again.quotes.map((q) => q.text)).toEqual(result.quotes.map((q) => q.text));
  });
});

describe('English attribution', () => {
  it('reads "…," said X, Title and "…," X said, with the apposition as role', () => {
    const text = '“We will win,” said Dr. Sok Chea, Minister of Health. “Prices rise,” Chan Dara said.';
    const { quotes, speakers } = extract(text, 'en');
    expect(quotes.map((q) => q.speaker)).toEqual(['Sok Chea', 'Chan Dara']);
    expect(speakers[0]).toMatchObject({ name: 'Sok Chea', honorific: 'Dr.', role: 'Minister of Health' });
    expect(text.slice(speakers[0]!.evidence.start, speakers[0]!.evidence.end)).toBe('Sok Chea');
  });

  it('reads X, role, stressed that “…” and splits an acronym organization from the role', () => {
    const text = 'Jane Roe, UNICEF Country Director, stressed that “children must learn to read early.”';
    const { quotes, speakers } = extract(text, 'en');
    expect(quotes).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name: 'Jane Roe', role: 'Country Director', organization: 'UNICEF' });
  });

  it('resolves he/she to the last named person, and maps a short later name to the full one', () => {
    const text = [
      'Sambath Kanika, 30, sells sugarcane near the school.',
      '“I really regret it and I wanted to cry,” she said.',
      '“I actually did not want to come to vote,” said Kanika.',
    ].join('\n\n');
    const { quotes, speakers } = extract(text, 'en');
    expect(quotes.map((q) => q.speaker)).toEqual(['Sambath Kanika', 'Sambath Kanika']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Sambath Kanika', 'Kanika']);
  });

  it('gives an interrupted quotation two entries with the same speaker', () => {
    const text = '“Some went to vote, but under duress,” he said. “They spoiled the ballot.”';
    const withName = `Thong Sarun, a former commune chief, spoke to VOA.\n\n${text}`;
    const { quotes } = extract(withName, 'en');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Some went to vote, but under duress,', 'Thong Sarun'],
      ['They spoiled the ballot.', 'Thong Sarun'],
    ]);
  });

  it('counts a short fragment attributed by a speech verb, not a scare quote or a label', () => {
    const text =
      'Targeting exiles would “backfire in a big way,” he said. TV showed “happy” voters. ' +
      'The group, dubbed “the Shield of the Nation” by the press, met on Monday.';
    const { quotes } = extract(`Charles Santiago, a lawmaker, spoke.\n\n${text}`, 'en');
    expect(quotes.map((q) => q.text)).toEqual(['backfire in a big way,']);
  });

  it('warns when a quotation has no speaker it could name', () => {
    const text = '“Everyone here is afraid of the vote and nobody says so,” said one woman.';
    const { quotes, warnings } = extract(text, 'en');
    expect(quotes[0]!.speaker).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: 'QUOTE_UNATTRIBUTED', evidence: quotes[0]!.evidence })]);
  });

  it('gives a pull-quote the speaker of the body quote it repeats', () => {
    const text = [
      '“The election is not free and fair without the opposition”',
      'Thong Sarun, the commune chief, said more.',
      '“The election is not free and fair without the opposition,” Thong Sarun added.',
    ].join('\n\n');
    const { quotes } = extract(text, 'en');
    expect(quotes.map((q) => q.speaker)).toEqual(['Thong Sarun', 'Thong Sarun']);
  });
});

describe('Khmer attribution', () => {
  it('reads X មានប្រសាសន៍ថា «…» with honorifics stripped and the role kept', () => {
    const text = 'ឯកឧត្តម ហ៊ុន ម៉ាណែត នាយករដ្ឋមន្ត្រី មានប្រសាសន៍ថា «យើងត្រូវតែបន្តកិច្ចការនេះដើម្បីប្រជាពលរដ្ឋទាំងអស់»។';
    const { quotes, speakers } = extract(text, 'km');
    expect(quotes.map((q) => [q.speaker, q.lang])).toEqual([['ហ៊ុន ម៉ាណែត', 'km']]);
    expect(speakers[0]).toMatchObject({ name: 'ហ៊ុន ម៉ាណែត', names: { km: 'ហ៊ុន ម៉ាណែត' }, honorific: 'ឯកឧត្តម', role: 'នាយករដ្ឋមន្ត្រី' });
  });

  it('resolves a bare honorific (លោកបានបន្ថែមថា៖) to the last person of that kind', () => {
    const text = [
      'អ្នកស្រី សុខ ចាន់ថា បានប្រាប់ VOA ពីបញ្ហានេះ។ លោក ហេង ជាកសិករ ក៏បានមកដែរ។',
      'អ្នកស្រីមានប្រសាសន៍ថា៖ «ខ្ញុំមិនចង់ទៅបោះឆ្នោតទេ ព្រោះខ្ញុំខ្លាចណាស់»។',
      'លោកបានបន្ថែមថា៖',
      '«ខ្ញុំទៅបោះឆ្នោតដោយសារខ្ញុំគិតថាវាជាកាតព្វកិច្ចរបស់ខ្ញុំ»។',
    ].join('\n\n');
    const { quotes } = extract(text, 'km');
    expect(quotes.map((q) => q.speaker)).toEqual(['សុខ ចាន់ថា', 'ហេង']);
  });

  it('gives a quote standing alone the person the previous paragraph paraphrased', () => {
    const text = [
      'លោក ម៉ៃ ទិត្យថារ៉ា នាយកប្រតិបត្តិនៃសមាគម មានប្រសាសន៍ប្រាប់ VOA ថា សមាគមផ្ដោតលើការបណ្ដុះបណ្ដាល។',
      '«គោលដៅយើងគឺជួយអ្នកសារព័ត៌មាននៅតាមជនបទជាមុនសិន»។',
    ].join('\n');
    expect(extract(text, 'km').quotes.map((q) => q.speaker)).toEqual(['ម៉ៃ ទិត្យថារ៉ា']);
  });

  it('reads a Latin name after a Khmer honorific and the short later reference', () => {
    const text =
      'អ្នកស្រី Busadee Santipitaks បាននិយាយថា «ប្រទេសថៃពិនិត្យករណីនីមួយៗដោយឡែកពីគ្នា»។ ' +
      'Santipitaks បានបន្ថែមថា «យើងបានផ្តល់ជម្រកដល់អ្នកដែលត្រូវការការការពារ»។';
    const { quotes, speakers } = extract(text, 'km');
    expect(quotes.map((q) => q.speaker)).toEqual(['Busadee Santipitaks', 'Busadee Santipitaks']);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]!.names).toEqual({ en: 'Busadee Santipitaks' });
  });

  it('leaves out labels after ចាត់ទុក / ហៅ and short scare quotes', () => {
    const text =
      'គេចាត់ទុកការបោះឆ្នោតនេះ«ក្លែងក្លាយ»។ សមាគមដែលហៅថា «ខេមបូចា» បានបង្កើតឡើង។ ' +
      'ក្រុម«អាវក្រហម»បានមកដល់។ លោក Sebastian Strangio អ្នកនិពន្ធសៀវភៅ ដែលមានចំណងជើងថា«ប្រទេសកម្ពុជារបស់លោកហ៊ុនសែន» បាននិយាយ។';
    expect(extract(text, 'km').quotes).toEqual([]);
  });

  it('leaves out a passage cited from a handbook', () => {
    const text = 'សៀវភៅនោះបានបញ្ជាក់ថា៖ «មេភូមិ និងជំនួយការភូមិ ត្រូវបម្រើអ្នកភូមិគ្រប់គ្នា ដោយពុំប្រកាន់និន្នាការនយោបាយ»។';
    expect(extract(text, 'km').quotes).toEqual([]);
  });

  it('attributes a quote whose speaker follows the closing mark', () => {
    const text = 'ពួកគេសួរថា តើអ្វីនឹងកើតឡើង?«រឿងនេះមិនអាចទទួលយកបានទាល់តែសោះ»លោក Seri Rahman បាននិយាយ។';
    expect(extract(text, 'km').quotes.map((q) => q.speaker)).toEqual(['Seri Rahman']);
  });
});

describe('bilingual pairing', () => {
  it('pairs a Khmer-script speaker with the English speaker of the aligned quote', () => {
    const km = 'លោក ចាន់ សុភា រដ្ឋមន្ត្រី មានប្រសាសន៍ថា «យើងនឹងសាងសង់សាលារៀនចំនួន ២០ នៅឆ្នាំ២០២៥ ដើម្បីកុមារ»។';
    const en = '“We will build 20 schools in 2025 for the children,” said Chan Sophea, the Minister.';
    const text = `${km}\n\n${en}`;
    const result = extractQuotesAndSpeakers({
      text,
      sections: [
        { lang: 'km', start: 0, end: km.length },
        { lang: 'en', start: km.length + 2, end: text.length },
      ],
    });
    expect(result.quotes.map((q) => [q.speaker, q.alignedWith])).toEqual([
      ['Chan Sophea', 1],
      ['Chan Sophea', 0],
    ]);
    expect(result.speakers).toHaveLength(1);
    expect(result.speakers[0]!.names).toEqual({ en: 'Chan Sophea', km: 'ចាន់ សុភា' });
  });

  it('does not pair quotes whose numbers disagree', () => {
    const km = 'លោក ចាន់ សុភា មានប្រសាសន៍ថា «យើងនឹងសាងសង់សាលារៀនចំនួន ៥០ នៅឆ្នាំ២០៣០»។';
    const en = '“We opened 3 clinics in 2019 for the province,” said Chan Sophea.';
    const text = `${km}\n\n${en}`;
    const result = extractQuotesAndSpeakers({
      text,
      sections: [
        { lang: 'km', start: 0, end: km.length },
        { lang: 'en', start: km.length + 2, end: text.length },
      ],
    });
    expect(result.quotes.map((q) => q.alignedWith)).toEqual([undefined, undefined]);
  });
});

describe('a translation cut at a page end', () => {
  // Pages 1–2 of a bilingual release: the English quote stops at the page end, before "said X".
  const km = [
    'សេចក្តីប្រកាសព័ត៌មាន',
    'ក្រសួងសុខាភិបាល និងអង្គការ UNDP បានសហការគ្នារៀបចំសិក្ខាសាលាមួយ នៅថ្ងៃនេះ។',
    'លោក ចាន់ សុភា រដ្ឋមន្ត្រីក្រសួងសុខាភិបាល មានប្រសាសន៍ថា «មន្ទីរពេទ្យទាំងនេះ គឺជាអ្វីដែលចាំបាច់បំផុតសម្រាប់ប្រជាពលរដ្ឋ ដើម្បីឱ្យពួកគេទទួលបានសេវាល្អ ហើយជួយឱ្យកម្ពុជាក្លាយជាប្រទេសមានចំណូលមធ្យមក្នុងឆ្នាំ២០៣០»។',
    'សិក្ខាសាលានេះ ផ្តល់វេទិកាដល់អ្នកចូលរួម។',
    'លោក John Smith អ្នកតំណាង UNDP ប្រចាំប្រទេសកម្ពុជា /បានគូសបញ្ជាក់ថា «នៅពេលដែលគំនិតថ្មីមកពីមន្ត្រីខ្លួនឯង ពួកគេនឹងនាំមកនូវការផ្លាស់ប្តូរពិតប្រាកដ ហើយយើងជួយក្រសួងនានាបើកចំហឱ្យមានគំនិតច្នៃប្រឌិត»។',
  ].join('\n\n');
  const en = [
    'HEALTH FOR ALL',
    'The Ministry of Health and UNDP held a workshop today.',
    '“These hospitals are what people need most, so that they get good services,',
  ].join('\n\n');
  const text = `${km}\n\n${en}`;
  const result = extractQuotesAndSpeakers({
    text,
    sections: [
      { lang: 'km', start: 0, end: km.length },
      { lang: 'en', start: km.length + 2, end: text.length },
    ],
  });

  it('pairs the cut quote with the translation in the same paragraph and gives it that speaker', () => {
    expect(result.quotes.map((q) => [q.lang, q.speaker, q.alignedWith])).toEqual([
      ['km', 'ចាន់ សុភា', 2],
      ['km', 'John Smith', undefined],
      ['en', 'ចាន់ សុភា', 0],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('drops a stray OCR mark from the end of a Khmer role', () => {
    expect(result.speakers.find((s) => s.name === 'John Smith')?.role).toBe('អ្នកតំណាង UNDP ប្រចាំប្រទេសកម្ពុជា');
  });
});

describe('speakers named late, repeated quotes, statements', () => {
  it('gives a summary quote the speaker of the body quote it ends', () => {
    const text = [
      '“It is our right to vote or not to vote,” said one woman describing pressure.',
      'Sarin, 39, a villager, said officials threatened them.',
      '“Why do they do that? It is a threat. It is our right to vote or not to vote,” Sarin said.',
    ].join('\n\n');
    expect(extract(text, 'en').quotes.map((q) => q.speaker)).toEqual(['Sarin', 'Sarin']);
  });

  it('resolves "one CPP minister" to the one quoted minister named later, after a long portfolio', () => {
    const text = [
      'One CPP minister publicly telling them last year that “anybody who does not support the CPP can resign.”',
      'Minister of Social Affairs, Veterans and Youth Rehabilitation Vong Sauth made it clear.',
      '“Officials eat the state’s salary and must be loyal,” he said.',
    ].join('\n\n');
    const { quotes, speakers } = extract(text, 'en');
    expect(quotes.map((q) => q.speaker)).toEqual(['Vong Sauth', 'Vong Sauth']);
    expect(speakers.map((s) => [s.name, s.role])).toEqual([['Vong Sauth', 'Minister of Social Affairs, Veterans and Youth Rehabilitation']]);
  });

  it('keeps the description when two quoted people hold the job', () => {
    const text = [
      'One CPP minister publicly telling them last year that “anybody who does not support the CPP can resign.”',
      'Minister of Economy and Finance Aun Pornmoniroth spoke first. “We pay salaries on time,” he said.',
      'Minister of Social Affairs and Veterans Vong Sauth made it clear.',
      '“Officials eat the state’s salary and must be loyal,” he said.',
    ].join('\n\n');
    expect(extract(text, 'en').quotes.map((q) => q.speaker)).toEqual(['One CPP minister', 'Aun Pornmoniroth', 'Vong Sauth']);
  });

  it('resolves a Khmer minister described by job to the minister named later, title before the honorific', () => {
    const text = [
      'ក្នុងនោះរដ្ឋមន្ត្រីម្នាក់មកពីគណបក្សកាន់អំណាចបានប្រាប់ទៅមន្ត្រីរាជការថា៖ «នរណាម្នាក់ដែលមិនគាំទ្រគណបក្ស អាចដាក់ពាក្យលាឈប់បាន»។',
      'កាលពីខែសីហា រដ្ឋមន្ត្រីក្រសួងសង្គមកិច្ច លោក វង សូត បាននិយាយថា៖ «មន្ត្រីស៊ីប្រាក់ខែរបស់រដ្ឋត្រូវតែស្មោះត្រង់នឹងរដ្ឋ»។',
    ].join('\n\n');
    const { quotes, speakers } = extract(text, 'km');
    expect(quotes.map((q) => q.speaker)).toEqual(['វង សូត', 'វង សូត']);
    expect(speakers[0]!.role).toBe('រដ្ឋមន្ត្រីក្រសួងសង្គមកិច្ច');
  });

  it('takes a party that issues a statement as its speaker, never as a pronoun’s antecedent', () => {
    const text = [
      'លោក សុខ ឥសាន បានថ្លែងថា គណបក្សមិនបង្ខំនរណាម្នាក់ទេ។',
      'នៅក្នុងសេចក្តីថ្លែងការណ៍មួយ គណបក្សសង្គ្រោះជាតិ បានលើកឡើងថា៖ «ប្រជាពលរដ្ឋខ្មែររាប់លាននាក់គ្មានជម្រើសអ្វីក្រៅតែធ្វើពហិការ»។',
      'លោកបានបន្ថែមថា៖ «គណបក្សរបស់យើងគោរពសិទ្ធិរបស់ប្រជាពលរដ្ឋគ្រប់រូប»។',
    ].join('\n\n');
    expect(extract(text, 'km').quotes.map((q) => q.speaker)).toEqual(['គណបក្សសង្គ្រោះជាតិ', 'សុខ ឥសាន']);
  });
});

describe('Khmer fragments, terms and slogans', () => {
  it('counts a quoted predicate inside a reported clause, not a term after ប្រើ', () => {
    const text =
      'លោក តារា បាននិយាយថា លោកនិងមិត្តរួមការងារ «ត្រូវបានគេឃ្លាំមើល» នៅកន្លែងការងារ។ ' +
      'លោក ហ៊ុន សែន បានអះអាងថា លោកបានកម្ចាត់ការប៉ុនប៉ងមួយដោយប្រើ «វិធានការផ្លូវច្បាប់ខ្លាំងក្លា» កាលពីឆ្នាំមុន។';
    expect(extract(text, 'km').quotes.map((q) => [q.text, q.speaker])).toEqual([['ត្រូវបានគេឃ្លាំមើល', 'តារា']]);
  });

  it('reads ថា after its subject as "said", and after another verb as "that" (a slogan)', () => {
    const text = [
      'លោក ហ៊ុន សែន បានចេញសេចក្តីណែនាំមួយ ដោយបញ្ជាឲ្យមន្ត្រីបើកយុទ្ធនាការមួយ ធានាថា«សមាជិកបក្សមួយរូប គឺជាសន្លឹកឆ្នោតគាំទ្រមួយសន្លឹក»។',
      'លោក តារា ថា៖ «បើសិនជាចាញ់ឆ្នោតឃុំសង្កាត់ មន្ត្រីទទួលបន្ទុកនឹងត្រូវគេបន្ទោស»។',
    ].join('\n\n');
    expect(extract(text, 'km').quotes.map((q) => q.speaker)).toEqual(['តារា']);
  });
});

describe('people introduced without a name', () => {
  it('points he back to a name introduced with "whose"', () => {
    const text = [
      'Tharo, whose name has been changed, worked for the party.',
      'Tharo left swiftly, back to Thailand.',
      '“Many politicians in the past have been killed or jailed,” he told VOA.',
    ].join('\n\n');
    expect(extract(text, 'en').quotes.map((q) => q.speaker)).toEqual(['Tharo']);
  });

  it('points លោក back to the man a paragraph described, past a woman described earlier', () => {
    const text = [
      'ស្ត្រីម្នាក់នោះបានលើកឡើងថា អ្នកស្រីមកទីនេះដើម្បីជួយប្រជាពលរដ្ឋ។',
      'ចំណែកនៅខាងក្រៅការិយាល័យវិញ បុរសវ័យចំណាស់ម្នាក់គឺជាសមាជិកភូមិ។ លោកមកក្បែរមណ្ឌលបោះឆ្នោត។',
      'លោកមានប្រសាសន៍ថា៖ «ខ្ញុំមកទីនេះ ដើម្បីពិនិត្យមើលនរណាមកបោះឆ្នោត»។',
    ].join('\n\n');
    expect(extract(text, 'km').quotes.map((q) => q.speaker)).toEqual(['បុរសវ័យចំណាស់ម្នាក់']);
  });
});
