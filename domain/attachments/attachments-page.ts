import { formatDate } from "#domain/i18n/format.ts";
import type { Translate } from "#domain/i18n/translate.ts";
import type { Locale } from "#vocabulary/vocabulary.ts";
import type { AttachmentKind } from "./attachment-kinds.server.ts";
import { formatFileSize } from "./format-file-size.ts";
import type { AttachmentSummary } from "./list-attachments.server.ts";
import { fileTypeLabel } from "./sniff-file-type.ts";

// The application's attachments as its page shows them: the kinds to choose from, which required
// kinds are there yet, and each file with its kind, type, size and day.

function kindLabel(kind: AttachmentKind | undefined, locale: Locale, t: Translate): string {
  return kind?.name?.[locale] ?? t("attachments.kind.other");
}

export function attachmentsPage(
  locale: Locale,
  t: Translate,
  kinds: AttachmentKind[],
  files: AttachmentSummary[],
) {
  return {
    kinds: kinds.map((kind) => ({ id: kind.id, label: kindLabel(kind, locale, t) })),
    required: kinds
      .filter((kind) => kind.required)
      .map((kind) => ({
        id: kind.id,
        label: kindLabel(kind, locale, t),
        present: files.some((file) => file.kind === kind.id),
      })),
    files: files.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      kind: kindLabel(
        kinds.find((kind) => kind.id === file.kind),
        locale,
        t,
      ),
      type: fileTypeLabel(file.mediaType) ?? file.mediaType,
      size: formatFileSize(locale, file.sizeBytes),
      added: formatDate(locale, file.createdAt, "short"),
    })),
  };
}
