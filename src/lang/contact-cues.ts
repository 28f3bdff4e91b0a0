// Phrases that introduce a contact person in press releases ("For media requests, please contact
// Mr. X at ..."; Khmer releases: "សូមទាក់ទង ..."), from UN and Cambodian ministry release templates.

/** Lower-case cue phrases after which the contact person's name follows. */
export const CONTACT_CUES: readonly string[] = [
  'please contact',
  'for more information, contact',
  'for more information contact',
  'media contact:',
  'media contacts:',
  'contact:',
  'contact person:',
  'សូមទាក់ទង',
  'ទំនាក់ទំនង៖',
  'ទំនាក់ទំនង:',
];

