import { KHMER_ANY } from '../lang/khmer-script.js';
import { characterErrorRate } from '../text/character-error-rate.js';

const KHMER = new RegExp(`[${KHMER_ANY}]`, 'u');

/** How far extracted Khmer text is from the ground truth. */
export interface KhmerTextScore {
  /** Edit distance over the Khmer characters only, whitespace removed, divided by the truth's length. */
  cer: number;
  /** Khmer characters in the ground truth. */
  truthChars: number;
  /** Spaces between two Khmer characters on one line that the ground truth does not have. */
  spuriousSpaces: number;
}

/**
 * Scores the Khmer part of extracted text against ground truth: the measure behind the text-layer
 * figures in the notes. Spurious spaces are located by Khmer character index, so they are exact
 * only when the Khmer characters match (CER 0) and an estimate otherwise.
 */
export function scoreKhmerText(extracted: string, truth: string): KhmerTextScore {
  const got = khmerCharacters(extracted);
  const want = khmerCharacters(truth);
  const truthSpaces = new Set(khmerSpacePositions(truth));
  return {
    cer: want.length === 0 ? 0 : characterErrorRate(want.join(''), got.join('')),
    truthChars: want.length,
    spuriousSpaces: khmerSpacePositions(extracted).filter((at) => !truthSpaces.has(at)).length,
  };
}

function khmerCharacters(text: string): string[] {
  return [...text].filter((char) => KHMER.test(char));
}

/** For each in-line space between two Khmer characters, how many Khmer characters precede it. */
function khmerSpacePositions(text: string): number[] {
  const positions: number[] = [];
  const chars = [...text];
  let khmerSoFar = 0;
  chars.forEach((char, i) => {
    if (KHMER.test(char)) khmerSoFar++;
    else if (char === ' ' && KHMER.test(chars[i - 1] ?? '')) {
      let next = i + 1;
      while (chars[next] === ' ') next++;
      if (KHMER.test(chars[next] ?? '')) positions.push(khmerSoFar);
    }
  });
  return positions;
}
