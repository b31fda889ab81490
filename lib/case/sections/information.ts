import { z } from "zod";
import { CONTROLLER_MODELS } from "../enums";
import { choice, freeText, yesNo } from "./common";

export const informationSchema = z.strictObject({
  personalData: yesNo().optional(),
  controllerModel: choice(CONTROLLER_MODELS).optional(),
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
