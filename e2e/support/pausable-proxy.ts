// A loopback TCP proxy between a device and the sync server, to make a network partition on cue:
// pause() cuts every open connection and refuses new ones (each is reset as it arrives), resume()
// lets connections through again. A device is given the proxy's URL as its server URL, so both its
// WebSocket and its API requests pass here; the server and other devices are unaffected.
import net from 'node:net';

export class PausableProxy {
  private paused = false;
  private readonly open = new Set<net.Socket>();

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  /** Listens on a free port of 127.0.0.1 and forwards to `targetPort` there. */
  static async start(targetPort: number): Promise<PausableProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: '127.0.0.1', port: 0 }, () => resolve());
    });
    return new PausableProxy(server, { host: '127.0.0.1', port: targetPort });
  }

  /** ws://127.0.0.1:<port>: the server URL a device behind this proxy uses. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  /** Cuts every open connection; new ones are reset until resume(). */
  pause(): void {
    this.paused = true;
    for (const socket of this.open) cut(socket);
    this.open.clear();
  }

  resume(): void {
    this.paused = false;
  }

  async close(): Promise<void> {
    this.pause();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.paused) {
      cut(client);
      return;
    }
    const upstream = net.connect(this.target);
    const pair = [client, upstream];
    for (const socket of pair) {
      this.open.add(socket);
      // Either side closing or failing ends both: a half-open pair would hide a partition.
      socket.once('close', () => {
        this.open.delete(socket);
        for (const other of pair) if (other !== socket) other.destroy();
      });
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}

/** Ends a connection with a reset, as a dropped network would, not with a polite close. */
function cut(socket: net.Socket): void {
  try {
    socket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}
