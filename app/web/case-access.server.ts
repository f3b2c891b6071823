import type { AppLoadContext } from "react-router";
import { data } from "react-router";
import { type ApplicationAccess, findCaseAccess } from "#domain/access/case-access.server.ts";
import {
  type CaseAccess,
  type CaseAction,
  type CaseVerdict,
  checkCaseAccess,
} from "#domain/access/case-access.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import { requireUser, type SessionUser } from "./session.server.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A verdict the door let through: allowed, or refused for the case's state only ("state"). */
export type DoorVerdict =
  | Extract<CaseVerdict, { allowed: true }>
  | (Extract<CaseVerdict, { allowed: false }> & { kind: "state" });

/**
 * Refuses an action the way every door does: a case the person may not see is answered 404, the
 * same as an unknown id, so ids reveal nothing; one they see but may not do this to is 403. A
 * refusal for the case's state ("state") is returned, for the page to say why (409); the
 * operation judges it again under the application's lock.
 */
export function requireCaseAction(access: CaseAccess, action: CaseAction): DoorVerdict {
  const verdict = checkCaseAccess(access, action);
  if (verdict.allowed || verdict.kind === "state") return verdict as DoorVerdict;
  throw data(
    { reason: verdict.kind === "hidden" ? "not-found" : "forbidden" },
    { status: verdict.kind === "hidden" ? 404 : 403 },
  );
}

/**
 * The door of every page of one application or case: a logged-in user (otherwise the login page),
 * the application (otherwise 404), and the action the page is for (`view` for the applicant's and
 * partners' pages, `read_case_file` for the secretariat's, or the one thing an action does),
 * judged by the access rules (domain/access/case-access.ts) as `requireCaseAction` does.
 */
export async function requireCaseAccess(
  request: Request,
  context: AppLoadContext,
  locale: Locale,
  applicationId: string | undefined,
  action: CaseAction,
): Promise<{ user: SessionUser; access: ApplicationAccess; verdict: DoorVerdict }> {
  const user = await requireUser(request, context, locale);
  const id = applicationId ?? "";
  if (!uuid.test(id)) throw data({ reason: "not-found" }, { status: 404 });
  const access = await findCaseAccess(context.services.db, id, user);
  if (!access) throw data({ reason: "not-found" }, { status: 404 });
  const verdict = requireCaseAction(access, action);
  return { user, access, verdict };
}
