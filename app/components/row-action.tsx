import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button } from "./designsystemet.tsx";

/**
 * A small button in a table row that posts what it acts on (ending a session, retrying a job,
 * removing a member) as hidden fields, so it works without JavaScript.
 */
export function RowAction({
  fields,
  children,
}: {
  fields: Record<string, string | number>;
  children: ReactNode;
}) {
  return (
    <Form method="post">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" data-size="sm">
        {children}
      </Button>
    </Form>
  );
}
