import { Form } from "react-router";
import { useT } from "../../web/locale.ts";
import { Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from "../designsystemet.tsx";
import { RowAction } from "../row-action.tsx";

/**
 * The photos of the report being written: the list with a remove button each, and the upload form
 * (one photo at a time, JPEG or PNG). Consent to publish is ticked in the report form itself.
 */
export function PhotoSection({
  photos,
  limit,
  uploadError,
}: {
  photos: { id: string; fileName: string; size: string; href: string }[];
  limit: string;
  uploadError?: string;
}) {
  const t = useT();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t("finalReport.section.photos")}
      </Heading>
      <Paragraph>{t("finalReport.photos.intro")}</Paragraph>
      {photos.length === 0 ? (
        <Paragraph>{t("finalReport.photos.none")}</Paragraph>
      ) : (
        <ul>
          {photos.map((photo) => (
            <li key={photo.id} className="bb-inline-list">
              <a href={photo.href}>{photo.fileName}</a> ({photo.size})
              <RowAction fields={{ intent: "remove-photo", photoId: photo.id }}>
                {t("finalReport.photo.remove")} <span className="bb-visually-hidden">{photo.fileName}</span>
              </RowAction>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" encType="multipart/form-data" className="bb-form">
        <Field>
          <Label htmlFor="report-photo">{t("finalReport.photo.upload")}</Label>
          <Field.Description id="report-photo-description">
            {t("finalReport.photo.uploadHint", { limit })}
          </Field.Description>
          <Input
            id="report-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png"
            aria-invalid={uploadError ? true : undefined}
            aria-describedby={[uploadError ? "report-photo-error" : undefined, "report-photo-description"]
              .filter(Boolean)
              .join(" ")}
          />
          {uploadError && <ValidationMessage id="report-photo-error">{uploadError}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit" variant="secondary">
            {t("finalReport.photo.uploadSubmit")}
          </Button>
        </div>
      </Form>
    </>
  );
}
