// A token's vector and a position's vector, added: what the model sees of "e" at position 1.
const tokenizer = new CharTokenizer(names);
const model = new GPT({ vocabSize: tokenizer.vocabSize }); // microgpt's size: 16 numbers per vector
const e = tokenizer.encode('e')[1];

const tokenVector = model.wte[e]; // row e of the token embeddings
const positionVector = model.wpe[1]; // row 1 of the position embeddings
const x = tokenVector.map((t, i) => t.add(positionVector[i]));
console.log('token "e":   ', tokenVector.slice(0, 4).map((v) => v.data.toFixed(3)).join(' '), '…');
console.log('position 1:  ', positionVector.slice(0, 4).map((v) => v.data.toFixed(3)).join(' '), '…');
console.log('their sum:   ', x.slice(0, 4).map((v) => v.data.toFixed(3)).join(' '), '…');

// Every number here is a parameter, a Value the training will move.
tokenVector[0].label = 'wte[e][0]';
positionVector[0].label = 'wpe[1][0]';
x[0].label = 'x[0]';
draw(x[0]);
