/**
 * Characters that legacy Khmer fonts (Limon, ABC) put where Khmer glyphs sit: they map Khmer
 * vowels, subscripts and signs onto Latin-1 symbols and ASCII punctuation, so a text layer typed in
 * such a font reads `raCFanMPñMpþeIej`, `f¶éaATM`. English prose inside a word has none of them.
 * Seen in fixtures/broken-khmer-text-layer.pdf, which follows the Limon keyboard layout.
 */
export const LEGACY_KHMER_FONT_SIGNS = '¶μÆþñ³²¹§©®¬½ˆ~`|\\{}<>@#$%^&_=+';
