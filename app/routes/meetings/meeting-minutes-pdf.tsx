import { renderMinutes } from "#domain/documents/render-minutes.server.ts";
import { findMinutes } from "#domain/meetings/find-minutes.server.ts";
import { fileNotFound } from "../../web/file-response.server.ts";
import { localeFrom } from "../../web/locale.ts";
import { pdfResponse } from "../../web/pdf-response.server.ts";
import { requirePermission } from "../../web/session.server.ts";
import type { Route } from "./+types/meeting-minutes-pdf";

// A resource route: a closed meeting's minutes as a PDF in the reader's language, for the staff who
// take part in meetings. An open meeting has no minutes yet: the same 404 as an unknown meeting.

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = localeFrom(params);
  await requirePermission(request, context, locale, "meetings.read");
  const id = params.meetingId ?? "";
  const minutes = /^[0-9a-f-]{36}$/.test(id) ? await findMinutes(context.services.db, id) : null;
  if (!minutes) throw fileNotFound(locale);
  const pdf = await renderMinutes(locale, minutes);
  return pdfResponse(pdf, `minutes-${minutes.meeting.kind}-${minutes.meeting.heldOn}.pdf`);
}
