import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button } from "./designsystemet.tsx";

/**
 * A button that does one thing to what the page shows (mark as read, take off the agenda, close,
 * retry a job, remove a member): a POST form of its own with the action's `intent` and the hidden
 * fields it names, so it works without JavaScript. `action` is the page that answers it, when it is
 * not the page the button is on; `row` is the small secondary button of a table row.
 */
export function PostButton({
  intent,
  fields = {},
  action,
  variant,
  size,
  row = false,
  children,
}: {
  intent?: string;
  fields?: Record<string, string | number>;
  action?: string;
  variant?: "primary" | "secondary" | "tertiary";
  size?: "sm";
  row?: boolean;
  children: ReactNode;
}) {
  return (
    <Form method="post" action={action}>
      {intent !== undefined && <input type="hidden" name="intent" value={intent} />}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={row ? "secondary" : variant} data-size={row ? "sm" : size}>
        {children}
      </Button>
    </Form>
  );
}
