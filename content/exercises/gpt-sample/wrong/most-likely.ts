// Mistake: always the most likely token (greedy), whatever u is.
// Fails: "the lesson’s logits at temperature 1: u = 0.7 gives token 1, u = 0.1 token 0" with "that is the most likely token"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  return logits.indexOf(Math.max(...logits));
}
