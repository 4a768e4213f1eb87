// Mistake: shifts every logit by the smallest instead of the largest, so exp of a logit far above it still overflows.
// Fails: "the loss is right for other logits" with "subtract the largest logit from every logit before exp"
/** -log(softmax(logits)[label]), built from Value ops so that backward() gives every logit's gradient. */
export function softmaxNll(logits: Value[], label: number): Value {
  const min = Math.min(...logits.map((z) => z.data));
  const exps = logits.map((z) => z.sub(min).exp());
  let sum = new Value(0);
  for (const e of exps) sum = sum.add(e);
  return exps[label].div(sum).log().neg();
}

const logits = [0, 3, -2, 1].map((z) => new Value(z));
const loss = softmaxNll(logits, 3);
loss.backward();
console.log('loss', loss.data, 'grads', logits.map((z) => z.grad));
