// The server's log: one line of JSON per event on stdout/stderr. Every refusal (a bad pairing code,
// a revoked device, a viewer's write) is logged with its reason, so an operator can tell why a
// device does not sync. Injectable: tests pass a recording logger and wait for its events.
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface SyncLogger {
  info(event: string, fields?: LogFields): void;
  refused(reason: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export const consoleLogger: SyncLogger = {
  info: (event, fields) =>
    console.log(JSON.stringify({ at: new Date().toISOString(), event, ...fields })),
  refused: (reason, fields) =>
    console.warn(
      JSON.stringify({ at: new Date().toISOString(), event: 'refused', reason, ...fields }),
    ),
  error: (event, fields) =>
    console.error(JSON.stringify({ at: new Date().toISOString(), event, ...fields })),
};
