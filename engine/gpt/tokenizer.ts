/**
 * Characters to tokens: each distinct character of the training text gets a number (in sorted order), plus one
 * more token, BOS ("beginning of sequence"), that marks where a name starts and, predicted, where it ends.
 */
export class CharTokenizer {
  /** The characters, in token order: token i is chars[i]. */
  readonly chars: readonly string[];
  /** The token that starts and ends every name: the one after the characters. */
  readonly BOS: number;
  /** How many tokens there are: the characters and BOS. */
  readonly vocabSize: number;
  private readonly ids: ReadonlyMap<string, number>;

  constructor(docs: readonly string[]) {
    this.chars = [...new Set(docs.join(''))].sort();
    this.ids = new Map(this.chars.map((c, i) => [c, i]));
    this.BOS = this.chars.length;
    this.vocabSize = this.chars.length + 1;
  }

  /** A name as tokens, wrapped in BOS on both sides: `BOS e m m a BOS`. */
  encode(doc: string): number[] {
    return [this.BOS, ...[...doc].map((c) => this.id(c)), this.BOS];
  }

  /** Tokens back to text; BOS is left out. */
  decode(tokens: readonly number[]): string {
    return tokens.filter((t) => t !== this.BOS).map((t) => this.chars[t] ?? '?').join('');
  }

  private id(c: string): number {
    const id = this.ids.get(c);
    if (id === undefined) throw new RangeError(`CharTokenizer: "${c}" is not one of the characters it was built from`);
    return id;
  }
}
