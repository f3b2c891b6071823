import { data } from "react-router";
import { ErrorPage } from "../components/error-page.tsx";
import { localeFrom } from "../web/locale.ts";
import type { RouteHandle } from "../web/route-handle.ts";
import type { Route } from "./+types/not-found";

/** A page that says "not found" needs no JavaScript (ADR 0011). */
export const handle: RouteHandle = { hydrate: false };

export function loader({ params }: Route.LoaderArgs) {
  localeFrom(params);
  throw data({ reason: "not-found" }, { status: 404 });
}

export function action({ params }: Route.ActionArgs) {
  localeFrom(params);
  throw data({ reason: "not-found" }, { status: 404 });
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}
