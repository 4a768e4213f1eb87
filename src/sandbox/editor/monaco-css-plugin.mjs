// A Vite plugin: Monaco's CSS arrives with the editor, not in every page's <head>.
//
// Astro hoists the CSS of dynamically imported modules into the <head> of every page that could load them
// (withastro/astro#9495), which would make Monaco's 175 kB of CSS render-blocking on every lesson. This plugin
// turns each `import './x.css'` inside monaco-editor into a tiny module that injects the CSS as a <style> when
// the editor's code actually runs, i.e. when a sandbox is activated.
const PREFIX = '\0monaco-style:';

export function monacoCssOnActivation() {
  return {
    name: 'monaco-css-on-activation',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.css') || !importer || !importer.includes('/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // The id must not end in .css, or Vite's CSS pipeline would claim it.
      return resolved ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `const style = document.createElement('style');`,
        `style.dataset.monaco = '';`,
        `style.textContent = css;`,
        `document.head.append(style);`,
      ].join('\n');
    },
  };
}
