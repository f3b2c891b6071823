/**
 * One checkbox or radio button with its label beside it, tied by id in the server's HTML (works
 * without JavaScript). A group of them sits in a fieldset whose legend asks the question.
 */
export function Choice({
  type = "checkbox",
  id,
  name,
  value,
  label,
  defaultChecked,
}: {
  type?: "checkbox" | "radio";
  id: string;
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
}) {
  return (
    <div className="bb-checkbox">
      <input
        type={type}
        className="ds-input"
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
