// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { inertFastCheckInWorkers } from './src/checks/worker/inert-fast-check-plugin.mjs';
import { monacoCssOnActivation } from './src/sandbox/editor/monaco-css-plugin.mjs';

// A static site: every page is built ahead of time, and learners' code runs in their own browser.
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  markdown: {
    // unified, not Astro's default Sätteri, because math is rendered by remark-math and rehype-katex.
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }),
    // Both themes' colours go into the HTML as variables; global.css shows the one that matches the page.
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark-default' }, defaultColor: false },
  },
  // Everything of the site's lives in src/; the top level stays the project's own layout.
  publicDir: './src/public',
  server: { port: 4321 },
  vite: {
    plugins: [monacoCssOnActivation()],
    // The check worker observes; the page makes the cases (see src/checks/worker/inert-fast-check.ts).
    worker: { format: 'es', plugins: () => [inertFastCheckInWorkers()] },
    // Imported only from workers: listed so that `astro dev` does not reload the page when it finds them.
    optimizeDeps: { include: ['@viz-js/viz'] },
    // Monaco names its own TypeScript worker as a fallback for pages that give it none (`new URL('ts.worker.js',
    // import.meta.url)`), which would ship a second copy of TypeScript, never loaded: ours is the one it starts.
    resolve: { alias: [{ find: /^ts\.worker\.js$/, replacement: fileURLToPath(new URL('./src/sandbox/editor/typescript.worker.ts', import.meta.url)) }] },
  },
});
