// Train the GPT on the names, live: one name per step, Adam with a learning rate that falls to 0.
// Change the sizes and press Run to train again; Stop stops it. The temperature slider acts on the samples.
const nEmbd = 16, nHead = 4, nLayer = 1, blockSize = 16; // microgpt's size
const steps = 1000;

const tokenizer = new CharTokenizer(names);
const docs = shuffled(names, seededRandom(42));
const model = new GPT({ vocabSize: tokenizer.vocabSize, nEmbd, nHead, nLayer, blockSize });
const adam = new Adam(model.parameters(), { lr: 0.01, beta1: 0.85, beta2: 0.99 });
const temperature = control('temperature', { value: 0.5, min: 0.1, max: 1.5, step: 0.1 });
console.log(`${model.parameters().length} parameters; training on ${docs.length} names`);

const losses: number[] = [];
const average: number[] = [];
const started = performance.now();
for (let step = 0; step < steps; step++) {
  const tokens = tokenizer.encode(docs[step % docs.length]); // the loss reads at most blockSize of them
  losses.push(trainStep(model, adam, tokens, decayedLearningRate(0.01, step, steps)));
  if ((step + 1) % 20 === 0) {
    const last = losses.slice(-100);
    average.push(last.reduce((a, b) => a + b, 0) / last.length);
    plot('loss (mean of the last 100 steps)', average.map((l, i): [number, number] => [(i + 1) * 20, l]), { x: 'step', y: 'loss' });
    await pause(); // lets the chart, the slider and Stop through
  }
  if ((step + 1) % 200 === 0) {
    const samples = Array.from({ length: 6 }, () => generate(model, tokenizer, { temperature: temperature.value }));
    console.log(`step ${step + 1}: loss ${average.at(-1)!.toFixed(3)}, ${((performance.now() - started) / (step + 1)).toFixed(1)} ms a step — ${samples.join(', ')}`);
  }
}
console.log('after training, at temperature', temperature.value + ':', Array.from({ length: 10 }, () => generate(model, tokenizer, { temperature: temperature.value })).join(', '));
