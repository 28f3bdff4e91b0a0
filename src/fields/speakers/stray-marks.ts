// OCR reads specks, table rules and underlines next to words as / | \ _ ~ • · (seen on the scanned
// seed: "ប្រចាំប្រទេសកម្ពុជា /បានគូសបញ្ជាក់"); no role or name ends or starts with them.
const STRAY_EDGES = /^[\s*/|\\_~•·]+|[\s*/|\\_~•·]+$/g;

/** `phrase` without stray OCR marks and spaces at its ends. */
export function trimStrayMarks(phrase: string): string {
  return phrase.replace(STRAY_EDGES, '');
}
