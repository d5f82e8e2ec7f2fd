export interface ElectronBuilderConfig {
  files: string[];
  asar?: boolean;
  electronFuses?: Record<string, boolean>;
  [key: string]: unknown;
}

export function readElectronBuilderConfig(root: string): Promise<ElectronBuilderConfig>;
export function globToRegExp(glob: string): RegExp;
export function isPackaged(relativePath: string, patterns: string[]): boolean;
export function copyPackagedLayout(root: string, targetDir: string): Promise<string[]>;
