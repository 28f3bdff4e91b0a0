import type { LanguageCode } from '../../schema/release.js';
import type { Span } from '../field-types.js';

/** The kind of person a name or pronoun points at, as far as the honorific or pronoun tells. */
export type Gender = 'male' | 'female' | 'any';

/** One place where the text names a person, with what the surrounding words say about them. */
export interface PersonMention {
  /** The name as written, without honorifics or markdown marks. */
  name: string;
  /** Where `name` sits in the text. */
  span: Span;
  honorific?: string;
  gender: Gender;
  role?: string;
  organization?: string;
  /** Language of the section the mention is in. */
  lang: LanguageCode;
  /** For an unnamed person described by a job ("one CPP minister"): the job's head word. */
  describedAs?: string;
  /** True when an organization speaks (a party statement): no pronoun points back to it. */
  isOrganization?: boolean;
}

/**
 * What the words next to a quotation say about who spoke it: a name, a pronoun to resolve, a
 * phrase that may hold a name already known (Khmer names are often repeated without honorific),
 * or nobody nameable.
 */
export type SpeakerReference =
  | { kind: 'named'; mention: PersonMention }
  | { kind: 'pronoun'; gender: Gender; at: number }
  | { kind: 'phrase'; start: number; end: number }
  | { kind: 'unnamed' };

/** True when a person of kind `a` may be referred to with a word of kind `b`. */
export function gendersAgree(a: Gender, b: Gender): boolean {
  return a === 'any' || b === 'any' || a === b;
}
