import { Form } from "react-router";
import { useT } from "../../web/locale.ts";
import { Choice } from "../choice.tsx";
import { Paragraph } from "../designsystemet.tsx";
import { IntentButton } from "../intent-button.tsx";

/**
 * Before assessing, the assessor declares that they have no conflict of interest, or steps aside
 * (nothing is recorded about the case then).
 */
export function ConflictDeclaration() {
  const t = useT();
  return (
    <Form method="post" className="bb-form">
      <Paragraph>{t("assessment.declare.text")}</Paragraph>
      <Choice id="no-conflict" name="noConflict" value="on" label={t("assessment.declare.checkbox")} />
      <div className="bb-actions">
        <IntentButton intent="declare">{t("assessment.declare.submit")}</IntentButton>
        <IntentButton intent="conflict" variant="secondary">
          {t("assessment.declare.conflict")}
        </IntentButton>
      </div>
    </Form>
  );
}
