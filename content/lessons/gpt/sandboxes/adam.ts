// Adam against plain gradient descent, on a loss with one steep and one flat direction: L = 25·a² + b²/25.
// Plain descent must keep its step small (a bigger one makes a overshoot and blow up), and then b hardly moves.
// Adam steps each parameter by about lr, whatever its gradient: both reach 0.
function run(useAdam: boolean) {
  const a = new Value(1), b = new Value(1);
  const adam = new Adam([a, b], { lr: 0.1 });
  const bs: number[] = [];
  for (let step = 0; step < 60; step++) {
    const loss = a.mul(a).mul(25).add(b.mul(b).mul(1 / 25));
    loss.backward();
    if (useAdam) {
      adam.step(); // updates, then zeroes the gradients
    } else {
      for (const p of [a, b]) {
        p.data -= 0.03 * p.grad;
        p.grad = 0;
      }
    }
    bs.push(b.data);
  }
  console.log(useAdam ? 'Adam:' : 'plain gradient descent:', 'a =', a.data.toFixed(4), ' b =', b.data.toFixed(4));
  return bs;
}
plot('b, plain gradient descent (lr 0.03)', run(false), { y: 'b' });
plot('b, Adam (lr 0.1)', run(true), { y: 'b' });
