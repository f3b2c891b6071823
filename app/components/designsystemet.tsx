import { type ComponentPropsWithoutRef, createElement, type ReactNode } from "react";

// Designsystemet's components as plain HTML with its classes (ADR 0018). The look, the tokens and
// the accessibility rules are Designsystemet's own (@digdir/designsystemet-css, loaded by the root);
// the markup below is what @digdir/designsystemet-react renders for the props this product uses.
// What the React package adds on top is browser code: custom elements that wire labels and
// descriptions to inputs after hydration (we write those links in the server's HTML, so they work
// without JavaScript), floating panels and comboboxes we do not use. That code cost every page 30
// to 75 KB gzipped, enough to break the JavaScript budget (ADR 0011).

type Size = "sm" | "md" | "lg";
type Color =
  | "accent"
  | "neutral"
  | "brand1"
  | "brand2"
  | "brand3"
  | "success"
  | "danger"
  | "warning"
  | "info";

const cx = (base: string, className?: string) => (className ? `${base} ${className}` : base);

type WithSize<P> = Omit<P, "color"> & {
  "data-size"?: Size | "2xs" | "xs" | "xl" | "2xl";
  "data-color"?: Color;
};

export function Heading({
  level = 2,
  className,
  ...props
}: WithSize<ComponentPropsWithoutRef<"h2">> & { level?: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Tag = `h${level}` as "h2";
  return <Tag className={cx("ds-heading", className)} {...props} />;
}

export function Paragraph({ className, ...props }: WithSize<ComponentPropsWithoutRef<"p">>) {
  return <p className={cx("ds-paragraph", className)} {...props} />;
}

export function Button({
  variant,
  className,
  ...props
}: WithSize<ComponentPropsWithoutRef<"button">> & { variant?: "primary" | "secondary" | "tertiary" }) {
  return (
    <button
      className={cx("ds-button", className)}
      data-variant={variant === "primary" ? undefined : variant}
      {...props}
    />
  );
}

export function Link({ className, ...props }: WithSize<ComponentPropsWithoutRef<"a">>) {
  return <a className={cx("ds-link", className)} {...props} />;
}

export function SkipLink({ className, ...props }: ComponentPropsWithoutRef<"a">) {
  return <a className={cx("ds-skip-link", className)} {...props} />;
}

export function Alert({ className, ...props }: WithSize<ComponentPropsWithoutRef<"div">>) {
  return <div className={cx("ds-alert", className)} {...props} />;
}

export function Card({ className, ...props }: WithSize<ComponentPropsWithoutRef<"div">>) {
  return <div className={cx("ds-card", className)} {...props} />;
}

export function Tag({ className, ...props }: WithSize<ComponentPropsWithoutRef<"span">>) {
  return <span className={cx("ds-tag", className)} {...props} />;
}

function TableRoot({ className, ...props }: WithSize<ComponentPropsWithoutRef<"table">>) {
  return <table className={cx("ds-table", className)} {...props} />;
}
export const Table = Object.assign(TableRoot, {
  Head: (props: ComponentPropsWithoutRef<"thead">) => <thead {...props} />,
  Body: (props: ComponentPropsWithoutRef<"tbody">) => <tbody {...props} />,
  Foot: (props: ComponentPropsWithoutRef<"tfoot">) => <tfoot {...props} />,
  Row: (props: ComponentPropsWithoutRef<"tr">) => <tr {...props} />,
  HeaderCell: (props: ComponentPropsWithoutRef<"th">) => <th {...props} />,
  Cell: (props: ComponentPropsWithoutRef<"td"> & { "data-figure"?: boolean | string }) => <td {...props} />,
});

/** A field's wrapper: label, description, control and message in Designsystemet's layout. */
function FieldRoot({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  return <div className={cx("ds-field", className)} {...props} />;
}
export const Field = Object.assign(FieldRoot, {
  Description: (props: ComponentPropsWithoutRef<"div">) => <div data-field="description" {...props} />,
});

export function Label({
  weight,
  className,
  htmlFor,
  ...props
}: ComponentPropsWithoutRef<"label"> & { htmlFor: string; weight?: "regular" | "medium" | "semibold" }) {
  // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor is required by the type, the text comes as children
  return <label className={cx("ds-label", className)} data-weight={weight} htmlFor={htmlFor} {...props} />;
}

export function Input({ className, ...props }: WithSize<ComponentPropsWithoutRef<"input">>) {
  return <input className={cx("ds-input", className)} type="text" {...props} />;
}

export function Textarea({ className, ...props }: WithSize<ComponentPropsWithoutRef<"textarea">>) {
  return <textarea className={cx("ds-input", className)} {...props} />;
}

function SelectRoot({ className, ...props }: WithSize<ComponentPropsWithoutRef<"select">>) {
  return <select className={cx("ds-input", className)} {...props} />;
}
export const Select = Object.assign(SelectRoot, {
  Option: (props: ComponentPropsWithoutRef<"option">) => <option {...props} />,
  Optgroup: (props: ComponentPropsWithoutRef<"optgroup">) => <optgroup {...props} />,
});

export function ValidationMessage({ className, ...props }: WithSize<ComponentPropsWithoutRef<"p">>) {
  return <p className={cx("ds-validation-message", className)} data-field="validation" {...props} />;
}

function FieldsetRoot({ className, ...props }: ComponentPropsWithoutRef<"fieldset">) {
  return <fieldset className={cx("ds-fieldset", className)} {...props} />;
}
export const Fieldset = Object.assign(FieldsetRoot, {
  Legend: ({ className, ...props }: ComponentPropsWithoutRef<"legend">) => (
    <legend className={cx("ds-label", className)} {...props} />
  ),
  Description: ({ className, ...props }: ComponentPropsWithoutRef<"p">) => (
    <p className={cx("ds-paragraph", className)} {...props} />
  ),
});

/**
 * The summary of a form's errors (Designsystemet's pattern): a heading and links to each field.
 * It takes focus when it appears; the page moves focus to it (form-kit's FormErrors).
 */
function ErrorSummaryRoot({ className, ...props }: ComponentPropsWithoutRef<"div">) {
  // Designsystemet styles the element by its name; without its script it is a plain block.
  return createElement("ds-error-summary", { className: cx("ds-error-summary", className), ...props });
}
export const ErrorSummary = Object.assign(ErrorSummaryRoot, {
  Heading: ({ level = 2, ...props }: Parameters<typeof Heading>[0]) => <Heading level={level} {...props} />,
  List: ({ className, ...props }: ComponentPropsWithoutRef<"ul">) => (
    <ul className={cx("ds-list", className)} {...props} />
  ),
  Item: (props: ComponentPropsWithoutRef<"li">) => <li {...props} />,
  Link: (props: ComponentPropsWithoutRef<"a"> & { children?: ReactNode }) => (
    <Link data-color="neutral" {...props} />
  ),
});
