// Mail of the example catalogue (issue 12): an example proposed waits for someone in the owner
// organisation to approve its text, and those who may are told, as a review request tells its jurist.
import { type MailContent, compose } from "./review";

export function exampleProposedMail(input: { caseTitle: string; proposedBy: string; organizationName: string; url: string }): MailContent {
  return compose(
    `Ett exempel från ärendet ”${input.caseTitle}” väntar på godkännande`,
    [
      `${input.proposedBy} föreslår att ärendet ”${input.caseTitle}” delas som anonymiserat exempel i SKR:s exempelkatalog.`,
      `Inget publiceras förrän en organisationsadministratör eller jurist i ${input.organizationName} har läst och godkänt texten.`,
    ],
    { label: "Läs och godkänn texten", url: input.url },
  );
}
