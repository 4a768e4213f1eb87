// Mistake: shifts the logits in place (z.data -= max), changing the caller's Values.
// Fails: "the loss builds on the logits with Value ops" with "softmaxNll should leave the logits as they are"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const max = Math.max(...logits.map((z) => z.data));
  for (const z of logits) z.data -= max;
  const exps = logits.map((z) => z.exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).log().neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
