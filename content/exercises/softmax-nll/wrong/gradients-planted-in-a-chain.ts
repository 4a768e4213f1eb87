// Mistake: computes the loss and softmax − one-hot with plain numbers and plants them in a chain of hand-made nodes (each made from the one before and the next logit), instead of building the loss with Value ops.
// Fails: "the loss builds on the logits with Value ops" with "its graph has 0 exp and 0 log"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const zs = logits.map((z) => z.data);
  const m = Math.max(...zs);
  const e = zs.map((z) => Math.exp(z - m));
  const s = e.reduce((a, b) => a + b, 0);
  const grad = (i: number) => e[i] / s - (i === label ? 1 : 0);
  const loss = Math.log(s) - (zs[label] - m);
  let out = new Value(loss, [logits[0]], 'nll');
  out.localGrads = () => [grad(0)];
  for (let i = 1; i < logits.length; i++) {
    const next = new Value(loss, [out, logits[i]], 'nll');
    next.localGrads = () => [1, grad(i)];
    out = next;
  }
  return out;
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
