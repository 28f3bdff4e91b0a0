// Words that make an apposition after a name a role ("Nick Beresford, UNDP Resident
// Representative"; "Sok Eysan, CPP spokesman"), from press-release and news usage. Matched as whole
// words, case-insensitively.

/** Head words of English job titles and roles. */
export const ENGLISH_TITLE_WORDS: readonly string[] = [
  'minister', 'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'president',
  'vice-president', 'director', 'chief', 'chairman', 'chairwoman', 'chair', 'secretary', 'ambassador',
  'governor', 'deputy', 'head', 'leader', 'officer', 'official', 'manager', 'coordinator', 'advisor',
  'adviser', 'analyst', 'researcher', 'professor', 'lawmaker', 'senator', 'member', 'founder',
  'commissioner', 'expert', 'premier', 'king', 'prince', 'princess', 'general', 'chancellor',
  'judge', 'prosecutor', 'lawyer', 'editor', 'journalist', 'candidate', 'activist', 'monk', 'teacher',
  'farmer', 'worker', 'seller', 'voter', 'vendor', 'resident', 'student', 'mayor', 'councilor',
  'executive', 'ceo', 'dean', 'economist', 'scientist', 'author', 'writer', 'correspondent',
];
