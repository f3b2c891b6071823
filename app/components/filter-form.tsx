import type { ReactNode } from "react";
import { Form } from "react-router";
import { useT } from "../web/locale.ts";
import { Button } from "./designsystemet.tsx";

/**
 * The filters above a list: a GET form, so the filtered list is a URL one can bookmark or share,
 * and it works without JavaScript.
 */
export function FilterForm({
  label,
  submit,
  children,
}: {
  /** The form's accessible name, where the page has more than one form. */
  label?: string;
  /** The button's text; "Filter" unless the page says otherwise. */
  submit?: string;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Form method="get" className="bb-filters" aria-label={label}>
      {children}
      <Button type="submit">{submit ?? t("form.filter")}</Button>
    </Form>
  );
}
