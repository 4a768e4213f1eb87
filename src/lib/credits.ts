// Where the course comes from: one list, for the home page, every page's footer and the README's words.
export const LECTURE = {
  title: 'The spelled-out intro to neural networks and backpropagation: building micrograd',
  href: 'https://www.youtube.com/watch?v=VMj-3S1tku0',
};
export const MICROGRAD = { title: 'karpathy/micrograd', href: 'https://github.com/karpathy/micrograd' };
export const AUTHOR = 'Andrej Karpathy';
export const MICROGPT = { title: 'microgpt', href: 'https://karpathy.github.io/2026/02/12/microgpt/' };
