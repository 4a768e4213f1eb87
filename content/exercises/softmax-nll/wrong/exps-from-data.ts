// Mistake: computes the exps from the logits' numbers (z.data), so the loss is right but no gradient reaches the logits.
// Fails: "the gradients of the logits are PyTorch’s" with "every gradient is 0"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const max = Math.max(...logits.map((z) => z.data));
  const exps = logits.map((z) => new Value(Math.exp(z.data - max)));
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).log().neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
