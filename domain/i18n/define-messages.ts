// Messages are data: each area of the product keeps its messages in one file, all three languages
// side by side, so a missing translation is a type error and shows in review next to its siblings.

/** A message with plural forms, chosen by Intl.PluralRules; Russian needs one, few, many and other. */
export interface PluralMessage {
  one: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;

type Translation<T> = { [K in keyof T]: T[K] extends string ? string : PluralMessage };

export interface MessageSet<T extends Record<string, Message>> {
  nb: T;
  en: Translation<T>;
  ru: Translation<T>;
}

export function defineMessages<const T extends Record<string, Message>>(set: MessageSet<T>): MessageSet<T> {
  return set;
}
