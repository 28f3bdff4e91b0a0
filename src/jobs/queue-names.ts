/** Name of the BullMQ queue extraction jobs go through (kept apart from the job schema so the CLI can name it without loading zod). */
export const EXTRACT_QUEUE = 'presspipe-extract';
