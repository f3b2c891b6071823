import type { ReactNode } from "react";
import { Button } from "./designsystemet.tsx";

/**
 * A submit button that tells its form's action which of the form's steps is asked for (the form's
 * one `intent` field), so a form can offer two answers, such as accept and decline.
 */
export function IntentButton({
  intent,
  variant,
  children,
}: {
  intent: string;
  variant?: "secondary";
  children: ReactNode;
}) {
  return (
    <Button type="submit" name="intent" value={intent} variant={variant}>
      {children}
    </Button>
  );
}
