// The components a lesson's MDX may use: import them from here, and only from here.
export { default as Sandbox } from './Sandbox.astro';
export { default as Exercise } from './Exercise.astro';
export { default as N } from './N.astro';
