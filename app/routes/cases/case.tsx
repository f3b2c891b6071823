import { data } from "react-router";

// Placeholder until this page is built.
export function loader() {
  throw data({ reason: "not-found" }, { status: 404 });
}

export default function Placeholder() {
  return null;
}
