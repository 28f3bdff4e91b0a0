import { describe, expect, it } from 'vitest';
import type { PersonMention } from './person-mention.js';
import { findSpeaker, mergeSpeakers, registerSpeaker, type SpeakerEntry } from './speaker-registry.js';

const mention = (name: string, start: number, extra: Partial<PersonMention> = {}): PersonMention => ({
  name,
  span: { start, end: start + name.length },
  gender: 'any',
  lang: 'en',
  ...extra,
});

describe('speaker registry', () => {
  it('maps a later short reference (last name part) to the same person, keeping the fullest name', () => {
    const entries: SpeakerEntry[] = [];
    const a = registerSpeaker(entries, mention('Kanika', 50));
    const b = registerSpeaker(entries, mention('Sambath Kanika', 10));
    expect(b).toBe(a);
    expect(entries).toHaveLength(1);
    expect(a.name).toBe('Sambath Kanika');
    expect(a.forms).toEqual(['Kanika', 'Sambath Kanika']);
  });

  it('keeps apart people who only share a first name part', () => {
    const entries: SpeakerEntry[] = [];
    registerSpeaker(entries, mention('Sok Eysan', 0));
    registerSpeaker(entries, mention('Sok', 40));
    expect(entries.map((e) => e.name)).toEqual(['Sok Eysan', 'Sok']);
  });

  it('lets the English mention give the role when the Khmer one came first', () => {
    const entries: SpeakerEntry[] = [];
    registerSpeaker(entries, mention('Nick Beresford', 0, { lang: 'km', honorific: 'លោក', role: 'អ្នកតំណាង UNDP' }));
    const e = registerSpeaker(entries, mention('Nick Beresford', 900, { role: 'Resident Representative', organization: 'UNDP' }));
    expect(e).toMatchObject({ role: 'Resident Representative', organization: 'UNDP', honorific: 'លោក' });
  });

  it('merges a Khmer-script entry into the English one as its Khmer name', () => {
    const entries: SpeakerEntry[] = [];
    const km = registerSpeaker(entries, mention('ពេជ្រ ប៊ុនធីន', 5, { lang: 'km' }));
    const en = registerSpeaker(entries, mention('Pech Bunthin', 700));
    mergeSpeakers(en, km);
    expect(en.khmerName).toBe('ពេជ្រ ប៊ុនធីន');
    expect(findSpeaker([en], 'ពេជ្រ ប៊ុនធីន')).toBe(en);
  });
});
