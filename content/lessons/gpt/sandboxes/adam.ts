// Adam against plain gradient descent, on a loss with one steep and one flat direction:
// L = 25·a² + b²/25. The same step size for both; plain descent must keep it small for a, so b hardly moves.
function run(useAdam: boolean) {
  const a = new Value(1), b = new Value(1);
  const adam = new Adam([a, b], { lr: 0.1 });
  const losses: number[] = [];
  for (let step = 0; step < 60; step++) {
    const loss = a.mul(a).mul(25).add(b.mul(b).mul(1 / 25));
    losses.push(loss.data);
    loss.backward();
    if (useAdam) {
      adam.step(); // updates, then zeroes the gradients
    } else {
      for (const p of [a, b]) {
        p.data -= 0.03 * p.grad;
        p.grad = 0;
      }
    }
  }
  return losses;
}
plot('plain gradient descent (lr 0.03)', run(false), { y: 'loss' });
plot('Adam (lr 0.1)', run(true), { y: 'loss' });
