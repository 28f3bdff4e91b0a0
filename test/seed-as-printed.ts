/** The seed's light Markdown, as the PDF shows it: `**bold**`, `[label](#)`, `<https://…>`. */
export function seedAsPrinted(markdown: string): string {
  return markdown
    .replace(/\*\*/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<([^>\s]+)>/gu, '$1');
}
