import type { ReactNode } from "react";

/**
 * One checkbox with its label beside it, as a form's "I confirm …" asks before it is sent (sending
 * the application, accepting the grant, withdrawing): ticked, it posts `name=on`.
 */
export function Checkbox({ id, name, label }: { id: string; name: string; label: ReactNode }) {
  return (
    <div className="bb-checkbox">
      <input type="checkbox" className="ds-input" id={id} name={name} value="on" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
