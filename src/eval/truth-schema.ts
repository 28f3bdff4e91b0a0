import { z } from 'zod';

const TruthPersonSchema = z.object({
  name: z.string(),
  name_en: z.string().nullable().optional(),
  aliases: z.array(z.string()).optional(),
  role: z.string().nullable().optional(),
  organization: z.string().nullable().optional(),
});

/** A hand-made truth file: the format of `../shared/corpus/*.truth.json`, also used for `fixtures/*.expected.json`. */
export const TruthSchema = z.object({
  languages: z.array(z.string()),
  date: z.string().nullable(),
  /** The date of the event the body reports (`YYYY-MM-DD`), in truth files from 117 on. */
  event_date: z.string().nullable().optional(),
  place: z.string().nullable(),
  title_en: z.string().nullable().optional(),
  title_km: z.string().nullable().optional(),
  speakers: z.array(TruthPersonSchema),
  /** People reported with indirect speech only: plain names in 101–116, records like `speakers` from 117 on. */
  indirect_speakers: z.array(z.union([z.string(), TruthPersonSchema])).default([]),
  quotes: z.array(
    z.object({
      speaker: z.string().nullable(),
      lang: z.enum(['km', 'en']),
      text_start: z.string(),
      /** presspipe's extension: the last words, to check that a quote came out whole. */
      text_end: z.string().optional(),
    }),
  ),
  not_quotes: z.array(z.string()).default([]),
  /**
   * Reported statements (from 117 on; absent where not annotated): `text_start` is taken after
   * that / ថា, or right after the verb for a speech act without a that-clause (`speech_act`).
   */
  reported: z
    .array(
      z.object({
        speaker: z.string().nullable(),
        lang: z.enum(['km', 'en']),
        text_start: z.string(),
        speech_act: z.boolean().optional(),
      }),
    )
    .optional(),
  contacts: z.array(
    z.object({
      name: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
      /** Every number when one line gives several; `phone` is then the line as printed. */
      phones: z.array(z.string()).nullable().optional(),
      url: z.string().nullable().optional(),
    }),
  ),
  organizations: z.array(z.string()),
  organization_aliases: z.record(z.string(), z.array(z.string())).default({}),
});
export type Truth = z.infer<typeof TruthSchema>;
