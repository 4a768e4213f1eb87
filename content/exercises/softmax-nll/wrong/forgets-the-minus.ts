// Mistake: returns log(p), the log-likelihood, instead of its negative.
// Fails: "the loss for logits [0, 3, -2, 1] and label 3" with "that is log(p): the loss is its negative"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const max = Math.max(...logits.map((z) => z.data));
  const exps = logits.map((z) => z.sub(max).exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).log();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
