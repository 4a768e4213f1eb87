// Mistake: computes the loss and softmax − one-hot with plain numbers and plants them in a hand-made node's localGrads, instead of building the loss with Value ops.
// Fails: "the loss for logits [0, 3, -2, 1] and label 3" with "Value: a value is made from one or two others (an op's inputs), got 4 children"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const zs = logits.map((z) => z.data);
  const m = Math.max(...zs);
  const e = zs.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  const p = e.map((x) => x / s);
  const out = new Value(Math.log(s) - (zs[label] - m), logits, 'nll');
  out.localGrads = () => p.map((pi, i) => pi - (i === label ? 1 : 0));
  return out;
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
