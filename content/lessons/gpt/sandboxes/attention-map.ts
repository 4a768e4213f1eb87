// The attention weights of the (untrained) model reading "emma": a row per position, a column per position
// it may look at. Above the diagonal is always 0 — a position never sees the future — and each row sums to 1.
const tokenizer = new CharTokenizer(names);
const model = new GPT({ vocabSize: tokenizer.vocabSize });
const tokens = tokenizer.encode('emma');
const cache = model.newCache();
const rows: number[][][] = [[], [], [], []]; // per head: a row per position
for (let pos = 0; pos < tokens.length - 1; pos++) {
  const trace = { attention: [] as Value[][][] };
  model.forward(tokens[pos], pos, cache, trace);
  trace.attention[0].forEach((weights, h) => rows[h].push(weights.map((w) => w.data)));
}
const labels = ['BOS', ...'emma'].map((token, pos) => `${pos}: ${token}`); // each position and what it reads
for (const head of [0, 1]) {
  const grid = rows[head].map((row) => [...row, ...Array<number>(labels.length - row.length).fill(0)]);
  heatmap(`head ${head}: attention weights`, grid, { rows: labels, cols: labels, x: 'looks at', y: 'position' });
}
