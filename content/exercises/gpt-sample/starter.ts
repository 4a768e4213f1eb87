// The next token: softmax(logits / temperature), then the first index whose running total passes u.
export function sampleToken(logits: number[], temperature: number, u: number): number {
  // Your code here.
  return 0;
}

console.log(sampleToken([2, 1, 0.5, -1], 1, 0.7)); // 1
