// The command palette's registry. Features register their commands while they are mounted
// (useRegisterCommands) or imperatively (registerCommands, which returns the unregister call);
// the palette lists whatever is registered. Titles arrive already translated; keywords let a
// command be found by other words too (the built-in commands add their titles in every UI
// language, so "settings" finds 設定へ移動).
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';

export interface Command {
  /** Unique among registered commands; a later registration with the same id wins. */
  id: string;
  title: string;
  keywords?: readonly string[];
  /** Shown as a group label in the palette, e.g. "Navigation". */
  section: string;
  run(): void | Promise<void>;
}

interface Registration {
  token: symbol;
  commands: readonly Command[];
}

interface CommandRegistryState {
  registrations: readonly Registration[];
}

const useCommandRegistry = create<CommandRegistryState>(() => ({ registrations: [] }));

export function registerCommands(commands: readonly Command[]): () => void {
  const token = Symbol('commands');
  useCommandRegistry.setState((state) => ({
    registrations: [...state.registrations, { token, commands }],
  }));
  return () =>
    useCommandRegistry.setState((state) => ({
      registrations: state.registrations.filter((registration) => registration.token !== token),
    }));
}

/** Registers the commands while the calling component is mounted; memoise the array. */
export function useRegisterCommands(commands: readonly Command[]): void {
  useEffect(() => registerCommands(commands), [commands]);
}

export function listCommands(registrations: readonly Registration[]): Command[] {
  const byId = new Map<string, Command>();
  for (const registration of registrations) {
    for (const command of registration.commands) {
      byId.delete(command.id);
      byId.set(command.id, command);
    }
  }
  return [...byId.values()];
}

export function useCommands(): Command[] {
  const registrations = useCommandRegistry((state) => state.registrations);
  return useMemo(() => listCommands(registrations), [registrations]);
}
