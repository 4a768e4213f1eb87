// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// A static site: every page is built ahead of time, and learners' code runs in their own browser.
export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  // Everything of the site's lives in src/; the top level stays the project's own layout.
  publicDir: './src/public',
  server: { port: 4321 },
});
