import type { Span } from './field-types.js';

// Names, phones and e-mails are tens of characters long: a span touches one or two buckets.
const BUCKET = 256;

/**
 * Spans indexed by where they lie in the text, so "which of them overlap here" costs the spans near
 * the place instead of all of them. Field rules ask it once per match or line; asking a plain list
 * made them quadratic in the text's length (1 MiB of text: seconds per rule).
 */
export class SpanIndex<T extends Span> {
  private readonly buckets = new Map<number, T[]>();
  private readonly order = new Map<T, number>();
  private added = 0;

  constructor(spans: Iterable<T> = []) {
    for (const span of spans) this.add(span);
  }

  add(span: T): void {
    this.order.set(span, this.added++);
    for (let b = bucketOf(span.start); b <= lastBucketOf(span); b++) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(span);
      else this.buckets.set(b, [span]);
    }
  }

  delete(span: T): void {
    if (!this.order.delete(span)) return;
    for (let b = bucketOf(span.start); b <= lastBucketOf(span); b++) {
      const bucket = this.buckets.get(b)!;
      bucket.splice(bucket.indexOf(span), 1);
    }
  }

  /** The spans with `s.start < end && start < s.end`, in the order they were added. */
  overlapping(start: number, end: number): T[] {
    const found = new Set<T>();
    for (let b = bucketOf(start); b <= bucketOf(Math.max(start, end - 1)); b++) {
      for (const span of this.buckets.get(b) ?? []) {
        if (span.start < end && start < span.end) found.add(span);
      }
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** Whether any span has `s.start < end && start < s.end`. */
  overlaps(start: number, end: number): boolean {
    for (let b = bucketOf(start); b <= bucketOf(Math.max(start, end - 1)); b++) {
      for (const span of this.buckets.get(b) ?? []) {
        if (span.start < end && start < span.end) return true;
      }
    }
    return false;
  }

  /** The spans inside `[start, end]`, in the order they were added. */
  within(start: number, end: number): T[] {
    const found = new Set<T>();
    for (let b = bucketOf(start); b <= bucketOf(end); b++) {
      for (const span of this.buckets.get(b) ?? []) {
        if (span.start >= start && span.end <= end) found.add(span);
      }
    }
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The spans in the order they were added. */
  all(): T[] {
    return [...this.order.keys()];
  }
}

const bucketOf = (offset: number) => Math.floor(offset / BUCKET);
// A span covers the buckets from its start to its last unit; an empty one sits in its start's.
const lastBucketOf = (span: Span) => bucketOf(Math.max(span.start, span.end - 1));
