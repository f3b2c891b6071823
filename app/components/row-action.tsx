import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button } from "./designsystemet.tsx";

/**
 * A small button in a table row that posts what it acts on (ending a session, retrying a job,
 * removing a member) as hidden fields, so it works without JavaScript. `action` is the page that
 * answers it, when it is not the page the button is on.
 */
export function RowAction({
  fields,
  action,
  children,
}: {
  fields: Record<string, string | number>;
  action?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" action={action}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" data-size="sm">
        {children}
      </Button>
    </Form>
  );
}
