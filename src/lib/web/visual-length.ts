// Thai above/below vowels and tone marks sit on the previous consonant and
// take no width of their own.
const ZERO_WIDTH_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b\u200c\u200d]/g;

/**
 * Characters that take horizontal space: Thai combining marks do not. For
 * aligning columns in terminal reports.
 * @example visualLength('น้ำ') // 2
 */
export function visualLength(text: string): number {
  return [...text.replace(ZERO_WIDTH_MARKS, '')].length;
}
