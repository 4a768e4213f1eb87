// Mistake: returns minus the probability instead of minus its log.
// Fails: "the loss for logits [0, 3, -2, 1] and label 3" with "that is -p, minus the probability: the loss is -log(p)"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const exps = logits.map((z) => z.exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
