import { Form } from "react-router";
import { Alert, Button, Heading, Paragraph } from "./designsystemet.tsx";
import { TextField } from "./text-field.tsx";

// The conversation between the applicant and the secretariat about one case, as either side reads
// it: the messages oldest first and, for whoever may write, the form that posts the next one
// (intent "message", a plain POST that works without JavaScript). The words around it are the
// page's own, so each side keeps its vocabulary.

export interface ThreadMessage {
  id: string;
  from: string;
  at: string;
  body: string;
}

export interface MessageThreadProps {
  heading: string;
  empty: string;
  messages: ThreadMessage[];
  /** Shown once after a message was sent. */
  sentNotice?: string | null;
  /** The writing form, for whoever may write. */
  form?: { label: string; description?: string; send: string; error?: string } | null;
}

export function MessageThread({ heading, empty, messages, sentNotice, form }: MessageThreadProps) {
  return (
    <section aria-labelledby="messages" className="bb-stack">
      <Heading level={2} data-size="sm" id="messages">
        {heading}
      </Heading>
      {sentNotice && (
        <Alert data-color="success" role="status">
          {sentNotice}
        </Alert>
      )}
      {messages.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
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
      )}
      {form && (
        <Form method="post" className="bb-form">
          <input type="hidden" name="intent" value="message" />
          <TextField
            id="message-body"
            name="body"
            label={form.label}
            description={form.description}
            multiline
            error={form.error}
          />
          <div>
            <Button type="submit">{form.send}</Button>
          </div>
        </Form>
      )}
    </section>
  );
}
