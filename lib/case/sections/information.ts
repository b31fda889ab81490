import { z } from "zod";
import { CONTROLLER_MODELS } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const informationSchema = z.strictObject({
  personalData: yesNo().optional(),
  controllerModel: choice(CONTROLLER_MODELS).optional(),
  /** Special categories of personal data (GDPR art. 9), e.g. health or social circumstances. */
  sensitiveData: yesNo().optional(),
  /** Whether the data-processing rules of the social services have been gone through. */
  socialServicesDataRulesChecked: yesNo().optional(),
  jointControllerArrangementDocumented: yesNo().optional(),
  processorAgreement: yesNo().optional(),
  registrationRoutine: yesNo().optional(),
  archivingRoutine: yesNo().optional(),
  secretData: yesNo().optional(),
  /** The provision the parties rely on to pass secret data between them. */
  secrecyLegalBasis: freeText().optional(),
  securityRoutines: freeText().optional(),
});

export type Information = z.infer<typeof informationSchema>;
