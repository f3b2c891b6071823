// Whether a call takes applications at a moment. Times are instants (stored with time zone); the
// programme's deadlines are Oslo wall-clock times turned into instants when the call is saved, so a
// deadline "1 March 23:59:59" means Oslo time whatever the server's zone is.

export interface CallTimes {
  opensAt: Date;
  /** null: a continuous call, open until a manager closes it. */
  closesAt: Date | null;
}

export type CallWindowVerdict =
  | { open: true }
  | { open: false; reason: "not-yet-open"; opensAt: Date }
  | { open: false; reason: "closed"; closedAt: Date };

/** Open from `opensAt` (inclusive) to `closesAt` (inclusive: the deadline second itself still counts). */
export function checkCallWindow(call: CallTimes, now: Date): CallWindowVerdict {
  if (now.getTime() < call.opensAt.getTime())
    return { open: false, reason: "not-yet-open", opensAt: call.opensAt };
  if (call.closesAt && now.getTime() > call.closesAt.getTime())
    return { open: false, reason: "closed", closedAt: call.closesAt };
  return { open: true };
}
