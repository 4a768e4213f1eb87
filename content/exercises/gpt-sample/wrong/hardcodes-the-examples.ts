// Mistake: an attempt to pass without solving — the lesson's answers by u.
// Fails: "a temperature below 1 sharpens" with "should be 0"
export function sampleToken(logits: number[], temperature: number, u: number): number {
  return u > 0.5 ? 1 : 0;
}
