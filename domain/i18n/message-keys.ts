import type * as nb from "./messages/nb.ts";

// Message keys as types, read from the Norwegian catalogue's JSON files (the language that defines
// the keys): a typo in t("...") is a compile error. Type-only, so the browser gets none of the text.

type Areas = typeof nb;

/** An area: the keys' first segment and the name of its files (account.* in nb/account.json). */
export type MessageArea = keyof Areas & string;

export type MessageKey = { [A in MessageArea]: keyof Areas[A] & string }[MessageArea];

/** The keys of one area, e.g. AreaMessageKey<"eligibility">. */
export type AreaMessageKey<A extends MessageArea> = keyof Areas[A] & string;

type Prefixes<K extends string> = K extends `${infer Head}.${infer Tail}`
  ? Head | `${Head}.${Prefixes<Tail>}`
  : K;

/** A key or any leading part of one ("case", "case.state", "case.state.draft"). */
export type MessagePrefix = Prefixes<MessageKey>;
