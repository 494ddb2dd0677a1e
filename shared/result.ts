/**
 * Errors are values at boundaries: a parse or a remote call returns one of these,
 * never throws for bad input. `code` is stable (tests, APIs, logs match on it);
 * `message` is for people, in Simplified Chinese.
 */
export type Ok<T> = { ok: true; value: T };
export type Err<C extends string = string> = { ok: false; code: C; message: string };
export type Result<T, C extends string = string> = Ok<T> | Err<C>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <C extends string>(code: C, message: string): Err<C> => ({ ok: false, code, message });
