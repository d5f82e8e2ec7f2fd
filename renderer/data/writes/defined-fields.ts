// Zod keeps a key whose value is undefined ({ company: undefined } parses as is), and both object
// spread and a write's patch would then erase the stored value (patch removes a field set to
// undefined). Input from the UI goes through this first: an undefined field means "not given".

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];

export type DefinedFields<T> = Pick<T, RequiredKeys<T>> & {
  [K in Exclude<keyof T, RequiredKeys<T>>]?: Exclude<T[K], undefined>;
};

export function definedFields<T extends object>(fields: T): DefinedFields<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as DefinedFields<T>;
}
