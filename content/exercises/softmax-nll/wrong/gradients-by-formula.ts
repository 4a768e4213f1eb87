// Mistake (an attempt to pass without Value ops): computes the loss and softmax − one-hot with plain numbers, writes
// the gradients into the logits itself and returns the loss as a new Value.
// Fails: "the loss builds on the logits with Value ops" with "the loss is a new Value with no inputs"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const zs = logits.map((z) => z.data);
  const max = Math.max(...zs);
  const exps = zs.map((z) => Math.exp(z - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  logits.forEach((z, i) => (z.grad += exps[i] / sum - (i === label ? 1 : 0)));
  return new Value(-Math.log(exps[label] / sum));
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
