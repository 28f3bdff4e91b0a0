// Words that put a date on the event a release reports, right before the date. A news lead opens
// with when it happened (the "when" of the five Ws): "On the afternoon of July 5, 2025, …",
// "នាព្រឹកថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១ …" (in the morning of the 12th of February). Such a date is the
// event date, not the date of the release (corpus README, `event_date`).

/** English cues, lower case, longest first so "on the morning of" wins over "on". */
export const ENGLISH_EVENT_DATE_CUES: readonly string[] = [
  'on the morning of',
  'on the afternoon of',
  'on the evening of',
  'on the night of',
  'in the morning of',
  'in the afternoon of',
  'in the evening of',
  'on',
];

/**
 * Khmer cues: នា/នៅ "at, on", with a time of day (ព្រឹក morning, រសៀល afternoon, ល្ងាច evening,
 * យប់ night), and កាលពី "back on". A space may stand between the cue and ថ្ងៃទី.
 */
export const KHMER_EVENT_DATE_CUES: readonly string[] = [
  'នាព្រឹក',
  'នារសៀល',
  'នាល្ងាច',
  'នាយប់',
  'នៅព្រឹក',
  'នៅរសៀល',
  'នៅល្ងាច',
  'នៅយប់',
  'កាលពីព្រឹក',
  'កាលពីរសៀល',
  'កាលពីល្ងាច',
  'កាលពី',
  'នា',
  'នៅ',
];
