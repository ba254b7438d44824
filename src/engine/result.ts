/** Results instead of exceptions for anything a player or a file can get wrong. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

/** A message the UI translates: an i18n key and its parameters. The engine never writes English. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const msg = (key: string, params?: Record<string, string | number>): Message =>
  params === undefined ? { key } : { key, params };
