import { describe, expect, it } from 'vitest';
import { describedPerson } from './english-mentions.js';
import { readEnglishNameAfter, readEnglishNameBefore } from './english-names.js';

describe('readEnglishNameBefore', () => {
  it('skips an apposition with a job title and keeps it as role and organization', () => {
    const phrase = 'Speaking on the importance of innovation, **Nick Beresford**, UNDP Resident Representative, ';
    const name = readEnglishNameBefore(phrase);
    expect(name).toMatchObject({ name: 'Nick Beresford', role: 'Resident Representative', organization: 'UNDP' });
    expect(phrase.slice(name!.start, name!.end)).toBe('Nick Beresford');
  });

  it('separates a title written before the name', () => {
    expect(readEnglishNameBefore('On Friday, Prime Minister Hun Sen ')).toMatchObject({ name: 'Hun Sen', role: 'Prime Minister' });
  });

  it('skips a lower-case or numeric apposition', () => {
    expect(readEnglishNameBefore('Thong Sarun, the former CNRP commune chief, ')?.name).toBe('Thong Sarun');
    expect(readEnglishNameBefore('Sambath Kanika, 30, ')?.name).toBe('Sambath Kanika');
  });

  it('finds no name in lower-case prose or after function words only', () => {
    expect(readEnglishNameBefore('local election officials ')).toBeUndefined();
    expect(readEnglishNameBefore('The ')).toBeUndefined();
  });
});

describe('readEnglishNameBefore in press-release attributions', () => {
  it('takes the honorific name of an apposition chain, its role and body after it', () => {
    expect(readEnglishNameBefore('Mr Tay Ee Learn, Chief Sector Skills Officer, NTUC LearningHub ')).toMatchObject({
      name: 'Tay Ee Learn',
      role: 'Chief Sector Skills Officer, NTUC LearningHub',
    });
    expect(readEnglishNameBefore('Congratulating Mr Koh on the launch, Mr David Goh, Senior Director, Leisure Management ')?.name).toBe(
      'David Goh',
    );
  });

  it('does not take the body a title belongs to for a name', () => {
    expect(readEnglishNameBefore('Mario Behling, head of Program Planning, ')?.name).toBe('Mario Behling');
  });

  it('keeps name particles and leaves a country to the title', () => {
    expect(readEnglishNameBefore('President of the European Commission, Ursula von der Leyen ')?.name).toBe('Ursula von der Leyen');
    expect(readEnglishNameBefore('Prime Minister of Canada Justin Trudeau ')?.name).toBe('Justin Trudeau');
    expect(readEnglishNameBefore('German Chancellor Olaf Scholz ')).toMatchObject({ name: 'Olaf Scholz', role: 'German Chancellor' });
  });

  it('never names a country', () => {
    expect(readEnglishNameBefore('Cambodia ')).toBeUndefined();
  });
});

describe('readEnglishNameAfter', () => {
  it('strips honorifics (Ketebandith included) and reads the role and ministry', () => {
    const name = readEnglishNameAfter('**H.E. Ketebandith Pech Bunthin**, Minister of Civil Service.');
    expect(name).toMatchObject({
      name: 'Pech Bunthin',
      honorific: 'H.E.',
      role: 'Minister of Civil Service',
      organization: 'Ministry of Civil Service',
    });
  });

  it('does not take a relative clause for a role', () => {
    const name = readEnglishNameAfter('Kanika, who dropped out of school at grade eight.');
    expect(name).toEqual({ name: 'Kanika', start: 0, end: 6, gender: 'any' });
  });

  it('takes the gender an honorific gives', () => {
    expect(readEnglishNameAfter('Ms. Chan Thida, a teacher.')).toMatchObject({ name: 'Chan Thida', gender: 'female' });
  });
});

describe('describedPerson', () => {
  it('names an unnamed person by a description ending in a person noun', () => {
    expect(describedPerson('One village administrator ', 10)).toMatchObject({
      name: 'One village administrator',
      span: { start: 10, end: 35 },
    });
  });

  it('ignores descriptions of things', () => {
    expect(describedPerson('One thing is guaranteed, ', 0)).toBeUndefined();
  });
});
