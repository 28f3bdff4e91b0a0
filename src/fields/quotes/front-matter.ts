// A website export (Jekyll, Hugo, Astro) opens with YAML front matter between `---` lines; its
// quoted values (`title: "…"`, `image: "@/assets/…"`) are data, never speech.
const FRONT_MATTER = /^\uFEFF?[\s\u200B]*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const YAML_KEY = /^\s*(?:[\w-]+\s*:|-\s)/;

/** Where the document's YAML front matter ends (0 when it has none). */
export function frontMatterEnd(text: string): number {
  const m = FRONT_MATTER.exec(text);
  if (!m) return 0;
  // Folded values continue on lines of their own (the normalizer drops their indent), so the
  // block is YAML when it opens with a key and keys make up most of its lines.
  const lines = m[1]!.split('\n').filter((l) => l.trim() !== '');
  const keys = lines.filter((l) => YAML_KEY.test(l)).length;
  return lines.length > 0 && YAML_KEY.test(lines[0]!) && keys * 2 >= lines.length ? m[0].length : 0;
}
