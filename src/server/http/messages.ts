import type { Lang } from './lang.ts';

export type MessageTable = Record<string, Record<Lang, string>>;
export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown name stays as it is. */
export const fill = (text: string, vars: Vars): string => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

/** A module's own messages as a lookup: the text in the user's language, placeholders filled. */
export function messageLookup<T extends MessageTable>(table: T): (key: keyof T & string, lang: Lang, vars?: Vars) => string {
  return (key, lang, vars = {}) => fill(table[key]![lang], vars);
}
