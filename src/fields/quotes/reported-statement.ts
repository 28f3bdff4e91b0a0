import type { LanguageCode } from '../../schema/release.js';
import type { Span } from '../field-types.js';
import type { SpeakerReference } from '../speakers/person-mention.js';
import type { QuoteSpan } from './quote-marks.js';

/** One statement reported as indirect speech ("X said that …", `X បានមានប្រសាសន៍ថា …`). */
export interface ReportedStatement {
  lang: LanguageCode;
  /** The statement: from after that / ថា to the end of its sentence. */
  statement: Span;
  /** The words before the verb, where the speaker is named. */
  subject: Span;
  reference: SpeakerReference;
  /** A title the subject names the speaker by when it gives no name ("The Minister", ឯកឧត្តមរដ្ឋមន្ត្រី). */
  title?: string;
}

/** True when `at` lies inside a quotation: reported words inside a quote belong to the quote. */
export function insideQuotation(quoted: readonly QuoteSpan[], at: number): boolean {
  return quoted.some((q) => at > q.open && at < (q.close ?? q.inner.end));
}

/** Opening marks of a direct quotation right after that / ថា. */
export const OPENS_QUOTATION = /^[\s៖:]*[«“"‘]/;
