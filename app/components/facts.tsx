import { Fragment } from "react";

/** Labelled facts (the grant's amount, a report's totals) as a description list. */
export function Facts({ items }: { items: { label: string; value: string }[] }) {
  return (
    <dl className="bb-facts">
      {items.map((item) => (
        <Fragment key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
