import { KHMER_HONORIFICS } from '../../lang/khmer-honorifics.js';
import { hasKhmer } from '../../lang/khmer-script.js';
import type { Speaker } from '../../schema/release.js';
import type { Span } from '../field-types.js';
import type { SpeakerEntry } from './speaker-registry.js';

/** The output record for a collected speaker: English name first, Khmer form alongside, every mention. */
export function toSpeaker(text: string, e: SpeakerEntry): Speaker {
  const mentions = nameOccurrences(text, e);
  const first = mentions[0]!;
  const en = hasKhmer(e.name) ? undefined : e.name;
  const km = hasKhmer(e.name) ? e.name : e.khmerName;
  return {
    name: e.name,
    names: { ...(en ? { en } : {}), ...(km ? { km } : {}) },
    ...(e.honorific ? { honorific: en ? englishHonorific(e.honorific) : e.honorific } : {}),
    ...(e.role ? { role: e.role } : {}),
    ...(e.organization ? { organization: e.organization } : {}),
    evidence: first,
    mentions,
  };
}

// A Latin-named speaker gets the English courtesy title for a Khmer honorific (លោក → Mr.).
function englishHonorific(honorific: string): string {
  return KHMER_HONORIFICS.find((h) => h.form === honorific)?.en ?? honorific;
}

// Every place the text writes one of the person's names as a whole word.
function nameOccurrences(text: string, e: SpeakerEntry): Span[] {
  const spans: Span[] = [...e.spans];
  const forms = [...e.forms, ...(e.khmerName ? [e.khmerName] : [])];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (isWholeWord(text, at, at + form.length)) spans.push({ start: at, end: at + form.length });
    }
  }
  const unique = new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((s, i) => i === 0 || s.start >= sorted[i - 1]!.end);
}

function isWholeWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  if (hasKhmer(text[start]!)) return !hasKhmer(after);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}
