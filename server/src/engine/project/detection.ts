/**
 * The project API's document detection, on its own: no configuration, no file system, so that the
 * language server's web worker (lsp/browser-server.ts) can reach it without the Node half of
 * engine/project. The shells import detection from here or from engine/project, never from
 * document/detect itself.
 */
export { detectDocument, isCheckedKind, type DocumentKind, type DocumentProfile } from '../document/detect';
export { languageForPath } from '../lint';
