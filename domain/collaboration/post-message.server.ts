import crypto from "node:crypto";
import type { Queryable } from "#db/connection.ts";
import { applicationMessages } from "#db/schema.ts";
import type { ApplicationAccess } from "#domain/access/case-access.server.ts";
import { mayDo, seeCase } from "#domain/access/case-access.ts";
import type { MessageChannel } from "../../vocabulary/vocabulary.ts";
import { maxMessageLength } from "./collaboration-forms.ts";
import type { CollaborationMailOptions } from "./collaboration-links.ts";
import { channelActions } from "./message-channels.ts";
import { sendMessageNotification } from "./send-message-notification.server.ts";

export type PostMessageRefusal = "forbidden" | "empty" | "too-long";

export type PostMessageResult = { ok: true; messageId: string } | { ok: false; error: PostMessageRefusal };

/**
 * Adds a message to one of the application's conversations and, in the same transaction, tells
 * each person on the other side that there is one (sendMessageNotification says who).
 */
export async function postMessage(
  q: Queryable,
  access: ApplicationAccess,
  author: { id: string },
  channel: MessageChannel,
  body: string,
  mail: CollaborationMailOptions,
): Promise<PostMessageResult> {
  if (!mayDo(access, channelActions[channel].post)) return { ok: false, error: "forbidden" };
  const text = body.trim();
  if (text === "") return { ok: false, error: "empty" };
  if (text.length > maxMessageLength) return { ok: false, error: "too-long" };
  const application = access.application;
  const sight = seeCase(access);
  const fromStaff = sight.sees && sight.as === "staff";

  return q.transaction(async (tx) => {
    const messageId = crypto.randomUUID();
    await tx.insert(applicationMessages).values({
      id: messageId,
      applicationId: application.id,
      authorId: author.id,
      channel,
      fromStaff,
      body: text,
      createdAt: new Date(),
    });
    await sendMessageNotification(tx, { application, channel, fromStaff, authorId: author.id, mail });
    return { ok: true as const, messageId };
  });
}
