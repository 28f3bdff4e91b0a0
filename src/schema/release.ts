import { z } from 'zod';

/**
 * Version of the JSON contract. Bump the major for a breaking change (a renamed or removed field,
 * a narrower type); the minor for an added optional field.
 */
export const SCHEMA_VERSION = '2.1.0';

/** ISO 639-1 codes presspipe can label a section with. */
export const LanguageCodeSchema = z.enum(['km', 'en']).describe('ISO 639-1 language code');
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

/** Where an extracted item sits in `text`: UTF-16 offsets, its page, and the OCR confidence behind it. */
export const EvidenceSchema = z
  .object({
    start: z.number().int().nonnegative().describe('offset of the first UTF-16 code unit in `text`'),
    end: z.number().int().nonnegative().describe('offset one past the last code unit in `text`'),
    page: z.number().int().positive().optional().describe('1-based page on which the item starts'),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('mean OCR confidence (0..1) of the words the item came from; absent for text-layer pages'),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end must not be before its start' });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A thing the pipeline could not extract or does not trust, said instead of silently left out. */
export const WarningSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  message: z.string(),
  evidence: EvidenceSchema.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

const BilingualNamesSchema = z.object({ en: z.string().optional(), km: z.string().optional() });

export const MediaTypeSchema = z.enum([
  'text/plain',
  'text/html',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
]);
export type MediaType = z.infer<typeof MediaTypeSchema>;

export const PageMethodSchema = z.enum(['text-layer', 'ocr']);

/** How one page's text was obtained, and why. */
export const PageSchema = z.object({
  page: z.number().int().positive(),
  method: PageMethodSchema,
  reason: z.string().describe('why this method was chosen for the page'),
  confidence: z.number().min(0).max(1).optional().describe('mean OCR word confidence (0..1)'),
});

export const SectionSchema = z.object({
  lang: LanguageCodeSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof SectionSchema>;

export const SpeakerSchema = z.object({
  name: z.string().min(1).describe('the name used to attribute quotes: English form when known, else Khmer'),
  names: BilingualNamesSchema,
  honorific: z.string().optional(),
  role: z.string().optional(),
  organization: z.string().optional(),
  evidence: EvidenceSchema.describe('first mention'),
  mentions: z.array(EvidenceSchema).describe('every mention that named the speaker'),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** `direct`: words inside quotation marks; `reported`: the content of "X said that …" / `… បានមានប្រសាសន៍ថា …`. */
export const QuoteKindSchema = z.enum(['direct', 'reported']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const QuoteSchema = z.object({
  kind: QuoteKindSchema,
  text: z.string().min(1).describe('direct: the words inside the quotation marks; reported: the reported statement'),
  lang: LanguageCodeSchema,
  speaker: z.string().nullable().describe('a `speakers[].name`, or null when nobody could be named'),
  alignedWith: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('index in `quotes` of the same quote in the other language'),
  evidence: EvidenceSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ContactSchema = z.object({
  name: z.string().optional(),
  role: z.string().optional().describe('the role printed with the name in a contact block'),
  email: z.string().optional(),
  phone: z.string().optional().describe('E.164 when it parses as a phone number, else as written'),
  phones: z.array(z.string()).optional().describe('every number when one line gives several (`Tel: +65 6279 3415 / 9747 0035`), E.164; `phone` is the first'),
  url: z.string().optional(),
  organization: z.string().optional(),
  evidence: EvidenceSchema,
});
export type Contact = z.infer<typeof ContactSchema>;

export const OrganizationSchema = z.object({
  name: z.string().min(1),
  acronym: z.string().optional(),
  names: BilingualNamesSchema,
  evidence: EvidenceSchema.describe('first mention'),
  mentions: z.array(EvidenceSchema),
});
export type Organization = z.infer<typeof OrganizationSchema>;

/** One press release as structured, validated JSON. */
export const ReleaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the input bytes'),
  source: z.object({
    filename: z.string().nullable(),
    mediaType: MediaTypeSchema,
    bytes: z.number().int().nonnegative(),
    pages: z.number().int().nonnegative(),
  }),
  pages: z.array(PageSchema),
  text: z.string().describe('the normalized full text every offset points into'),
  languages: z.array(LanguageCodeSchema),
  sections: z.array(SectionSchema),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('the release (publication) date'),
  eventDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe('the date of the event the release reports, when the text gives one (e.g. "On the morning of July 3, 2025")'),
  place: z.string().nullable(),
  title: BilingualNamesSchema,
  fieldEvidence: z
    .object({
      date: z.array(EvidenceSchema),
      eventDate: z.array(EvidenceSchema),
      place: z.array(EvidenceSchema),
      title: z.array(EvidenceSchema),
    })
    .describe('where date, event date, place and title were read'),
  speakers: z.array(SpeakerSchema),
  quotes: z.array(QuoteSchema),
  contacts: z.array(ContactSchema),
  organizations: z.array(OrganizationSchema),
  warnings: z.array(WarningSchema),
});
export type Release = z.infer<typeof ReleaseSchema>;
