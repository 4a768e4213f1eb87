// Characters to tokens. `names` holds the course's training names (about 8,850 first names).
const tokenizer = new CharTokenizer(names);
console.log(names.length, 'names, for example', names.slice(0, 6).join(', '));
console.log('characters:', tokenizer.chars.join(''));
console.log('so', tokenizer.vocabSize, 'tokens: one per character, and BOS =', tokenizer.BOS);

const tokens = tokenizer.encode('emma');
console.log('"emma" →', tokens);
console.log('and back →', tokenizer.decode(tokens));
// Try your own name. A character that is not in the names (a digit, say) is an error.
