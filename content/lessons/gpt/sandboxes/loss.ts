// The whole model on one name: at each position, the probabilities of the next character, and the loss
// -log p(the right one). Untrained, every character is about equally likely: the loss is near log(vocab size).
const tokenizer = new CharTokenizer(names);
const model = new GPT({ vocabSize: tokenizer.vocabSize });
const tokens = tokenizer.encode('emma');

const loss = sequenceLoss(model, tokens);
console.log('loss on "emma":', loss.data.toFixed(4), '  log(vocab size):', Math.log(tokenizer.vocabSize).toFixed(4));

loss.backward(); // the same backward() as for one neuron
const values = topologicalOrder(loss).length;
console.log(values, 'values in this graph;', model.parameters().length, 'parameters, each with its gradient now');
const wte = model.wte[tokens[1]][0];
console.log('for example, d loss / d wte["e"][0] =', wte.grad.toFixed(6));
