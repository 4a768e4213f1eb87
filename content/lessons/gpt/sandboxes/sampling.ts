// Temperature: softmax(logits / T). Below 1 the likely get likelier; above 1 the distribution flattens.
const logits = [2, 1, 0.5, -1];
for (const t of [0.5, 1, 2]) {
  console.log(`T = ${t}:`, probabilities(logits, t).map((p) => p.toFixed(3)).join('  '));
}

// An untrained model's names: any character, any length.
const tokenizer = new CharTokenizer(names);
const model = new GPT({ vocabSize: tokenizer.vocabSize });
const random = seededRandom(1);
console.log('untrained:', Array.from({ length: 8 }, () => generate(model, tokenizer, { temperature: 1, random })).join(', '));
