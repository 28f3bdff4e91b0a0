// Phrases that introduce a contact person in press releases ("For media requests, please contact
// Mr. X at ..."; Khmer releases: "សូមទាក់ទង ..."), from UN and Cambodian ministry release templates,
// and the headings and field labels of contact blocks in Singaporean, Malaysian and US releases.

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

/**
 * Last words of a line that heads a contact block (`Contact`, `Media Contacts:`, `For media queries,
 * please contact:`, `Media enquiries`): the block of names, roles, numbers and e-mails follows it.
 */
export const CONTACT_BLOCK_HEADING_ENDS: readonly string[] = ['contact', 'contacts', 'enquiries', 'inquiries', 'queries', 'ទំនាក់ទំនង'];

/** Labels before a phone number (`Tel: +65 6279 3415`, `Mobile:`, `HP:`, `DID:`), lower case. */
export const PHONE_LABELS: readonly string[] = ['tel', 'tel.', 'telephone', 'phone', 'mobile', 'mob', 'hp', 'h/p', 'cell', 'did', 'direct', 'office', 'ទូរស័ព្ទ'];

/** Labels before a number that is not a way to reach a person by voice. */
export const FAX_LABELS: readonly string[] = ['fax', 'facsimile', 'ទូរសារ'];

/** Field labels of a contact block that are not a name, role or organization, lower case. */
export const CONTACT_FIELD_LABELS: readonly string[] = [...PHONE_LABELS, ...FAX_LABELS, 'email', 'e-mail', 'mail', 'website', 'web', 'url', 'អ៊ីមែល'];

/** File extensions of a linked document: a URL to one is a reference, not a contact. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'gif', 'zip'];

/**
 * Words of the role printed under a name in a contact block (`Corporate Communications`, `Media
 * Relations Manager`, `Singapore Organizer`), lower case; with the title words they end a name.
 */
export const CONTACT_ROLE_WORDS: readonly string[] = [
  'communications', 'communication', 'corporate', 'relations', 'affairs', 'media', 'marketing', 'public', 'press', 'pr',
  'senior', 'assistant', 'associate', 'vice', 'lead', 'team', 'division', 'unit', 'branch', 'section', 'organizer',
  'organiser', 'strategic', 'partnerships', 'engagement', 'content', 'digital', 'brand', 'publicity', 'information',
  'events', 'outreach', 'specialist', 'consultant', 'account', 'principal', 'general',
];
