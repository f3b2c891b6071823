import type { ApplicationAccess } from "#domain/applications/application-access.server.ts";
import { type MessageChannel, messageChannels } from "#vocabulary/vocabulary.ts";

// Two conversations per application:
// - team: the applicant's members and the invited partners, while they write the application
//   together. Staff do not read it: it is the applicant's workroom, not part of the case.
// - case: the applicant's members and the secretariat, once the application is sent. Partners are
//   not in it: the applicant answers for the application.

export function isMessageChannel(value: unknown): value is MessageChannel {
  return typeof value === "string" && (messageChannels as readonly string[]).includes(value);
}

export function canReadChannel(access: ApplicationAccess, channel: MessageChannel): boolean {
  if (channel === "team") return access.as === "applicant" || access.as === "collaborator";
  return access.as === "applicant" || access.as === "staff";
}

export function canPostToChannel(access: ApplicationAccess, channel: MessageChannel): boolean {
  if (!canReadChannel(access, channel)) return false;
  return channel === "team" ? access.canComment : access.canMessageCase;
}

export class ChannelForbiddenError extends Error {}
