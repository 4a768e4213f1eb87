// Mistake: shifts the label's exp by the largest logit but divides by the sum of the unshifted exps.
// Fails: "the loss for logits [0, 3, -2, 1] and label 3" with "the loss should be 2.17551536262"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const max = Math.max(...logits.map((z) => z.data));
  let sum = new Value(0);
  for (const z of logits) sum = sum.add(z.exp());
  return logits[label].sub(max).exp().div(sum).log().neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
