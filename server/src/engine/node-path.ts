/**
 * The path functions the config resolver and the project API use: Node's own (`node:path`). In a
 * browser bundle node-path.browser.ts stands in for this module (scripts/browser-build.mjs), with
 * POSIX paths: the web worker server resolves configurations over the workspace's URI paths.
 */
export { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
