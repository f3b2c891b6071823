import type { MessageKey } from "#domain/i18n/catalog.ts";

// What a domain operation did, in one shape for every operation (ADR 0012): done with a value,
// refused for a reason the user can read, not found, or in conflict with a change someone else
// made. Operations return it; they throw only for bugs and broken infrastructure. The doors turn
// it into an answer in one place each: app/web/answer.server.ts (pages, flash messages, the API).
//
// A refusal's reason is the message key that explains it, so the reason is typed, testable and
// readable in every language without a second table; `why` says what kind of refusal it is, which
// is all a door needs to choose its status.

/**
 * A reason's parameter: a value the message formats itself (numbers, amounts in kroner and dates
 * through ICU's own syntax), or another message, such as a case state's name, which the door
 * translates into the reader's language before formatting the reason.
 */
export type ReasonParam = string | number | { message: MessageKey };
export type ReasonParams = Record<string, ReasonParam>;

/** forbidden: this person may not (403); invalid: the request itself is wrong (400); state: not now, not in this state (409). */
export type RefusalKind = "forbidden" | "invalid" | "state";

export interface Done<T> {
  ok: true;
  value: T;
}

export interface Refused {
  ok: false;
  kind: "refused";
  why: RefusalKind;
  reason: MessageKey;
  params?: ReasonParams;
  /** Per-field reasons, for a form that shows them beside their fields. */
  fields?: Record<string, MessageKey>;
}

export interface NotFound {
  ok: false;
  kind: "not-found";
}

/** Someone else changed the thing first; `details` says what, for the page to show. */
export interface Conflict<D = unknown> {
  ok: false;
  kind: "conflict";
  reason: MessageKey;
  params?: ReasonParams;
  details: D;
}

export type Failure<D = unknown> = Refused | NotFound | Conflict<D>;
export type Result<T = void, D = never> = Done<T> | Failure<D>;

export function done(): Done<void>;
export function done<T>(value: T): Done<T>;
export function done<T>(value?: T): Done<T | undefined> {
  return { ok: true, value };
}

export function refused(
  reason: MessageKey,
  options: { why?: RefusalKind; params?: ReasonParams; fields?: Record<string, MessageKey> } = {},
): Refused {
  return { ok: false, kind: "refused", why: options.why ?? "state", reason, ...strip(options) };
}

/** A refusal because of who is asking (403), with the reason an audit reader would want. */
export function forbidden(reason: MessageKey = "error.forbidden.text", params?: ReasonParams): Refused {
  return refused(reason, { why: "forbidden", params });
}

export function notFound(): NotFound {
  return { ok: false, kind: "not-found" };
}

export function conflict<D>(reason: MessageKey, details: D, params?: ReasonParams): Conflict<D> {
  return params
    ? { ok: false, kind: "conflict", reason, details, params }
    : { ok: false, kind: "conflict", reason, details };
}

function strip(options: { params?: ReasonParams; fields?: Record<string, MessageKey> }) {
  const out: { params?: ReasonParams; fields?: Record<string, MessageKey> } = {};
  if (options.params) out.params = options.params;
  if (options.fields) out.fields = options.fields;
  return out;
}
