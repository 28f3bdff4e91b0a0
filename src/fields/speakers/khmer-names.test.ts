import { describe, expect, it } from 'vitest';
import { findKhmerHonorificUses } from './khmer-names.js';

const uses = (text: string) =>
  findKhmerHonorificUses(text, 0, text.length).map((u) => [u.honorific, u.mention?.name ?? null, u.gender]);

describe('findKhmerHonorificUses', () => {
  it('strips a chain of honorifics and keeps the outer one', () => {
    expect(uses('ឯកឧត្តម កិត្តិបណ្ឌិត ពេជ្រ ប៊ុនធីន រដ្ឋមន្ត្រីក្រសួងមុខងារសាធារណៈ')).toEqual([['ឯកឧត្តម', 'ពេជ្រ ប៊ុនធីន', 'male']]);
  });

  it('prefers the longer honorific and reads Latin names after it', () => {
    expect(uses('អ្នកស្រី Hannah Macdonald និង លោកស្រី Busadee Santipitaks')).toEqual([
      ['អ្នកស្រី', 'Hannah Macdonald', 'female'],
      ['លោកស្រី', 'Busadee Santipitaks', 'female'],
    ]);
  });

  it('stops a name at a relative pronoun or auxiliary', () => {
    expect(uses('លោក ហេង ដែលជាកសិករ')).toEqual([['លោក', 'ហេង', 'male']]);
    expect(uses('លោក ថារ៉ូ បានប្រាប់')).toEqual([['លោក', 'ថារ៉ូ', 'male']]);
  });

  it('reads a name glued to its honorific only when it has two words', () => {
    expect(uses('លោកហ៊ុន សែន បានថ្លែង')).toEqual([['លោក', 'ហ៊ុន សែន', 'male']]);
    expect(uses('ហើយលោកស្គាល់គាត់')).toEqual([['លោក', null, 'male']]);
  });

  it('treats an honorific followed by a verb as a pronoun', () => {
    expect(uses('អ្នកស្រីមានប្រសាសន៍ថា៖')).toEqual([['អ្នកស្រី', null, 'female']]);
  });

  it('does not read លោក inside a word such as ពិភពលោក', () => {
    expect(uses('នៅក្នុងពិភពលោក ទាំងមូល')).toEqual([]);
  });
});
