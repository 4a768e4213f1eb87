/** micrograd's demo loss: mean hinge loss + alpha · Σ p², and the accuracy. */
export function svmLoss(model: MLP, xs: number[][], ys: number[], alpha = 1e-4): { total: Value; accuracy: number } {
  const scores = xs.map((x) => model.forward(x) as Value);
  // Your code here.
  return { total: new Value(0), accuracy: 0 };
}

const { xs, ys } = makeMoons(20, 0.1, { seed: 1 });
const model = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 1 });
const { total, accuracy } = svmLoss(model, xs, ys);
console.log('loss', total.data, 'accuracy', accuracy);
