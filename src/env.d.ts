/// <reference types="astro/client" />

// tsc (unlike `astro check`) cannot read .astro files; to it, a component imported from a .ts file is this.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
