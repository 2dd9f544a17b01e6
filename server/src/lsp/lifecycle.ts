/**
 * The LSP lifecycle as the specification has it, in front of vscode-languageserver's connection
 * (which answers everything in any state): a request before `initialize` gets -32002
 * (ServerNotInitialized) and notifications then are dropped (`exit` excepted); a second
 * `initialize` and any request after `shutdown` get -32600 (InvalidRequest); `exit` ends the
 * process with 0 after `shutdown` and 1 without (the library's own rule). A malformed message
 * header ends the connection with one line on stderr: the stream cannot be re-synchronised, and a
 * server that stays alive but never answers again is worse than one that says why it stopped.
 *
 * Used for the stdio and node-ipc transports (what editors and the VS Code client use).
 */
import {
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

export const SERVER_NOT_INITIALIZED = -32002;
export const INVALID_REQUEST = -32600;

type State = 'new' | 'initializing' | 'running' | 'shutdown';

interface RawMessage {
  id?: number | string | null;
  method?: string;
}

/** The lifecycle state machine: which incoming messages reach the server, and the error for the others. */
export class Lifecycle {
  state: State = 'new';

  /** undefined: pass the message on; otherwise the error to answer (requests) or null (drop a notification). */
  admit(message: RawMessage): { code: number; message: string } | null | undefined {
    const { method } = message;
    if (method === undefined) return undefined; // a response to one of our requests
    const isRequest = message.id !== undefined && message.id !== null;
    if (method === 'exit') return undefined;
    if (this.state === 'shutdown') return isRequest ? { code: INVALID_REQUEST, message: 'the server is shut down; only exit is accepted' } : null;
    if (method === 'initialize') {
      if (this.state !== 'new') return isRequest ? { code: INVALID_REQUEST, message: 'initialize may be sent only once' } : null;
      if (isRequest) this.state = 'initializing';
      return isRequest ? undefined : null;
    }
    if (this.state === 'new') return isRequest ? { code: SERVER_NOT_INITIALIZED, message: 'the server is not initialized yet: send initialize first' } : null;
    if (method === 'initialized') this.state = 'running';
    if (method === 'shutdown' && isRequest) this.state = 'shutdown';
    return undefined;
  }
}

class GuardedReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly lifecycle: Lifecycle,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      const raw = message as RawMessage;
      const verdict = this.lifecycle.admit(raw);
      if (verdict === undefined) callback(message);
      else if (verdict !== null) void this.writer.write({ jsonrpc: '2.0', id: raw.id ?? null, error: verdict } as Message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/**
 * Reader and writer for the transport named on the command line (--stdio or --node-ipc), with the
 * lifecycle guard; undefined for other transports (the library's defaults are used then).
 */
export function guardedTransport(argv: readonly string[] = process.argv): { reader: MessageReader; writer: MessageWriter } | undefined {
  let reader: MessageReader;
  let writer: MessageWriter;
  const lifecycle = new Lifecycle();
  if (argv.includes('--stdio')) {
    reader = new StreamMessageReader(process.stdin);
    writer = new StreamMessageWriter(process.stdout);
    // As the library does for stdio: stdout carries the protocol, so logging goes to stderr, and
    // the end of standard input ends the server.
    console.log = console.info = console.warn = console.debug = console.error;
    const end = () => process.exit(lifecycle.state === 'shutdown' ? 0 : 1);
    process.stdin.on('end', end);
    process.stdin.on('close', end);
  } else if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else return undefined;
  reader.onError((error) => {
    process.stderr.write(`fzlint language server: unreadable message from the client (${error.message}); closing the connection.\n`);
    process.exit(1);
  });
  return { reader: new GuardedReader(reader, writer, lifecycle), writer };
}
