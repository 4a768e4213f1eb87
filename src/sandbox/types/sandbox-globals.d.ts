// What a sandbox adds to the engine's exports: the learner's code can call draw(), plot(), plotBoundary(),
// heatmap(), control() and pause(), and read names, without importing them.
// Appended to the generated engine declarations that the editor offers completions from.

/**
 * Draws the computation graph of `root` below the code: a box per value (label | data | grad) and a small
 * node per op, left to right, as the seed's draw_dot. Call it again after backward() to see the gradients.
 *
 * `draw(root, { step: true })` lets you step through backward() one node at a time ('forward' steps through
 * the forward pass, 'both' through both); `collapse: 'neurons'` or `'layers'` folds an MLP's parts into boxes.
 */
declare function draw(root: Value, options?: DrawOptions): void;

/**
 * Draws a line chart below the code: `values` as y against their index, or [x, y] pairs. Calling it again with
 * the same title updates that chart, so a training loop can plot its loss as it goes.
 */
declare function plot(title: string, values: number[] | Array<[number, number]>, options?: { x?: string; y?: string }): void;

/**
 * Draws a classifier's decision boundary: `predict(x, y)`'s score over the plane (its sign is the class), with
 * the points `xs` coloured by their labels `ys` (-1 or 1). The same title again updates the chart.
 */
declare function plotBoundary(
  title: string,
  options: { predict: (x: number, y: number) => number; xs: number[][]; ys: number[]; resolution?: number },
): void;

/**
 * Draws `values[row][col]` as a grid of coloured cells (darker is larger), e.g. attention weights with a row
 * per query position and a column per key position. The same title again updates the chart.
 */
declare function heatmap(title: string, values: number[][], options?: { rows?: string[]; cols?: string[]; x?: string; y?: string }): void;

/**
 * A slider below the code, for a number the code reads while it runs: `const t = control('temperature',
 * { value: 0.5, min: 0.1, max: 2, step: 0.1 })`, then `t.value`. Moving it reaches a running loop at its next
 * `await pause()`.
 */
declare function control(name: string, options: { value: number; min: number; max: number; step?: number }): { readonly value: number };

/**
 * Lets the page reach code that runs for long: a control's new value arrives, and charts keep up. Put
 * `await pause()` in a long loop, every few steps.
 */
declare function pause(): Promise<void>;

/** The names to train a model on: stdlib's English first names, female and male (about 8,850), lower-case. */
declare const names: string[];
