import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { LATIN_PARAGRAPH_LANGUAGES } from '../lang/latin-paragraph-languages.js';
import { latinParagraphLanguage } from './latin-paragraph-language.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const only = [...LATIN_PARAGRAPH_LANGUAGES];

// Lines of every text fixture, plus paragraphs in the other candidate languages, legacy-font Khmer
// (Limon mojibake), other scripts, and strings too short or without letters.
const samples = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(fixtures, name), 'utf8').split('\n')),
  'Le ministère de la Santé a annoncé lundi une nouvelle campagne de vaccination dans les provinces du nord du pays.',
  'Das Ministerium hat am Montag eine neue Impfkampagne in den nördlichen Provinzen des Landes angekündigt.',
  'El ministerio anunció el lunes una nueva campaña de vacunación en las provincias del norte del país.',
  'Bộ Y tế hôm thứ Hai đã công bố một chiến dịch tiêm chủng mới tại các tỉnh phía bắc của đất nước.',
  'Kementerian Kesehatan pada hari Senin mengumumkan kampanye vaksinasi baru di provinsi-provinsi utara negara itu.',
  'raCrdæaPi)alkm<úCa nig kmµviFIGPivDÆn_shRbCaCati ¬UNDP­ erobcMsikçasalafñak;Cati',
  'Министерство здравоохранения в понедельник объявило о новой кампании вакцинации в северных провинциях.',
  'ក្រសួងសុខាភិបាល បានប្រកាសយុទ្ធនាការចាក់វ៉ាក់សាំងថ្មីមួយ',
  'short',
  '1234567890 2019-2023 !!!',
  '',
];

describe('latinParagraphLanguage', () => {
  it("gives franc's answer among the candidate languages", () => {
    const answers = samples.map((s) => [s.slice(0, 40), latinParagraphLanguage(s, 10)]);
    expect(answers).toEqual(samples.map((s) => [s.slice(0, 40), franc(s, { minLength: 10, only })]));
    // The samples do tell languages apart, so the comparison means something.
    expect(new Set(answers.map(([, lang]) => lang)).size).toBeGreaterThanOrEqual(5);
  });
});
