// Mistake: exp of the raw logits, which overflows to Infinity for large ones (Infinity / Infinity is NaN).
// Fails: "large logits do not overflow" with "subtract the largest logit"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const exps = logits.map((z) => z.exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).log().neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
