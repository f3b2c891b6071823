import { Form } from "react-router";
import type { ThreadItem } from "#domain/collaboration/thread-items.ts";
import { Button, Paragraph } from "../designsystemet.tsx";
import { TextField } from "../text-field.tsx";

// A conversation about an application, the same on the applicant's status page and the case page
// (the case's channel), and on the team page (the partners' channel).

/** The messages, oldest first, or a sentence saying there are none yet. */
export function MessageList({ messages, empty }: { messages: ThreadItem[]; empty: string }) {
  if (messages.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ol className="bb-messages">
      {messages.map((message) => (
        <li key={message.id}>
          <Paragraph data-size="sm">
            <strong>{message.from}</strong> · {message.at}
          </Paragraph>
          <Paragraph className="bb-message-body">{message.body}</Paragraph>
        </li>
      ))}
    </ol>
  );
}

/** The team's conversation: the same messages, unnumbered, with the time machine-readable. */
export function TeamMessageList({ messages, empty }: { messages: ThreadItem[]; empty: string }) {
  if (messages.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ol className="bb-stack bb-plain-list">
      {messages.map((m) => (
        <li key={m.id}>
          <Paragraph data-size="sm">
            <strong>{m.from}</strong>, <time dateTime={m.dateTime}>{m.at}</time>
          </Paragraph>
          <Paragraph className="bb-message-body bb-wrap-anywhere">{m.body}</Paragraph>
        </li>
      ))}
    </ol>
  );
}

/** The form that adds a message to the case's conversation (the action reads intent "message"). */
export function MessageForm({
  label,
  description,
  submit,
  error,
}: {
  label: string;
  description?: string;
  submit: string;
  error?: string;
}) {
  return (
    <Form method="post" className="bb-form">
      <input type="hidden" name="intent" value="message" />
      <TextField
        id="message-body"
        name="body"
        label={label}
        {...(description ? { description } : {})}
        multiline
        error={error}
      />
      <div>
        <Button type="submit">{submit}</Button>
      </div>
    </Form>
  );
}
