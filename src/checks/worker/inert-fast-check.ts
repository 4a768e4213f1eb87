// fast-check as the check worker sees it (swapped in for the worker's bundle by astro.config.mjs). The worker
// imports an exercise's checks only for their `observe` functions: the cases are generated and judged on the page
// (check-all.ts) and reach the worker as plain data. Importing the checks still builds their arbitraries, so this
// stands in for fast-check with a value that takes any call, property or `new` and gives itself back. Each Check
// starts a fresh worker, which then parses and runs none of fast-check's 160 KB.
type Inert = ((...args: unknown[]) => Inert) & { readonly [key: string]: Inert };

const inert: Inert = new Proxy(function inert() {}, {
  // Not a thenable, and no conversion to a primitive: a stand-in must not pass for a promise or a number.
  get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : inert),
  apply: () => inert,
  construct: () => inert,
}) as unknown as Inert;

export default inert;
