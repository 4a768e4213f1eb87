/**
 * A GPT, after Andrej Karpathy's microgpt: token and position embeddings, then per layer causal self-attention
 * with several heads and an MLP block, each around a residual connection, and a linear head to one logit per
 * token. Every number is a Value, so one loss.backward() gives every parameter its gradient.
 */
import { Module } from '../nn.ts';
import { seededRandom } from '../random.ts';
import { Value } from '../value.ts';
import { attend, attentionWeights, linear, rmsnorm } from './layers.ts';

export interface GPTConfig {
  vocabSize: number;
  /** The width of every token's vector (microgpt: 16). */
  nEmbd?: number;
  /** Attention heads per layer; each sees nEmbd / nHead of the vector (microgpt: 4). */
  nHead?: number;
  /** Transformer blocks (microgpt: 1). */
  nLayer?: number;
  /** The longest context, in tokens (microgpt: 16). */
  blockSize?: number;
}

export interface GPTOptions {
  /** The same seed gives the same initial weights, in Node and every browser. */
  seed?: number;
  /** Overrides `seed`: a source of uniform [0, 1) numbers. */
  random?: () => number;
}

/** A matrix of Values, a row per output. */
export type Matrix = Value[][];

export interface Block {
  attnWq: Matrix;
  attnWk: Matrix;
  attnWv: Matrix;
  attnWo: Matrix;
  mlpFc1: Matrix;
  mlpFc2: Matrix;
}

/** What attention remembers of the positions so far: each layer's keys and values, a vector per position. */
export interface KVCache {
  keys: Value[][][];
  values: Value[][][];
}

/** What one forward step computed inside, for drawing and printing: each layer's attention weights per head. */
export interface ForwardTrace {
  attention: Value[][][];
}

export class GPT extends Module {
  readonly vocabSize: number;
  readonly nEmbd: number;
  readonly nHead: number;
  readonly nLayer: number;
  readonly blockSize: number;
  /** Token embeddings: row t is token t's vector. */
  wte: Matrix;
  /** Position embeddings: row p is position p's vector. */
  wpe: Matrix;
  layers: Block[];
  /** The head: one row per token, giving its logit. */
  lmHead: Matrix;

  constructor({ vocabSize, nEmbd = 16, nHead = 4, nLayer = 1, blockSize = 16 }: GPTConfig, { seed = 42, random }: GPTOptions = {}) {
    super();
    for (const [name, n] of Object.entries({ vocabSize, nEmbd, nHead, nLayer, blockSize })) {
      if (!Number.isInteger(n) || n < 1) throw new TypeError(`GPT: ${name} must be a positive integer, got ${String(n)}`);
    }
    if (nEmbd % nHead !== 0) throw new RangeError(`GPT: nEmbd (${nEmbd}) must be a multiple of nHead (${nHead})`);
    this.vocabSize = vocabSize;
    this.nEmbd = nEmbd;
    this.nHead = nHead;
    this.nLayer = nLayer;
    this.blockSize = blockSize;
    const uniform = random ?? seededRandom(seed);
    // Box–Muller: a normal number from two uniform ones; microgpt starts every weight at N(0, 0.08²).
    const gaussian = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    const matrix = (rows: number, cols: number): Matrix =>
      Array.from({ length: rows }, () => Array.from({ length: cols }, () => new Value(0.08 * gaussian())));
    this.wte = matrix(vocabSize, nEmbd);
    this.wpe = matrix(blockSize, nEmbd);
    this.lmHead = matrix(vocabSize, nEmbd);
    this.layers = Array.from({ length: nLayer }, () => ({
      attnWq: matrix(nEmbd, nEmbd),
      attnWk: matrix(nEmbd, nEmbd),
      attnWv: matrix(nEmbd, nEmbd),
      attnWo: matrix(nEmbd, nEmbd),
      mlpFc1: matrix(4 * nEmbd, nEmbd),
      mlpFc2: matrix(nEmbd, 4 * nEmbd),
    }));
  }

  /** An empty cache, for the first position of a sequence. */
  newCache(): KVCache {
    return { keys: this.layers.map(() => []), values: this.layers.map(() => []) };
  }

  /**
   * The logits for the token after `tokenId` at position `posId`: one forward step, which adds this position's
   * keys and values to `cache` (call it with positions 0, 1, 2, … in order). `trace`, if given, receives each
   * layer's attention weights, a list per head.
   */
  forward(tokenId: number, posId: number, cache: KVCache, trace?: ForwardTrace): Value[] {
    if (!this.wte[tokenId]) throw new RangeError(`GPT.forward: token ${tokenId} is not in 0…${this.vocabSize - 1}`);
    if (!this.wpe[posId]) throw new RangeError(`GPT.forward: position ${posId} is not in 0…${this.blockSize - 1}`);
    const headSize = this.nEmbd / this.nHead;
    let x = this.wte[tokenId].map((t, i) => t.add(this.wpe[posId][i]));
    x = rmsnorm(x);
    this.layers.forEach((layer, l) => {
      // Attention: each head looks back over the positions so far and mixes their values.
      const residual = x;
      x = rmsnorm(x);
      const q = linear(x, layer.attnWq);
      cache.keys[l].push(linear(x, layer.attnWk));
      cache.values[l].push(linear(x, layer.attnWv));
      const heads: Value[] = [];
      const weightsPerHead: Value[][] = [];
      for (let h = 0; h < this.nHead; h++) {
        const part = (v: Value[]) => v.slice(h * headSize, (h + 1) * headSize);
        const weights = attentionWeights(part(q), cache.keys[l].map(part));
        weightsPerHead.push(weights);
        heads.push(...attend(weights, cache.values[l].map(part)));
      }
      trace?.attention.push(weightsPerHead);
      x = linear(heads, layer.attnWo).map((a, i) => a.add(residual[i]));
      // The MLP block: widen four times, ReLU, back to nEmbd.
      const residual2 = x;
      x = linear(rmsnorm(x), layer.mlpFc1).map((h) => h.relu());
      x = linear(x, layer.mlpFc2).map((a, i) => a.add(residual2[i]));
    });
    return linear(x, this.lmHead);
  }

  parameters(): Value[] {
    const matrices = [this.wte, this.wpe, this.lmHead, ...this.layers.flatMap((b) => [b.attnWq, b.attnWk, b.attnWv, b.attnWo, b.mlpFc1, b.mlpFc2])];
    return matrices.flat(2);
  }
}
