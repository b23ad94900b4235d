import type { Plugin } from 'esbuild';

/** The esbuild plugin for the web bundles: Node's modules replaced by browser stand-ins, any other built-in an error. */
export function browserStandIns(root: string): Plugin;
