import { index, prefix, type RouteConfig, route } from "@react-router/dev/routes";

// Every page lives under its language: /nb/..., /en/..., /ru/... ("/" redirects by Accept-Language).
export default [
  index("routes/language-redirect.tsx"),
  route(":lang", "routes/language-layout.tsx", [
    index("routes/home.tsx"),
    route("programmes/:programmeId", "routes/programme.tsx"),
    route("login", "routes/login.tsx"),
    route("logout", "routes/logout.tsx"),
    route("register", "routes/register.tsx"),
    route("verify-email", "routes/verify-email.tsx"),
    route("forgot-password", "routes/forgot-password.tsx"),
    route("reset-password", "routes/reset-password.tsx"),
    route("account", "routes/account.tsx"),
    route("organisations", "routes/organisations.tsx"),
    route("organisations/:organisationId", "routes/organisation.tsx"),
    route("invitations/:invitationId", "routes/invitation.tsx"),
    route("workbench", "routes/workbench.tsx"),
    route("calls/:callId", "routes/call.tsx"),
    ...prefix("manage", [
      index("routes/manage/manage-home.tsx"),
      route("programmes/:programmeId", "routes/manage/manage-programme.tsx"),
      route("calls/new", "routes/manage/new-call.tsx"),
      route("calls/:callId", "routes/manage/manage-call.tsx"),
    ]),
    route("applications", "routes/applications/applications.tsx"),
    route("application-invitations/:token", "routes/applications/application-invitation.tsx"),
    ...prefix("applications/:applicationId", [
      index("routes/applications/application-index.tsx"),
      route("status", "routes/applications/application-status.tsx"),
      route("attachments", "routes/applications/application-attachments.tsx"),
      route("attachments/:attachmentId", "routes/applications/attachment-download.tsx"),
      route("versions/:versionNumber/pdf", "routes/applications/application-pdf.tsx"),
      route("team", "routes/applications/application-team.tsx"),
      route(":step", "routes/applications/application-step.tsx"),
    ]),
    ...prefix("admin", [
      index("routes/admin/admin-home.tsx"),
      route("audit", "routes/admin/audit.tsx"),
      route("outbox", "routes/admin/outbox.tsx"),
      route("outbox/:messageId", "routes/admin/outbox-message.tsx"),
      route("jobs", "routes/admin/jobs.tsx"),
      route("users", "routes/admin/users.tsx"),
    ]),
    route("*", "routes/not-found.tsx"),
  ]),
] satisfies RouteConfig;
