// The guarded IPC front door (STYLE.md, "Electron Fiddle"). Every invoke channel of the shared
// contract goes through one dispatcher that, before any handler runs, checks that
//   1. the calling frame is a page of the app's own origin (app://hallway), and
//   2. the calling webContents is a window this app created,
// and parses the argument, which arrives as unknown, with the channel's zod schema. Refused
// calls are logged and rejected with an error naming the channel and the reason.
import type { IpcMain } from 'electron';
import { z } from 'zod';
import { ipcArgSchemas, type InvokeChannel, type InvokeResults } from '../../shared/ipc/contract';
import { isAppUrl } from './app-origin';

export type IpcArg<C extends InvokeChannel> = z.output<(typeof ipcArgSchemas)[C]>;

export type IpcHandlers = {
  [C in InvokeChannel]: (arg: IpcArg<C>) => Promise<InvokeResults[C]>;
};

export interface IpcSender {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  webContentsId: number;
}

export interface IpcFrontDoorOptions {
  handlers: IpcHandlers;
  isTrustedWebContents(webContentsId: number): boolean;
  logRefusal(message: string): void;
}

export type IpcDispatch = <C extends InvokeChannel>(
  channel: C,
  sender: IpcSender,
  arg: unknown,
) => Promise<InvokeResults[C]>;

export const INVOKE_CHANNELS = Object.keys(ipcArgSchemas) as InvokeChannel[];

export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export function createIpcFrontDoor(options: IpcFrontDoorOptions): IpcDispatch {
  const refuse = (channel: string, reason: string): never => {
    const message = `IPC call to ${channel} refused: ${reason}`;
    options.logRefusal(message);
    throw new IpcRefusedError(message);
  };

  return async function dispatch<C extends InvokeChannel>(
    channel: C,
    sender: IpcSender,
    arg: unknown,
  ): Promise<InvokeResults[C]> {
    if (!Object.hasOwn(ipcArgSchemas, channel)) refuse(channel, 'unknown channel');
    if (!isAppUrl(sender.frameUrl)) {
      refuse(channel, `sender frame ${sender.frameUrl ?? '(gone)'} is not the app`);
    }
    if (!options.isTrustedWebContents(sender.webContentsId)) {
      refuse(channel, `webContents ${sender.webContentsId} is not an app window`);
    }
    const parsed = ipcArgSchemas[channel].safeParse(arg);
    if (!parsed.success) refuse(channel, `invalid argument: ${z.prettifyError(parsed.error)}`);
    const handler = options.handlers[channel] as (value: unknown) => Promise<InvokeResults[C]>;
    return handler(parsed.data);
  };
}

/** Wires every contract channel to the dispatcher. Nothing else calls ipcMain.handle. */
export function registerIpcFrontDoor(ipcMain: Pick<IpcMain, 'handle'>, dispatch: IpcDispatch) {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, arg: unknown) =>
      dispatch(
        channel,
        { frameUrl: event.senderFrame?.url ?? null, webContentsId: event.sender.id },
        arg,
      ),
    );
  }
}
