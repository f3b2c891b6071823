import { and, desc, eq } from "drizzle-orm";
import type { Queryable } from "#db/connection.ts";
import { applicationMessages, users } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { mayDo } from "#domain/access/case-access.ts";
import type { MessageChannel } from "../../vocabulary/vocabulary.ts";
import { ChannelForbiddenError, channelActions } from "./message-channels.ts";

export interface MessageView {
  id: string;
  authorId: string;
  authorName: string;
  /** Written by the secretariat (case channel). */
  fromStaff: boolean;
  body: string;
  createdAt: Date;
}

/** The newest messages kept on a page; older ones are still stored. */
export const messageListLimit = 500;

/**
 * One conversation of the application, oldest first. Throws ChannelForbiddenError when the person
 * may not read it: the caller checked access to the application already, so this is a bug or a
 * forged request, and answering 403 or 404 is the caller's choice.
 */
export async function listMessages(
  q: Queryable,
  access: ApplicationAccess,
  channel: MessageChannel,
): Promise<MessageView[]> {
  if (!mayDo(access, channelActions[channel].read))
    throw new ChannelForbiddenError(`may not read the ${channel} channel`);
  const rows = await q
    .select({
      id: applicationMessages.id,
      authorId: applicationMessages.authorId,
      authorName: users.name,
      fromStaff: applicationMessages.fromStaff,
      body: applicationMessages.body,
      createdAt: applicationMessages.createdAt,
    })
    .from(applicationMessages)
    .innerJoin(users, eq(applicationMessages.authorId, users.id))
    .where(
      and(
        eq(applicationMessages.applicationId, access.application.id),
        eq(applicationMessages.channel, channel),
      ),
    )
    .orderBy(desc(applicationMessages.createdAt), desc(applicationMessages.id))
    .limit(messageListLimit);
  return rows.reverse();
}
