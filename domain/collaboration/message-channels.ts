import type { CaseAction } from "#domain/access/case-access.ts";
import { type MessageChannel, messageChannels } from "#vocabulary/vocabulary.ts";

// Two conversations per application:
// - team: the applicant's members and the invited partners, while they write the application
//   together. Staff do not read it: it is the applicant's workroom, not part of the case.
// - case: the applicant's members and the secretariat, once the application is sent. Partners are
//   not in it: the applicant answers for the application.
// Who may read and write each is the access rules' (domain/access/case-access.ts).

export function isMessageChannel(value: unknown): value is MessageChannel {
  return typeof value === "string" && (messageChannels as readonly string[]).includes(value);
}

/** The actions of reading and writing in each conversation. */
export const channelActions: Record<MessageChannel, { read: CaseAction; post: CaseAction }> = {
  team: { read: "read_team_thread", post: "comment" },
  case: { read: "read_case_thread", post: "message_case" },
};

export class ChannelForbiddenError extends Error {}
