/** 修复本报告中全部可确定的问题 (FIX_ALL_COMMAND, both servers): the fix-all edit through `workspace/applyEdit`. */
import type { Connection, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Ask the client to apply `edit` (fixAllEdit's) to `doc`; versioned when the client takes
 * `documentChanges`, so that an edit for an older text is refused. `applied: false` with no edit.
 */
export async function applyFixAll(connection: Connection, doc: TextDocument, edit: LspTextEdit | undefined, versioned: boolean): Promise<{ applied: boolean }> {
  if (!edit) return { applied: false };
  const uri = doc.uri;
  const result = await connection.workspace.applyEdit({
    label: 'fzlint',
    edit: versioned ? { documentChanges: [{ textDocument: { uri, version: doc.version }, edits: [edit] }] } : { changes: { [uri]: [edit] } },
  });
  return { applied: result.applied };
}
