import * as z from "zod/mini";
import { CONTROLLER_MODELS } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const informationSchema = z.strictObject({
  personalData: z.optional(yesNo()),
  controllerModel: z.optional(choice(CONTROLLER_MODELS)),
  /** Special categories of personal data (GDPR art. 9), e.g. health or social circumstances. */
  sensitiveData: z.optional(yesNo()),
  /** Whether the data-processing rules of the social services have been gone through. */
  socialServicesDataRulesChecked: z.optional(yesNo()),
  jointControllerArrangementDocumented: z.optional(yesNo()),
  processorAgreement: z.optional(yesNo()),
  registrationRoutine: z.optional(yesNo()),
  archivingRoutine: z.optional(yesNo()),
  secretData: z.optional(yesNo()),
  /** The provision the parties rely on to pass secret data between them. */
  secrecyLegalBasis: z.optional(freeText()),
  securityRoutines: z.optional(freeText()),
});

export type Information = z.infer<typeof informationSchema>;
