// What a sandbox adds to the engine's exports: the learner's code can call draw() without importing it.
// Appended to the generated engine declarations that the editor offers completions from.

/**
 * Draws the computation graph of `root` below the code: a box per value (label | data | grad) and a small
 * node per op, left to right, as the seed's draw_dot. Call it again after backward() to see the gradients.
 */
declare function draw(root: Value, options?: DrawOptions): void;
